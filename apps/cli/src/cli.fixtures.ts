// Runs the built `shabaka` bin as a child process for integration tests.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../..', import.meta.url));
export const BIN = `${REPO}/apps/cli/dist/bin.js`;
/** The shared data folder beside the checkout (CI clones the repo elsewhere with shared/ beside it). */
export const SHARED = fileURLToPath(new URL('../../../../shared', import.meta.url));

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Fails with a hint when the CLI has not been built (integration tests run the real bin). */
export function requireBuiltCli(): void {
  if (!existsSync(BIN)) throw new Error(`cli tests: ${BIN} is missing (run pnpm build first)`);
}

/** Runs `node bin.js …args` to completion; stdin text is piped when given. */
export function runShabaka(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; stdin?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? REPO,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
