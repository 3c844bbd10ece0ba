// A missing or corrupt committed artefact fails with a typed NerError whose hint says how to rebuild it.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { NerError } from './errors.js';
import { readGazetteer } from './gazetteer.js';
import { readModelFile } from './model.js';
import { readNameLikeness } from './name-likeness.js';
import { modelPath } from './paths.js';

const dir = mkdtempSync(join(tmpdir(), 'ner-load-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, bytes: Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

/** The NerError `read` throws (fails the test when it throws nothing or something else). */
function errorOf(read: () => unknown): NerError {
  try {
    read();
  } catch (err) {
    if (err instanceof NerError) return err;
    throw err;
  }
  throw new Error('expected a NerError, nothing was thrown');
}

const REBUILD = /pnpm --filter @shabaka\/ner train/;

describe('model files', () => {
  it('a missing model is NER_MODEL_MISSING naming the path, with the rebuild command', () => {
    const path = join(dir, 'absent.model.json.gz');
    const err = errorOf(() => readModelFile(path));
    expect(err.code).toBe('NER_MODEL_MISSING');
    expect(err.problem).toContain(path);
    expect(err.hint).toMatch(REBUILD);
    expect(err.message).toContain(err.hint);
  });

  it('bytes that are not gzip are NER_MODEL_INVALID', () => {
    const err = errorOf(() => readModelFile(file('noise.model.json.gz', Buffer.from('not a model at all'))));
    expect(err.code).toBe('NER_MODEL_INVALID');
    expect(err.hint).toMatch(REBUILD);
  });

  it('a truncated copy of the committed model is NER_MODEL_INVALID', () => {
    const whole = readFileSync(modelPath('en'));
    const err = errorOf(() => readModelFile(file('cut.model.json.gz', whole.subarray(0, whole.length >> 1))));
    expect(err.code).toBe('NER_MODEL_INVALID');
  });

  it('gzip JSON of another format is NER_MODEL_INVALID naming the format', () => {
    const other = gzipSync(JSON.stringify({ meta: { format: 'other-9', labels: [] } }));
    const err = errorOf(() => readModelFile(file('other.model.json.gz', other)));
    expect(err.code).toBe('NER_MODEL_INVALID');
    expect(err.problem).toMatch(/format other-9/);
  });
});

describe('gazetteers and the name-likeness model', () => {
  it('a missing gazetteer is NER_GAZETTEER_MISSING, a corrupt one NER_GAZETTEER_INVALID', () => {
    expect(errorOf(() => readGazetteer(join(dir, 'absent.json.gz'))).code).toBe('NER_GAZETTEER_MISSING');
    const corrupt = errorOf(() => readGazetteer(file('bad-gaz.json.gz', gzipSync('{"entries": '))));
    expect(corrupt.code).toBe('NER_GAZETTEER_INVALID');
    expect(corrupt.hint).toMatch(REBUILD);
  });

  it('a corrupt name-likeness model is NER_MODEL_INVALID, a missing one NER_MODEL_MISSING', () => {
    expect(errorOf(() => readNameLikeness(file('bad.namelike.json.gz', Buffer.from([0x1f, 0x8b, 0])))).code).toBe(
      'NER_MODEL_INVALID',
    );
    expect(errorOf(() => readNameLikeness(join(dir, 'absent.namelike.json.gz'))).code).toBe('NER_MODEL_MISSING');
  });
});
