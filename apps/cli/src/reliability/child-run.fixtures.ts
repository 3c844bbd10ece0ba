// Runs the built CLI as a child process that can be killed with SIGKILL after a delay, and samples its peak
// resident memory from /proc (VmHWM covers the worker threads, which live in the same process).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { BIN, REPO } from '../cli.fixtures.js';

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident set size seen, in MB (0 when the process ended before the first sample). */
  peakRssMb: number;
  ms: number;
}

function peakRssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0; // the process has just exited
  }
}

/**
 * `node bin.js …args`; the child gets SIGKILL once `killWhen()` (polled every 25 ms) resolves true.
 * @example const run = await runCli(['ingest', 'a.jsonl', '--store', 'sqlite:/tmp/g.db'], { killWhen: () => stored() >= 5 })
 */
export function runCli(
  args: readonly string[],
  options: { killWhen?: () => boolean | Promise<boolean>; env?: Record<string, string> } = {},
): Promise<ChildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: REPO,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let peak = 0;
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const sampler = setInterval(() => {
    if (child.pid) peak = Math.max(peak, peakRssKb(child.pid));
  }, 50);
  let polling = false;
  const killWhen = options.killWhen;
  const killer = killWhen
    ? setInterval(() => {
        if (polling) return;
        polling = true;
        void Promise.resolve(killWhen())
          .then((now) => {
            if (now) child.kill('SIGKILL');
          })
          .finally(() => (polling = false));
      }, 25)
    : undefined;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(sampler);
      if (killer) clearInterval(killer);
      resolve({ code, signal, stdout, stderr, peakRssMb: Math.round(peak / 1024), ms: performance.now() - started });
    });
  });
}
