// What a command touches in the outside world, injected so commands run in tests without a process.
import type { Env } from './store-spec.js';

export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdout: Output;
  stderr: Output;
  env: Env;
  cwd: string;
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Resolves when the user asks to stop (SIGINT/SIGTERM); used by `serve`. */
  waitForStop: () => Promise<void>;
  /** Calls `handler` on the first Ctrl-C (a second one quits as usual); returns the unsubscriber. */
  onInterrupt?: (handler: () => void) => () => void;
}

/**
 * The real process as a CliIo.
 * @example await runCli(process.argv.slice(2), processIo())
 */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    stdin: process.stdin,
    onInterrupt: (handler) => {
      process.once('SIGINT', handler);
      return () => process.off('SIGINT', handler);
    },
    waitForStop: () =>
      new Promise((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      }),
  };
}
