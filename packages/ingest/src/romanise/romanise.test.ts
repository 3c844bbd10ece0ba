// Unit tests of the romaniser: EM alignment, Witten-Bell n-gram, beam decoding, particles and the committed weights.
import { describe, expect, it } from '@jest/globals';
import { trainAlignment, viterbiAlign } from './align.js';
import { decodeWord } from './decode.js';
import { arabicLetters, latinLetters } from './letters.js';
import { ROMANISER_FORMAT, fromFile, packNgram } from './model-file.js';
import { GraphoneNgram } from './ngram.js';
import { romaniseName, romaniseWord } from './romanise.js';
import { editDistance, scoreWords } from './word-metrics.js';
import type { NamePair } from './align.js';

const toyPairs: NamePair[] = [
  { ar: 'علي', en: 'ali' },
  { ar: 'سامي', en: 'sami' },
  { ar: 'سالم', en: 'salem' },
  { ar: 'ماهر', en: 'maher' },
  { ar: 'عمر', en: 'omar' },
  { ar: 'مالك', en: 'malek' },
  { ar: 'كريم', en: 'karim' },
  { ar: 'ليلى', en: 'layla' },
];

/** A model file trained on the toy pairs, as the training script builds it. */
function toyModel(): ReturnType<typeof fromFile> {
  const align = trainAlignment(toyPairs, 8);
  const ids = new Map<string, number>([['<s>', 0]]);
  const seqs = toyPairs.map((p) =>
    (viterbiAlign(p, align) ?? []).map((e, i) => {
      const g = `${p.ar[i] as string}\u0000${e}`;
      if (!ids.has(g)) ids.set(g, ids.size);
      return ids.get(g) as number;
    }),
  );
  const sized = new GraphoneNgram(3, ids.size);
  // Twice each: decoding only tries graphones seen at least twice.
  for (const s of [...seqs, ...seqs]) sized.add(s, 0, 0);
  return fromFile({
    format: ROMANISER_FORMAT,
    version: 'test',
    meta: {},
    order: 3,
    graphones: [...ids.keys()],
    ngrams: packNgram(sized),
    lexicon: {},
  });
}

describe('letters', () => {
  it('drops harakat and tatweel but keeps hamza seats and ta marbuta', () => {
    expect(arabicLetters('مُحَمّـد')).toBe('محمد');
    expect(arabicLetters('أسامة')).toBe('أسامة');
  });
  it('folds Latin accents and keeps letters only', () => {
    expect(latinLetters('Muḥammad al-Ṭayyib')).toBe('muhammadaltayyib');
  });
});

describe('trainAlignment / viterbiAlign', () => {
  it('segments every pair into one chunk of 0–3 letters per Arabic letter', () => {
    const align = trainAlignment(toyPairs, 8);
    for (const p of toyPairs) {
      const chunks = viterbiAlign(p, align);
      expect(chunks).toHaveLength([...p.ar].length);
      expect(chunks?.join('')).toBe(p.en);
      expect(chunks?.every((c) => c.length <= 3)).toBe(true);
    }
  });
  it('gives a letter seen with one spelling that spelling', () => {
    const align = trainAlignment(toyPairs, 8);
    // ك is k in كريم and مالك, so it writes k (with or without a vowel), never m or r.
    expect(viterbiAlign({ ar: 'كريم', en: 'karim' }, align)?.[0]).toMatch(/^k/);
  });
  it('refuses a pair it cannot align', () => {
    const align = trainAlignment(toyPairs, 3);
    expect(viterbiAlign({ ar: 'علي', en: 'alexandrina' }, align)).toBeUndefined();
  });
});

describe('GraphoneNgram', () => {
  it('gives a probability distribution over the vocabulary after any history', () => {
    const m = new GraphoneNgram(3, 5);
    m.add([1, 2, 3], 0, 0);
    m.add([1, 2, 4], 0, 0);
    m.add([3, 3], 0, 0);
    for (const h of [
      [0, 0],
      [1, 2],
      [4, 4],
    ]) {
      let sum = 0;
      for (let w = 0; w < 5; w++) sum += m.prob(h, w);
      expect(sum).toBeCloseTo(1, 10);
    }
    expect(m.prob([1, 2], 3)).toBeGreaterThan(m.prob([1, 2], 1));
  });
});

describe('decodeWord', () => {
  it('spells a seen word as it was seen and an unseen one from its letters', () => {
    const m = toyModel();
    expect(decodeWord('علي', m)).toBe('ali');
    expect(decodeWord('سامر', m)).toMatch(/^sam/);
  });
});

describe('romaniseName (committed weights)', () => {
  it('writes particles as English writes them inside a name', () => {
    expect(romaniseName('نايف بن فرحان')).toMatch(/^[A-Z][a-z]+ bin Farhan$/);
    expect(romaniseName('أبو بكر البغدادي')).toBe('Abu Bakr al-Baghdadi');
  });
  it('joins عبد with the divine name that follows and capitalises a leading article', () => {
    expect(romaniseName('عبد الرحمن الراشد')).toBe('Abdulrahman al-Rashed');
    expect(romaniseName('الكسيس')).toBe('Alexis');
    expect(romaniseName('علي الغامدي')).toBe('Ali al-Ghamdi');
    expect(romaniseName('الراشد')).toBe('Al-Rashed');
  });
  it('uses the most frequent spelling of known words and the model for unseen ones', () => {
    expect(romaniseWord('روحاني')).toBe('rouhani');
    expect(romaniseName('مايك بومبيو')).toBe('Mike Pompeo');
    expect(romaniseWord('كزبرستاني')).toMatch(/^[a-z]+$/);
  });
  it('leaves Latin names alone', () => {
    expect(romaniseName('Jean Dupont')).toBe('Jean Dupont');
  });
});

describe('scoreWords', () => {
  it('counts exact words and character edits over reference characters', () => {
    expect(editDistance('kerry', 'kiri')).toBe(3);
    expect(
      scoreWords([
        { ref: 'kerry', hyp: 'kiri' },
        { ref: 'ali', hyp: 'Ali' },
      ]),
    ).toEqual({ words: 2, accuracy: 0.5, cer: 3 / 8 });
  });
});
