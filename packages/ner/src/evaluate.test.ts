// Tests of evaluation end to end: the shipped tagger on a small CoNLL file, and the eval command's JSON output.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateFile } from './evaluate.js';

// Sentences written for this test (not from any corpus), CoNLL-2003 layout with IOB1 tags.
const CONLL = `-DOCSTART- -X- -X- O

Angela NNP B-NP I-PER
Merkel NNP I-NP I-PER
visited VBD B-VP O
Kenya NNP B-NP I-LOC
with IN B-PP O
Siemens NNP B-NP I-ORG
executives NNS I-NP O
. . O O

Reuters NNP B-NP I-ORG
reported VBD B-VP O
from IN B-PP O
Nairobi NNP B-NP I-LOC
. . O O
`;

describe('evaluateFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-eval-'));
  const file = join(dir, 'mini.conll');
  writeFileSync(file, CONLL);

  it('scores the shipped English tagger on a small file', () => {
    const s = evaluateFile(file, 'en');
    expect(s.micro.f1).toBeGreaterThan(60);
    for (const cls of ['PER', 'ORG', 'LOC'] as const) expect(s[cls].f1).toBeGreaterThanOrEqual(0);
  });

  it('prints only one JSON object with --json', () => {
    const cli = fileURLToPath(new URL('./cli/eval.ts', import.meta.url));
    const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
    const out = execFileSync(tsx, [cli, '--json', '--data', file, '--lang', 'en'], { encoding: 'utf8' });
    const parsed = JSON.parse(out) as Record<string, { micro: { f1: number } }>;
    expect(Object.keys(parsed)).toEqual(['en']);
    expect(parsed['en']!.micro.f1).toBe(evaluateFile(file, 'en').micro.f1);
  });
});
