import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { createSqliteStore } from '@shabaka/store-sqlite';
import { memoryIo } from './cli-io.fake.js';
import { runCli } from './program.js';

describe('runCli', () => {
  it('prints help with examples and every command', async () => {
    const io = memoryIo();
    expect(await runCli(['--help'], io)).toBe(0);
    for (const word of [
      'ingest',
      'extract',
      'export',
      'stats',
      'query',
      'serve',
      'start',
      'Examples:',
      'SHABAKA_STORE',
    ]) {
      expect(io.out()).toContain(word);
    }
  });

  it('exits 1 with one message for an unknown command or a bad choice', async () => {
    const unknown = memoryIo();
    expect(await runCli(['frobnicate'], unknown)).toBe(1);
    expect(unknown.err()).toContain("unknown command 'frobnicate'");
    const badLang = memoryIo();
    expect(await runCli(['ingest', 'x.txt', '--lang', 'fr'], badLang)).toBe(1);
    expect(badLang.err()).toContain("'fr' is invalid");
  });

  it('validates values with zod and names the flag', async () => {
    const io = memoryIo();
    expect(await runCli(['ingest', 'x.txt', '--workers', '-3', '--store', 'sqlite:/tmp/never.db'], io)).toBe(1);
    expect(io.err()).toMatch(/ingest: --workers: .*(>=|at least)/i);
  });

  it('refuses an unknown store scheme with a hint', async () => {
    const io = memoryIo();
    expect(await runCli(['stats', '--store', 'mongodb://x'], io)).toBe(1);
    expect(io.err()).toContain('cli: unknown store "mongodb://x" (use sqlite:PATH');
  });

  it('runs stats --json on an empty SQLite store', async () => {
    const io = memoryIo();
    const path = join(mkdtempSync(join(tmpdir(), 'shabaka-prog-')), 'g.db');
    await (await createSqliteStore({ path })).close();
    expect(await runCli(['stats', '--json', '--store', `sqlite:${path}`], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ documents: 0, entities: 0, relations: 0, events: 0, sentences: 0 });
  });

  it('reading commands name a missing SQLite store, exit 1 and create nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shabaka-prog-'));
    const path = join(dir, 'no', 'such.db');
    const missing = join(dir, 'such.db');
    for (const argv of [
      ['stats', '--store', `sqlite:${missing}`],
      ['stats', '--json', '--store', `sqlite:${missing}`],
      ['query', 'MATCH (n) RETURN n', '--store', `sqlite:${missing}`],
      ['export', '--format', 'jsonl', '--out', join(dir, 'g.jsonl'), '--store', `sqlite:${path}`],
    ]) {
      const io = memoryIo();
      expect(await runCli(argv, io)).toBe(1);
      expect(io.err()).toContain(`cli: no SQLite store at ${argv.at(-1)?.slice('sqlite:'.length)}`);
      expect(io.out()).toBe('');
    }
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(path)).toBe(false);
  });
});
