// Unit tests of the stacked tagger: stage-1 features, document aggregates, and the two-stage decode through tagDocument.
import { describe, expect, it } from '@jest/globals';
import { tagDocument } from './document.js';
import { extractFeatures, wordInfo } from './features.js';
import { labelIndex, NUM_LABELS } from './labels.js';
import { loadModel } from './load-model.js';
import { testMeta } from './model.fixtures.js';
import { EmissionScorer, parseModel, scoreFeatures, serialiseModel } from './model.js';
import { NameLikeness, trainNameLikeness } from './name-likeness.js';
import { stackFeatures, type Stage1Output } from './stack.js';

const L = NUM_LABELS;
const ctx = { lang: 'ar', gazetteer: null, clusters: null } as const;

/** A stage-1 output with the given labels, each decided with certainty. */
function output(tokens: string[], labels: string[]): Stage1Output {
  const path = labels.map(labelIndex);
  const probs = new Float64Array(tokens.length * L);
  path.forEach((y, i) => (probs[i * L + y] = 1));
  return { infos: tokens.map((t) => wordInfo(t, ctx)), path, probs };
}

describe('stackFeatures', () => {
  it('describes the first model’s labels around a token and the span it is in', () => {
    const [f] = stackFeatures([output(['زار', 'أسيك', 'القاهرة', 'الجديدة'], ['O', 'S-ORG', 'B-LOC', 'E-LOC'])]);
    expect(f![1]).toEqual(
      expect.arrayContaining(['s1=S-ORG', 's1-1=O', 's1+1=B-LOC', 's1-2=<s>', 's1c=S-ORG|4', 's1sp=ORG|S|1']),
    );
    expect(f![0]).toContain('s1-1|s1|s1+1=<s>|O|S-ORG');
    expect(f![3]).toEqual(expect.arrayContaining(['s1=E-LOC', 's1sp=LOC|E|2']));
  });
  it('tells a token what the first model said about the same name elsewhere in the document, not here', () => {
    const [first, second] = stackFeatures([
      output(['فاز', 'فريق', 'أسيك'], ['O', 'O', 'S-ORG']),
      output(['وخسر', 'أسيك', 'اليوم'], ['O', 'O', 'O']),
    ]);
    expect(second![1]).toEqual(expect.arrayContaining(['dsp=ORG:BS', 'dspmaj=ORG:BS', 'dstmaj=ORG']));
    // The only ORG reading of أسيك is its own: nothing from elsewhere to report there.
    expect(first![2]!.some((x) => x.startsWith('dsp'))).toBe(false);
    expect(first![2]).toContain('dstmaj=O');
  });
  it('reads only the sentences of each sentence’s own range as its document', () => {
    const doc = [
      output(['فاز', 'فريق', 'أسيك'], ['O', 'O', 'S-ORG']),
      output(['وخسر', 'أسيك', 'اليوم'], ['O', 'O', 'O']),
      output(['وخسر', 'أسيك', 'اليوم'], ['O', 'O', 'O']),
    ];
    const f = stackFeatures(doc, [
      [0, 2],
      [0, 2],
      [1, 3],
    ]);
    expect(f[1]![1]).toContain('dsp=ORG:BS');
    // The third sentence's window leaves out the first: it has only O readings of أسيك to go by.
    expect(f[2]![1]!.some((x) => x.startsWith('dsp'))).toBe(false);
    expect(f[2]![1]).toContain('dstmaj=O');
    expect(f[2]![1]).not.toContain('dst=ORG');
  });
});

describe('stackFeatures with a name-likeness model', () => {
  // A toy model where words of ف/ي/ل/ا/ن/و look like person names and words of ق/س/م/ت look ordinary.
  const nameLike = new NameLikeness(
    trainNameLikeness(
      [
        ...['فيلالون', 'فيلانو', 'لوفيلا', 'نوفيل', 'فيلون', 'لانوف'].map((key) => ({ key, cls: 0 })),
        ...['قسمت', 'مستق', 'تقسم', 'سمقت', 'قتسم', 'مسقت'].map((key) => ({ key, cls: 3 })),
      ],
      [],
      1,
    ),
  );
  it('tells the second stage that a word the first model left outside looks like a name, next to the name before it', () => {
    const tokens = ['قسمت', 'فيلانو', 'فيلالون'];
    const probs = new Float64Array(tokens.length * L);
    const path = ['O', 'S-PER', 'O'].map(labelIndex);
    path.forEach((y, i) => (probs[i * L + y] = 1));
    const infos = tokens.map((t) => wordInfo(t, { ...ctx, nameLike }));
    const [f] = stackFeatures([{ infos, path, probs }]);
    const band = infos[2]!.nl[0];
    expect(Number(band)).toBeGreaterThanOrEqual(3);
    expect(f![2]).toEqual(
      expect.arrayContaining([`nl|s1=${band}|O`, `nl|s1-1=${band}|S-PER|O`, `nlc|s1=PER:${band}|O`]),
    );
    expect(f![0]).toContain(`nl+1|s1=${infos[1]!.nl[0]}|O|S-PER`);
  });
});

describe('stacked tagDocument', () => {
  // Stage 1 finds an organisation only after فريق; stage 2 also trusts a name the document elsewhere calls an organisation.
  const names1 = ['b', 'k-1=فريق'];
  const w1 = new Float64Array(names1.length * L);
  w1[labelIndex('O')] = 2;
  w1[L + labelIndex('S-ORG')] = 8;
  const stage1 = parseModel(serialiseModel(testMeta('ar'), names1, w1, new Float64Array((L + 1) * L), null, 0.01));
  const names2 = ['b', 'k-1=فريق', 'dspmaj=ORG:BS'];
  const w2 = new Float64Array(names2.length * L);
  w2[labelIndex('O')] = 2;
  w2[L + labelIndex('S-ORG')] = 8;
  w2[2 * L + labelIndex('S-ORG')] = 8;
  const stage2 = parseModel(serialiseModel(testMeta('ar'), names2, w2, new Float64Array((L + 1) * L), null, 0.01));
  const doc = [
    ['فاز', 'فريق', 'أسيك', 'أمس'],
    ['وخسر', 'أسيك', 'اليوم'],
  ];
  it('lets the second stage tag a repetition the first stage missed', () => {
    const plain = tagDocument(doc, 'ar', { model: stage1, rules: false });
    expect(plain[1]!.labels).toEqual(['O', 'O', 'O']);
    const stacked = tagDocument(doc, 'ar', { model: { ...stage1, stage2 }, rules: false });
    expect(stacked.map((r) => r.labels)).toEqual([
      ['O', 'O', 'B-ORG', 'O'],
      ['O', 'B-ORG', 'O'],
    ]);
    expect(stacked[1]!.mentions[0]).toMatchObject({ start: 1, end: 2, type: 'ORGANIZATION', source: 'model' });
  });
  it('gives the second stage each sentence’s own range, empty sentences included', () => {
    const r = tagDocument([doc[0]!, [], doc[1]!, doc[1]!], 'ar', {
      model: { ...stage1, stage2 },
      rules: false,
      ranges: [
        [0, 3],
        [0, 3],
        [0, 3],
        [1, 4],
      ],
    });
    expect(r.map((x) => x.labels)).toEqual([['O', 'O', 'B-ORG', 'O'], [], ['O', 'B-ORG', 'O'], ['O', 'O', 'O']]);
  });
});

describe('EmissionScorer word pairs', () => {
  it('scores pair features by word ids exactly as the feature strings, words holding `|` included', () => {
    const tokens = ['x|y', 'زار', 'أنقرة', 'أمس'];
    const [a, b, c, d] = tokens.map((t) => wordInfo(t, ctx));
    const names = [
      `k-1|k=${a!.key}|${b!.key}`,
      `k|k+1=${b!.key}|${c!.key}`,
      `k-1|k=<s>|${a!.key}`,
      `st|st+1=${c!.stem}|${d!.stem}`,
      `t-1|t+1=${b!.trig}|${d!.trig}`,
      `k|k+1=${d!.key}|<s>`,
      `k|k+1=${c!.key}|${b!.key}`,
    ];
    const weights = Float64Array.from({ length: names.length * L }, (_, k) => ((k * 7) % 11) - 5);
    const model = parseModel(serialiseModel(testMeta('ar'), names, weights, new Float64Array((L + 1) * L), null, 0));
    const scored = new EmissionScorer(model).score(tokens).emissions;
    expect(Array.from(scored)).toEqual(Array.from(scoreFeatures(model, extractFeatures(tokens, ctx))));
    // Not a vacuous match: the pairs fire.
    expect(scored.some((x) => x !== 0)).toBe(true);
  });
});

describe('EmissionScorer on the committed Arabic model', () => {
  it('gives both stages the scores of the full feature lists (cached per-word and neighbour scores add up exactly)', () => {
    const model = loadModel('ar');
    const tokens = ['وقال', 'وزير', 'الخارجية', 'المصري', 'سامح', 'شكري', 'في', 'القاهرة', 'إن', 'الاتحاد', 'الأوروبي'];
    const feats = extractFeatures(tokens, {
      lang: 'ar',
      gazetteer: model.gazetteer,
      clusters: model.clusters,
      nameLike: model.nameLike,
    });
    const scored = new EmissionScorer(model).score(tokens);
    const near = (a: Float64Array, b: Float64Array): void =>
      a.forEach((x, k) => expect(Math.abs(x - b[k]!)).toBeLessThan(1e-6));
    near(scored.emissions, scoreFeatures(model, feats));
    if (model.stage2) near(scored.second!, scoreFeatures(model.stage2, feats));
    else expect(scored.second).toBeNull();
  });
});
