// `--out` creates the folders on its way and names the path and the reason when it cannot write.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureOutDir, writeOutFile } from './output-path.js';

const dir = mkdtempSync(join(tmpdir(), 'shabaka-out-path-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeOutFile', () => {
  it('creates the missing folders of the path, then writes the file', async () => {
    const path = join(dir, 'reports', '2026', 'graph.gexf');
    await writeOutFile(path, '<gexf/>', 'export');
    expect(readFileSync(path, 'utf8')).toBe('<gexf/>');
  });

  it('names the path and says that a folder is in the way', async () => {
    const folder = join(dir, 'taken');
    mkdirSync(folder);
    await expect(writeOutFile(folder, 'x', 'export')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^export: cannot write --out .*taken: it is a folder, not a file \(pass --out/),
    });
  });

  it('says when a file stands where a folder must be created', async () => {
    const file = join(dir, 'plain.txt');
    writeFileSync(file, '');
    await expect(ensureOutDir(join(file, 'sub'), 'extract')).rejects.toMatchObject({
      message: expect.stringMatching(/^extract: cannot write --out .*plain\.txt\/sub: a file is in the way/),
    });
  });
});
