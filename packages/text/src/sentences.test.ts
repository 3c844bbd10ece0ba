import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { splitSentences } from './sentences.js';
import { mixedText, PROPERTY_RUNS } from './text.fixtures.js';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits Arabic sentences on . ؟ ! and keeps decimals and dates inside', () => {
    expect(texts('ارتفع المؤشر 3.5 نقطة يوم 12.05.2024. هل يستمر الصعود؟ يتوقع المحللون ذلك! وانخفض النفط.')).toEqual([
      'ارتفع المؤشر 3.5 نقطة يوم 12.05.2024.',
      'هل يستمر الصعود؟',
      'يتوقع المحللون ذلك!',
      'وانخفض النفط.',
    ]);
  });

  it('splits on newlines and paragraphs even without a full stop', () => {
    expect(texts('عاجل: انفجار في الميناء\n\n  قالت الشرطة إن الحريق أخمد.\nالتفاصيل لاحقا')).toEqual([
      'عاجل: انفجار في الميناء',
      'قالت الشرطة إن الحريق أخمد.',
      'التفاصيل لاحقا',
    ]);
  });

  it('does not split after titles, initials and dotted acronyms', () => {
    expect(
      texts('Mr. Smith and Dr. J. K. Brown met U.S. officials on Monday. They left at 5 p.m. on Tuesday.'),
    ).toEqual(['Mr. Smith and Dr. J. K. Brown met U.S. officials on Monday.', 'They left at 5 p.m. on Tuesday.']);
    expect(texts('وحاضر د. خالد في الجامعة. ثم غادر.')).toEqual(['وحاضر د. خالد في الجامعة.', 'ثم غادر.']);
  });

  it('keeps a quotation that closes on the same line in one sentence', () => {
    expect(
      texts('وقال الوزير: «لن نتراجع. المفاوضات مستمرة.» ثم غادر القاعة. He said "We are done. Goodbye." Then left.'),
    ).toEqual([
      'وقال الوزير: «لن نتراجع. المفاوضات مستمرة.»',
      'ثم غادر القاعة.',
      'He said "We are done. Goodbye."',
      'Then left.',
    ]);
  });

  it('does not let an unclosed quote swallow the paragraph', () => {
    expect(texts('قال «المصدر إن الوفد وصل. ثم بدأ الاجتماع.')).toEqual([
      'قال «المصدر إن الوفد وصل.',
      'ثم بدأ الاجتماع.',
    ]);
  });

  it('splits when the next Arabic sentence follows the full stop without a space', () => {
    expect(texts('انتهت الجلسة.وبدأ التصويت')).toEqual(['انتهت الجلسة.', 'وبدأ التصويت']);
  });

  it('keeps a comma after a closing quote in the same sentence', () => {
    expect(texts('«انتهى الأمر.»، وأضاف أن الوفد غادر.')).toEqual(['«انتهى الأمر.»، وأضاف أن الوفد غادر.']);
  });

  it('gives offsets into the original text', () => {
    const text = '  أولا.  ثانيا؟ ';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 7, text: 'أولا.' },
      { start: 9, end: 15, text: 'ثانيا؟' },
    ]);
  });
});

describe('splitSentences properties', () => {
  it('gives ordered, non-overlapping, trimmed spans inside the text that cover every visible character', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const covered = new Uint8Array(text.length);
        let previousEnd = 0;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          covered.fill(1, s.start, s.end);
          previousEnd = s.end;
        }
        for (let i = 0; i < text.length; i++) if (covered[i] === 0) expect(text[i]).toMatch(/\s/);
      }),
      PROPERTY_RUNS,
    );
  });
});
