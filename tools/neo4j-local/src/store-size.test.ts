// The launcher's warning when the dev store outgrows the page cache (plain functions of local-neo4j.mjs).
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { directoryBytes, sizeBytes, storeWarning } from '../scripts/local-neo4j.mjs';

const home = mkdtempSync(path.join(tmpdir(), 'neo4j-local-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('sizeBytes', () => {
  it('reads Neo4j memory settings with or without a unit', () => {
    expect(sizeBytes('512m')).toBe(512 * 2 ** 20);
    expect(sizeBytes('1G')).toBe(2 ** 30);
    expect(sizeBytes('1.5g')).toBe(1.5 * 2 ** 30);
    expect(sizeBytes('2048')).toBe(2048);
    expect(sizeBytes('64kb')).toBe(64 * 1024);
  });

  it('names the setting it cannot read', () => {
    expect(() => sizeBytes('lots')).toThrow("'lots' is not a size");
  });
});

describe('storeWarning', () => {
  const store = path.join(home, 'data', 'databases', 'neo4j');
  mkdirSync(path.join(store, 'schema'), { recursive: true });
  writeFileSync(path.join(store, 'neostore.nodestore.db'), Buffer.alloc(3000));
  writeFileSync(path.join(store, 'schema', 'index.db'), Buffer.alloc(2000));

  it('sums the store files, sub-directories included, and 0 for a missing directory', () => {
    expect(directoryBytes(store)).toBe(5000);
    expect(directoryBytes(path.join(home, 'nothing-here'))).toBe(0);
  });

  it('warns only when the store is larger than the page cache, with what to do', () => {
    expect(storeWarning({ dataDir: home, pageCache: '5000' })).toBeNull();
    const warning = storeWarning({ dataDir: home, pageCache: '4k' });
    expect(warning).toContain(`the store in ${home} is 0 MB, more than the page cache (4k)`);
    expect(warning).toContain('NEO4J_PAGECACHE');
  });
});
