// Readers of the name lists in ../shared/data that the NER gazetteers and name-likeness model and the ingest knowledge
// base are compiled from: each source is read here once, the same way for every compiler.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvRecords, tsvRows } from './delimited.js';

/**
 * The shared data folder: `$SHABAKA_DATA`, else `shared/data` beside the checkout.
 * @example defaultDataDir() // /work/shared/data
 */
export function defaultDataDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return process.env['SHABAKA_DATA'] ?? resolve(here, '../../../../shared/data');
}

const readText = (dataDir: string, path: string): string => readFileSync(join(dataDir, path), 'utf8');

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
  for (const { tag, en, ar } of anetacLines(dataDir)) {
    const cls = ANETAC_CLASS[tag];
    if (cls) out.push({ cls, en, ar });
  }
  return out;
}

/**
 * Every line of ANETAC as tag, English and Arabic words ('' where a line lacks one), whatever its tag.
 * @example anetacLines('/work/shared/data').filter((l) => l.en && l.ar)
 */
export function anetacLines(dataDir: string): { tag: string; en: string; ar: string }[] {
  return readText(dataDir, 'gazetteers/anetac/EN-AR_Named-entities.txt')
    .split('\n')
    .map((line) => {
      const [tag, en, ar] = line.trim().split(' ');
      return { tag: tag ?? '', en: en ?? '', ar: ar ?? '' };
    });
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
  return readText(dataDir, join('gazetteers/anergazet', ANERGAZET_FILE[cls]))
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
  return geonamesArabicRows(dataDir).map((cols) => ({
    capital: cols[4] === 'PPLC',
    names: (cols[9] ?? '').split('|'),
  }));
}

/**
 * The rows of GeoNames cities ≥ 15,000 people with Arabic-script names (the derived table, header skipped): id, name,
 * ASCII name, country code, feature code, …, population (6), …, Arabic names joined by `|` (9).
 * @example geonamesArabicRows('/work/shared/data')[0]?.[3] // 'AD'
 */
export function geonamesArabicRows(dataDir: string): string[][] {
  return tsvRows(readText(dataDir, 'gazetteers/geonames-cities15000/cities15000.arabic-script.tsv'));
}

/**
 * The country-codes table (ISO 3166, UN, CLDR names in English and Arabic, capital, GeoNames and Wikidata ids).
 * @example countryCodes('/work/shared/data').find((c) => c['ISO3166-1-Alpha-2'] === 'TR')?.['official_name_ar']
 */
export function countryCodes(dataDir: string): Record<string, string>[] {
  return csvRecords(readText(dataDir, 'gazetteers/country-codes/country-codes.csv'));
}

/** One nationality: the country's ISO code, the English and the Arabic (masculine singular) demonym. */
export interface Nationality {
  iso: string;
  en: string;
  ar: string;
}

/**
 * The laravel nationalities list.
 * @example nationalities('/work/shared/data').find((n) => n.iso === 'TR') // { iso: 'TR', en: 'Turkish', ar: 'تركي' }
 */
export function nationalities(dataDir: string): Nationality[] {
  return tsvRows(readText(dataDir, 'gazetteers-multilingual/laravel-nationalities/nationalities.tsv')).map(
    ([iso, en, ar]) => ({ iso: iso ?? '', en: en ?? '', ar: ar ?? '' }),
  );
}

/**
 * EveryPolitician's Wikidata lists: heads of state and government (officeholder, officeholderLabel, countryid,
 * positionLabel, …) and foreign ministers (person, name, country, …).
 * @example politicians('/work/shared/data').heads[0]?.['officeholderLabel']
 */
export function politicians(dataDir: string): {
  heads: Record<string, string>[];
  foreignMinisters: Record<string, string>[];
} {
  const dir = 'gazetteers-multilingual/everypolitician-wikidata';
  return {
    heads: csvRecords(readText(dataDir, `${dir}/heads-of-state-government.wikidata.csv`)),
    foreignMinisters: csvRecords(readText(dataDir, `${dir}/foreign-ministers.wikidata.csv`)),
  };
}
