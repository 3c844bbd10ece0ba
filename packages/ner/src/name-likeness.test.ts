// Unit tests of the character name-likeness model: n-grams, training, banded scores over clitic-peeled variants, file round trip.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  charNgrams,
  readNameLikeness,
  serialiseNameLikeness,
  trainNameLikeness,
  NameLikeness,
} from './name-likeness.js';

// Toy data: "names" built from one alphabet, "ordinary words" from another, so the n-grams tell them apart.
const names = ['فيلالون', 'فيلانو', 'لوفيلا', 'نوفيل', 'فيلون', 'لانوف'];
const ordinary = ['قسمت', 'مستق', 'تقسم', 'سمقت', 'قتسم', 'مسقت'];
const examples = [...names.map((key) => ({ key, cls: 0 })), ...ordinary.map((key) => ({ key, cls: 3 }))];

describe('charNgrams', () => {
  it('lists 2–4-grams with word-boundary marks', () => {
    expect(charNgrams('علي')).toEqual(['^ع', 'عل', 'لي', 'ي$', '^عل', 'علي', 'لي$', '^علي', 'علي$']);
  });
});

describe('NameLikeness', () => {
  const model = new NameLikeness(trainNameLikeness(examples, ['toy'], 1));
  it('scores an unseen word made of name n-grams as a person name, and an ordinary-looking one below it', () => {
    const name = model.scores('فيلانون');
    const word = model.scores('قسمتم');
    expect(name[0]).toBeGreaterThan(0.5);
    expect(word[0]).toBeLessThan(-0.5);
  });
  it('bands a word at its best clitic-peeled variant and names the class only when it looks like a name', () => {
    const bands = model.bands(['وفيلالون', 'فيلالون']);
    expect(bands).toEqual(model.bands(['فيلالون']));
    expect(bands[1]).toMatch(/^PER:[34]$/);
    expect(model.bands(['قسمتم'])).toHaveLength(1);
    expect(model.bands(['x'])).toEqual([]);
  });
  it('trains byte-reproducibly and survives the file round trip', () => {
    const a = serialiseNameLikeness(trainNameLikeness(examples, ['toy'], 1));
    const b = serialiseNameLikeness(trainNameLikeness([...examples].reverse(), ['toy'], 1));
    expect(a.equals(b)).toBe(true);
    const path = join(mkdtempSync(join(tmpdir(), 'nl-')), 'm.json.gz');
    writeFileSync(path, a);
    expect(Array.from(readNameLikeness(path).scores('فيلالون'))).toEqual(Array.from(model.scores('فيلالون')));
  });
});
