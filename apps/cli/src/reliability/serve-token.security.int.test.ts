// `shabaka serve` as users start it: bound to 127.0.0.1 by default, and with --token every API request
// without the token (or with a wrong one) is refused while the right one is served.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { BIN, REPO, requireBuiltCli } from '../cli.fixtures.js';

jest.setTimeout(60_000);
beforeAll(() => requireBuiltCli());
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** Starts `shabaka serve … --port 0` and returns the URL it prints. */
async function serve(args: string[]): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), 'shabaka-serve-')), 'g.db');
  const child = spawn(process.execPath, [BIN, 'serve', '--store', `sqlite:${db}`, '--port', '0', ...args], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  stops.push(() => child.kill('SIGTERM'));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (l) => {
      if (/https?:\/\//.test(l)) resolve(l);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code} before printing its URL`)));
  });
  return /(https?:\/\/\S+)/.exec(line)?.[1] ?? '';
}

describe('shabaka serve', () => {
  it('binds 127.0.0.1 by default', async () => {
    const url = await serve([]);
    expect(new URL(url).hostname).toBe('127.0.0.1');
    expect((await fetch(new URL('/api/health', url))).status).toBe(200);
  });

  it('--token refuses requests without it and serves requests with it', async () => {
    const token = `t-${Date.now()}`;
    const url = await serve(['--token', token]);
    for (const path of ['/api/health', '/api/stats', '/api/search?q=x', '/api/export?format=jsonl']) {
      expect((await fetch(new URL(path, url))).status).toBe(401);
      const wrong = await fetch(new URL(path, url), { headers: { authorization: `Bearer ${token}-x` } });
      expect(wrong.status).toBe(401);
    }
    const post = await fetch(new URL('/api/ingest', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Foreign Minister Hakan Fidan met Ayman Safadi in Ankara.' }),
    });
    expect(post.status).toBe(401);
    const ok = await fetch(new URL('/api/stats', url), { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { documents: number }).documents).toBe(0); // the refused ingest wrote nothing
  });
});
