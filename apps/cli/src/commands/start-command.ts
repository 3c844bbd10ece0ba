// `shabaka start` (what `pnpm start` runs): ingest examples/ into sqlite:./shabaka.db, then serve.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../cli-io.js';
import { parseFlags, ServeFlags } from '../flags.js';
import { openStore } from '../store-spec.js';
import { runIngest } from './ingest-command.js';
import { serveStore } from './serve-command.js';

/**
 * examples/ in the working folder, else the one shipped beside the repository's CLI.
 * @example examplesDir(process.cwd()) // '/repo/examples'
 */
export function examplesDir(cwd: string): string {
  const local = resolve(cwd, 'examples');
  return existsSync(local) ? local : fileURLToPath(new URL('../../../../examples', import.meta.url));
}

/**
 * Ingests the examples (skipped when already stored) and serves; prints the URL.
 * @example await runStart({}, processIo())
 */
export async function runStart(raw: Record<string, unknown>, io: CliIo): Promise<number> {
  const flags = parseFlags(ServeFlags, raw, 'start');
  const store = flags.store ?? io.env.SHABAKA_STORE ?? 'sqlite:./shabaka.db';
  const code = await runIngest([examplesDir(io.cwd)], { store, progress: false }, io);
  if (code === 1) return code;
  const opened = await openStore(store, io.env);
  try {
    return await serveStore(opened, flags, io);
  } finally {
    await opened.close();
  }
}
