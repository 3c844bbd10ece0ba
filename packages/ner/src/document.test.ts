// Unit tests of document-level consistency with a tiny hand-made model.
import { describe, expect, it } from '@jest/globals';
import { tagDocument } from './document.js';
import { labelIndex, NUM_LABELS } from './labels.js';
import { testMeta } from './model.fixtures.js';
import { parseModel, serialiseModel } from './model.js';

const L = NUM_LABELS;
const meta = testMeta('ar');
// "b" (bias) favours O; a word right after فريق ("team") is an organisation; a word after يدعى ("named") a person.
const names = ['b', 'k-1=فريق', 'k-1=يدعي'];
const weights = new Float64Array(names.length * L);
weights[labelIndex('O')] = 2;
weights[L + labelIndex('S-ORG')] = 8;
weights[2 * L + labelIndex('S-PER')] = 8;
const model = parseModel(serialiseModel(meta, names, weights, new Float64Array((L + 1) * L), null, 0.01));

describe('tagDocument', () => {
  it('tags a later bare repetition of a confidently found name', () => {
    const doc = [
      ['فاز', 'فريق', 'أسيك', 'أمس'],
      ['وخسر', 'أسيك', 'اليوم'],
    ];
    const [first, second] = tagDocument(doc, 'ar', { model });
    expect(first!.labels).toEqual(['O', 'O', 'B-ORG', 'O']);
    expect(second!.labels).toEqual(['O', 'B-ORG', 'O']);
    expect(second!.mentions).toEqual([{ start: 1, end: 2, type: 'ORGANIZATION', confidence: 0.8, source: 'rule' }]);
  });
  it('skips the document step when asked, keeping the model and rules', () => {
    const doc = [
      ['فاز', 'فريق', 'أسيك', 'أمس'],
      ['وخسر', 'أسيك', 'اليوم'],
    ];
    const [first, second] = tagDocument(doc, 'ar', { model, document: false });
    expect(first!.labels).toEqual(['O', 'O', 'B-ORG', 'O']);
    expect(second!.labels).toEqual(['O', 'O', 'O']);
  });
  it('matches through a proclitic and leaves names seen with two types alone', () => {
    const doc = [
      ['فاز', 'فريق', 'مارسيليا'],
      ['رجل', 'يدعى', 'مارسيليا'],
      ['وفي', 'ومارسيليا', 'أمس'],
      ['ضد', 'فريق', 'بوردو'],
      ['وبوردو', 'هنا'],
    ];
    const r = tagDocument(doc, 'ar', { model });
    expect(r[2]!.labels).toEqual(['O', 'O', 'O']);
    expect(r[4]!.labels).toEqual(['B-ORG', 'O']);
  });
  it('fills a repetition only from the sentences of its own range', () => {
    const doc = [['فاز', 'فريق', 'أسيك'], [], ['وخسر', 'أسيك'], ['وخسر', 'أسيك']];
    const r = tagDocument(doc, 'ar', {
      model,
      ranges: [
        [0, 3],
        [0, 3],
        [0, 3],
        [2, 4],
      ],
    });
    expect(r.map((x) => x.labels)).toEqual([['O', 'O', 'B-ORG'], [], ['O', 'B-ORG'], ['O', 'O']]);
  });
  it('does nothing with rules switched off', () => {
    const r = tagDocument([['فريق', 'أسيك'], ['أسيك']], 'ar', { model, rules: false });
    expect(r[1]!.labels).toEqual(['O']);
  });
});
