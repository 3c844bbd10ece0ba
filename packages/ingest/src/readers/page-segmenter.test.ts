import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { classifyLines, looksLikeScrapedPage, segmentPage } from './page-segmenter.js';

interface GoldSegment {
  id: string;
  kind: 'article' | 'teaser';
  title: string;
  firstBodyLine: string;
  lastBodyLine: string;
}

// The page is bundled in examples/; the gold segmentation stays in shared/ beside the checkout.
const page = readFileSync(new URL('../../../../examples/asharq-page.txt', import.meta.url), 'utf8');
const gold = JSON.parse(
  readFileSync(new URL('../../../../../shared/eval/seed/segments.json', import.meta.url), 'utf8'),
) as GoldSegment[];
const lines = page.split('\n');

describe('segmentPage on the seed page', () => {
  const segments = segmentPage(page);

  it('finds the gold 4 articles and 5 teasers in page order', () => {
    expect(segments.map((s) => s.kind)).toEqual(gold.map((g) => g.kind));
  });

  it('matches every gold title and body range', () => {
    for (const [i, g] of gold.entries()) {
      const s = segments[i];
      expect(s?.title).toBe(g.title);
      expect(lines[(s?.firstBodyLine ?? 0) - 1]).toBe(g.firstBodyLine);
      expect(lines[(s?.lastBodyLine ?? 0) - 1]).toBe(g.lastBodyLine);
    }
  });

  it('drops captions, TT and repeated titles from bodies', () => {
    for (const s of segments) {
      expect(s.text.split('\n')).not.toContain('TT');
      expect(s.text.startsWith(s.title)).toBe(false);
      expect(s.text).not.toMatch(/\((رويترز|أ\.ف\.ب|د\.ب\.أ)\)$/mu);
    }
  });

  it('tells apart the teaser and the article that share a title', () => {
    const same = segments.filter((s) => s.title === gold[1]?.title);
    expect(same.map((s) => s.kind).sort()).toEqual(['article', 'teaser']);
    expect(same[0]?.text).not.toBe(same[1]?.text);
  });
});

describe('segmentPage on another layout (English, made-up site)', () => {
  const other = [
    'Markets rally as rates hold',
    'Traders on the floor of the exchange (AP Photo)',
    'Traders on the floor of the exchange (AP Photo)',
    'Markets rally as rates hold',
    'Stocks rose on Tuesday after the central bank left rates unchanged.',
    'Analysts said the move was expected.',
    'What comes next',
    'Investors now look to the jobs report on Friday.',
    '',
    'Related',
    'Oil slips on supply worries',
    'Crude prices fell for a third day as inventories grew.',
    'Jane Doe (London)',
  ].join('\n');

  it('finds one article with its crosshead and one teaser, without the caption', () => {
    const segments = segmentPage(other);
    expect(segments.map((s) => [s.kind, s.title])).toEqual([
      ['article', 'Markets rally as rates hold'],
      ['teaser', 'Oil slips on supply worries'],
    ]);
    expect(segments[0]?.text).toContain('What comes next');
    expect(segments[0]?.text).not.toContain('AP Photo');
    expect(segments[1]?.text).toBe('Crude prices fell for a third day as inventories grew.');
  });
});

describe('classifyLines and looksLikeScrapedPage', () => {
  it('classifies markers, bylines, captions, headings and paragraphs', () => {
    const kinds = classifyLines(
      'TT\nJane Doe (London)\nA long photo caption of a street with people walking (Reuters)\nHeading\nBody.',
    ).map((l) => l.kind);
    expect(kinds).toEqual(['marker', 'byline', 'caption', 'heading', 'paragraph']);
  });

  it('strips widget tokens glued to a line', () => {
    expect(classifyLines('A caption of a police operation in the city (SANA) play-circle')[0]?.text).toBe(
      'A caption of a police operation in the city (SANA)',
    );
  });

  it('keeps a plain article as one document', () => {
    expect(looksLikeScrapedPage('Title\n\nFirst paragraph.\n\nSecond paragraph.')).toBe(false);
    expect(looksLikeScrapedPage(page)).toBe(true);
  });
});
