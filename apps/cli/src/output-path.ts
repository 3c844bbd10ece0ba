// Where `--out` writes. Missing folders on the way are created, as `extract --out DIR` and the csv export always
// did, so `--out reports/2026/graph.gexf` works like `--out reports/2026/`; a path that still cannot be written is
// one error naming it and why, not a raw ENOENT.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ShabakaError } from '@shabaka/schema';

/**
 * Creates `dir` and its missing parents.
 * @example await ensureOutDir('out/', 'extract')
 */
export async function ensureOutDir(dir: string, command: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (cause) {
    throw outError(command, dir, cause);
  }
}

/**
 * Writes `text` to `path`, creating its folder first.
 * @example await writeOutFile('reports/graph.gexf', gexf, 'export')
 */
export async function writeOutFile(path: string, text: string, command: string): Promise<void> {
  await ensureOutDir(dirname(path), command);
  try {
    await writeFile(path, text);
  } catch (cause) {
    throw outError(command, path, cause);
  }
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a file is in the way of a folder on that path',
  EEXIST: 'a file is in the way of a folder on that path',
  ENOSPC: 'the disk is full',
};

function outError(command: string, path: string, cause: unknown): ShabakaError {
  const code = (cause as NodeJS.ErrnoException).code ?? '';
  return new ShabakaError(
    'INVALID_INPUT',
    `${command}: cannot write --out ${path}: ${REASONS[code] ?? (cause as Error).message}`,
    { hint: 'pass --out a path in a folder you can write to', cause },
  );
}
