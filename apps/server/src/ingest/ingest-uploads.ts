// Uploaded files → the ingest pipeline of @shabaka/ingest (readers, page segmentation, extraction) → store.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ingest } from '@shabaka/ingest';
import type { ExtractPool, FetchLike } from '@shabaka/ingest';
import { addWrites, noWrites } from '@shabaka/schema';
import type { ExtractionResult, GraphStore, UpsertSummary } from '@shabaka/schema';

export interface UploadedFile {
  filename: string;
  bytes: Uint8Array;
}

export interface UploadOutcome {
  results: ExtractionResult[];
  summary: UpsertSummary;
  issues: { input: string; code: string; reason: string }[];
  skipped: number;
}

/** Uploaded or pasted feeds must not make the server fetch their links (SSRF): every fetch is refused. */
export const refuseFetch: FetchLike = async (url) => {
  throw new Error(`server: uploads may not fetch ${url}; ingest URLs with \`shabaka ingest\``);
};

/** A file name safe to write in our temp folder, keeping the extension the readers dispatch on. */
function safeName(filename: string, index: number): string {
  const base =
    basename(filename)
      .replace(/[^\p{L}\p{N}._-]+/gu, '_')
      .slice(-100) || 'upload.txt';
  return `${index}-${base}`;
}

/**
 * Writes the files to a private temp folder and runs `ingest()` on them with the server's extraction pool, upserting into the
 * store and keeping every result so the caller can answer with what was added. The folder is always removed.
 * @example await ingestUploads(store, pool, [{ filename: 'page.html', bytes }], { lang: 'ar' })
 */
export async function ingestUploads(
  store: GraphStore,
  pool: ExtractPool,
  files: readonly UploadedFile[],
  options: { lang: 'ar' | 'en' | 'auto' },
): Promise<UploadOutcome> {
  const dir = await mkdtemp(join(tmpdir(), 'shabaka-upload-'));
  const outcome: UploadOutcome = {
    results: [],
    summary: noWrites(),
    issues: [],
    skipped: 0,
  };
  try {
    const names = new Map<string, string>();
    const paths = await Promise.all(
      files.map(async (file, i) => {
        const path = join(dir, safeName(file.filename, i));
        names.set(path, file.filename);
        await writeFile(path, file.bytes, { mode: 0o600 });
        return path;
      }),
    );
    const summary = await ingest(paths, {
      lang: options.lang,
      pool,
      fetch: refuseFetch,
      sink: {
        write: async (result) => {
          addWrites(outcome.summary, await store.upsert(result));
          outcome.results.push(result);
        },
        knownDocuments: (ids) => store.knownDocuments(ids),
      },
    });
    outcome.skipped = summary.skipped;
    // Report the uploaded file name, never our temp path.
    outcome.issues = summary.issues.map((issue) => ({
      input: names.get(issue.input) ?? basename(issue.input),
      code: issue.code,
      reason: issue.reason.replaceAll(dir, ''),
    }));
    return outcome;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
