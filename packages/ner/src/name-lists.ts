// Readers of the name lists in ../shared/data that both the gazetteers and the name-likeness model learn from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The three entity classes the lists use. */
export type NameClass = 'PER' | 'LOC' | 'ORG';

/** One ANETAC pair: class, English spelling, Arabic transliteration. */
export interface TransliterationPair {
  cls: NameClass;
  en: string;
  ar: string;
}

const ANETAC_CLASS: Readonly<Record<string, NameClass>> = { PERSON: 'PER', LOCATION: 'LOC', ORGANIZATION: 'ORG' };

/**
 * ANETAC's English↔Arabic name pairs with a known class.
 * @example anetacPairs('/work/shared/data')[0] // { cls: 'PER', en: '…', ar: '…' }
 */
export function anetacPairs(dataDir: string): TransliterationPair[] {
  const out: TransliterationPair[] = [];
  const text = readFileSync(join(dataDir, 'gazetteers/anetac/EN-AR_Named-entities.txt'), 'utf8');
  for (const line of text.split('\n')) {
    const [tag, en, ar] = line.trim().split(' ');
    const cls = ANETAC_CLASS[tag ?? ''];
    if (cls) out.push({ cls, en: en ?? '', ar: ar ?? '' });
  }
  return out;
}

const ANERGAZET_FILE: Readonly<Record<NameClass, string>> = {
  PER: 'AlignedPersGazetteer.txt',
  LOC: 'AlignedLocGazetteer.txt',
  ORG: 'AlignedOrgGazetteer.txt',
};

/**
 * The entries of one ANERGazet list, trimmed, without blank lines and `====` separators.
 * @example anergazet('/work/shared/data', 'LOC').includes('القاهرة')
 */
export function anergazet(dataDir: string, cls: NameClass): string[] {
  return readFileSync(join(dataDir, 'gazetteers/anergazet', ANERGAZET_FILE[cls]), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^[=*]+$/.test(l));
}

/** A GeoNames city with its Arabic-script names. */
export interface ArabicCity {
  capital: boolean;
  names: string[];
}

/**
 * GeoNames cities ≥ 15,000 people with their Arabic-script names (the derived table; header skipped).
 * @example arabicCityNames('/work/shared/data').find((c) => c.capital)
 */
export function arabicCityNames(dataDir: string): ArabicCity[] {
  const path = join(dataDir, 'gazetteers/geonames-cities15000/cities15000.arabic-script.tsv');
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => {
      const cols = line.split('\t');
      return { capital: cols[4] === 'PPLC', names: (cols[9] ?? '').split('|') };
    });
}
