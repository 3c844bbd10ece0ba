// An in-memory CliIo for in-process command tests.
import type { CliIo } from './cli-io.js';

export interface MemoryIo extends CliIo {
  out(): string;
  err(): string;
}

export function memoryIo(env: Record<string, string> = {}): MemoryIo {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    env,
    cwd: process.cwd(),
    waitForStop: async () => {},
    out: () => out,
    err: () => err,
  };
}
