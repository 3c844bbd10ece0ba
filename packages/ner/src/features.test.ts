// Unit tests of feature extraction.
import { describe, expect, it } from '@jest/globals';
import { arabicVariants, extractFeatures, shapeOf } from './features.js';
import { Gazetteer } from './gazetteer.js';

const gazetteer = new Gazetteer({
  version: 't',
  lang: 'ar',
  sources: [],
  entries: { 'LOC.country': ['لبنان'], 'LOC.city': ['القدس الشرقيه'] },
});

describe('arabicVariants', () => {
  it('peels proclitics one at a time', () => {
    expect(arabicVariants('وبالقدس')).toEqual(['وبالقدس', 'بالقدس', 'القدس', 'قدس']);
    expect(arabicVariants('للرييس')).toEqual(['للرييس', 'الرييس', 'رييس']);
  });
});

describe('shapeOf', () => {
  it('collapses runs of the same class', () => {
    expect(shapeOf('McCain')).toBe('XxXx');
    expect(shapeOf('F-16')).toBe('X-d');
    expect(shapeOf('بيروت')).toBe('A');
  });
});

describe('extractFeatures', () => {
  it('gives Arabic tokens key, stem, trigger and gazetteer features with clitics stripped', () => {
    const f = extractFeatures(['قال', 'الرئيس', 'بلبنان', 'وبالقدس', 'الشرقية'], {
      lang: 'ar',
      gazetteer,
      clusters: null,
    });
    expect(f).toHaveLength(5);
    expect(f[1]).toContain('t=TITLE');
    expect(f[2]).toContain('t-1=TITLE');
    expect(f[2]).toContain('g=LOC.country:BS');
    expect(f[3]).toEqual(expect.arrayContaining(['st=قدس', 'cl=و+ب+ال', 'g=LOC.city:BM']));
    expect(f[4]).toContain('g=LOC.city:IM');
    expect(f[4]).toContain('k-1=وبالقدس');
  });
  it('gives English tokens shape and capitalisation features', () => {
    const f = extractFeatures(['Mr.', 'Smith', 'visited', 'IBM'], { lang: 'en', gazetteer: null, clusters: null });
    expect(f[1]).toEqual(expect.arrayContaining(['sh=Xx', 'cap=true|false', 't-1=TITLE', 'k=smith']));
    expect(f[3]).toContain('allcap');
  });
  it('can switch feature groups off for ablations', () => {
    const f = extractFeatures(['بلبنان'], { lang: 'ar', gazetteer, clusters: null, ablate: new Set(['gaz']) });
    expect(f[0]!.some((x) => x.startsWith('g='))).toBe(false);
  });
});
