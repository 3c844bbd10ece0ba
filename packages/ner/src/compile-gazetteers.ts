// Compiles our Arabic and English gazetteers from the name lists in shared/data (see MODEL_CARD.md for licences).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { matchKey } from '@shabaka/text';
import { readConll } from './conll.js';
import {
  anergazet,
  anetacPairs,
  arabicCityNames,
  countryCodes,
  nationalities,
  politicians,
} from '@shabaka/data-sources';
import type { GazetteerData } from './gazetteer.js';
import { spansFromTags } from './labels.js';
import { gazetteerPath } from './paths.js';

export const GAZETTEER_VERSION = 'gaz-1';

/** Words that are never names on their own, so single-word entries equal to them are dropped. */
const STOP_AR = new Set(
  'في من على إلى الى عن مع أن ان إن هذا هذه ذلك التي الذي كان قد لا ما لم بعد قبل عند بين حول كل أو او ثم حتى غير منذ خلال تحويل عام جديد'
    .split(' ')
    .map(matchKey),
);
const STOP_EN = new Set(
  'the of and a an in on at to for by from with as is was be it this that he she they we you i or not but are were has have had will may can new city county district province state river north south east west university club party'.split(
    ' ',
  ),
);

/** Splits a name into tokens the way the tokenizer does: words and single punctuation marks. */
export function phraseTokens(name: string): string[] {
  return name.match(/[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu) ?? [];
}

/**
 * The lookup key of a single token: the Arabic matching key, or lower-case for Latin script.
 * @example tokenKey('Ankara', 'en') // 'ankara'
 */
export function tokenKey(token: string, lang: 'ar' | 'en'): string {
  return lang === 'ar' ? matchKey(token) : token.toLowerCase();
}

class Builder {
  readonly entries = new Map<string, Set<string>>();
  /** keys too common outside names to stand alone as a single-word entry */
  common = new Set<string>();
  constructor(readonly lang: 'ar' | 'en') {}
  add(category: string, name: string | undefined | null): void {
    if (!name) return;
    const tokens = phraseTokens(name.trim());
    if (tokens.length === 0 || tokens.length > 8) return;
    const keys = tokens.map((t) => tokenKey(t, this.lang));
    const stop = this.lang === 'ar' ? STOP_AR : STOP_EN;
    if (keys.length === 1 && ((keys[0] ?? '').length < 2 || stop.has(keys[0] ?? '') || this.common.has(keys[0] ?? '')))
      return;
    if (keys.every((k) => stop.has(k) || /^[^\p{L}]+$/u.test(k))) return;
    let set = this.entries.get(category);
    if (!set) this.entries.set(category, (set = new Set()));
    set.add(keys.join(' '));
  }
  build(sources: string[]): GazetteerData {
    const entries: Record<string, string[]> = {};
    for (const [cat, set] of [...this.entries].sort(([a], [b]) => a.localeCompare(b))) entries[cat] = [...set].sort();
    return { version: GAZETTEER_VERSION, lang: this.lang, sources, entries };
  }
}

interface MledozeCountry {
  name: { common: string; official: string };
  capital?: string[];
  altSpellings?: string[];
  demonyms?: Record<string, { f: string; m: string }>;
  translations?: Record<string, { common: string; official: string }>;
}

/** Keys seen outside entities at least 3 times and more than twice as often as inside one. */
function commonWords(lang: 'ar' | 'en', paths: string[]): Set<string> {
  const outside = new Map<string, number>();
  const inside = new Map<string, number>();
  for (const path of paths)
    for (const s of readConll(path))
      s.tokens.forEach((t, i) => {
        const m = s.tags[i] === 'O' ? outside : inside;
        const k = tokenKey(t, lang);
        m.set(k, (m.get(k) ?? 0) + 1);
      });
  const out = new Set<string>();
  for (const [k, n] of outside) if (n >= 3 && n > 2 * (inside.get(k) ?? 0)) out.add(k);
  return out;
}

function addEntitiesFromCorpus(b: Builder, path: string): void {
  for (const s of readConll(path)) {
    for (const span of spansFromTags(s.tags)) {
      const words = s.tokens.slice(span.start, span.end);
      if (span.cls === 'MISC' || words.some((w) => /[()]/.test(w))) continue;
      b.add(`${span.cls}.name`, words.join(' '));
      if (span.cls === 'PER') for (const w of words) b.add('PER.word', w);
      else if (words.length > 1) b.add(`${span.cls}.head`, words[0]);
    }
  }
}

/**
 * Builds both gazetteers from `dataDir` (the shared/data folder).
 * @example const { ar, en } = compileGazetteers('/work/shared/data');
 */
export function compileGazetteers(dataDir: string): { ar: GazetteerData; en: GazetteerData } {
  const ar = new Builder('ar');
  const en = new Builder('en');
  const p = (...parts: string[]): string => join(dataDir, ...parts);
  // Silver Wikipedia labels tell which words are common outside names (no test data is read here).
  ar.common = commonWords('ar', [p('wikiann-ar/train.tsv'), p('wikiann-ar/dev.tsv')]);
  en.common = commonWords('en', [p('wikiann-en/train'), p('wikiann-en/dev')]);

  const arCountry = (name: string | undefined): void => {
    if (!name) return;
    ar.add('LOC.country', name);
    // Levantine/Egyptian press writes سورية, ليبيا/ليبيه alike: accept the taa-marbuta spelling of -يا names.
    // The variant is also a feminine demonym (سورية "Syrian"), so it gets its own category for the model to weigh.
    if (/يا$/.test(name)) ar.add('LOC.country-variant', `${name.slice(0, -1)}ة`);
  };
  for (const row of countryCodes(dataDir)) {
    for (const k of ['official_name_ar', 'UNTERM Arabic Short', 'UNTERM Arabic Formal']) arCountry(row[k]);
    for (const k of ['official_name_en', 'CLDR display name', 'UNTERM English Short']) en.add('LOC.country', row[k]);
    en.add('LOC.capital', row['Capital']);
  }
  const countries = JSON.parse(
    readFileSync(p('gazetteers-multilingual/mledoze-countries/countries.json'), 'utf8'),
  ) as MledozeCountry[];
  for (const c of countries) {
    arCountry(c.translations?.['ara']?.common);
    arCountry(c.translations?.['ara']?.official);
    en.add('LOC.country', c.name.common);
    en.add('LOC.country', c.name.official);
    for (const alt of c.altSpellings ?? []) if (alt.length > 3) en.add('LOC.country', alt);
    for (const cap of c.capital ?? []) en.add('LOC.capital', cap);
    const dem = c.demonyms?.['eng'];
    for (const form of [dem?.m, dem?.f]) en.add('DEMONYM', form);
  }
  for (const { en: nEn, ar: nAr } of nationalities(dataDir)) {
    en.add('DEMONYM', nEn);
    if (nAr) for (const form of [nAr, `${nAr}ة`, `${nAr}ون`, `${nAr}ين`]) ar.add('DEMONYM', form);
  }
  for (const city of arabicCityNames(dataDir))
    for (const name of city.names) ar.add(city.capital ? 'LOC.capital' : 'LOC.city', name);
  const cities = execFileSync(
    'unzip',
    ['-p', p('gazetteers/geonames-cities15000/cities15000.zip'), 'cities15000.txt'],
    {
      maxBuffer: 64 << 20,
    },
  ).toString('utf8');
  for (const line of cities.split('\n')) {
    const cols = line.split('\t');
    const cat = cols[7] === 'PPLC' ? 'LOC.capital' : 'LOC.city';
    en.add(cat, cols[1]);
    if (cols[2] !== cols[1]) en.add(cat, cols[2]);
  }
  for (const lang of ['ar', 'en'] as const) {
    const json = JSON.parse(
      readFileSync(p(`gazetteers-multilingual/cldr-v37-timezone-cities/${lang}.timeZoneNames.json`), 'utf8'),
    );
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
        if (k === 'exemplarCity' && typeof v === 'string') (lang === 'ar' ? ar : en).add('LOC.city', v);
        else walk(v);
      }
    };
    walk(json);
  }
  for (const cls of ['LOC', 'ORG', 'PER'] as const) for (const w of anergazet(dataDir, cls)) ar.add(`${cls}.gazet`, w);
  for (const { cls, en: eng, ar: arb } of anetacPairs(dataDir)) {
    ar.add(`${cls}.translit`, arb);
    en.add(`${cls}.translit`, eng);
  }
  const { heads, foreignMinisters } = politicians(dataDir);
  for (const row of heads) en.add('PER.name', row['officeholderLabel']);
  for (const row of foreignMinisters) en.add('PER.name', row['name']);
  addEntitiesFromCorpus(ar, p('wikiann-ar/train.tsv'));
  addEntitiesFromCorpus(en, p('wikiann-en/train'));

  const common = [
    'gazetteers/country-codes (ODC-PDDL-1.0)',
    'gazetteers-multilingual/mledoze-countries (ODbL-1.0)',
    'gazetteers-multilingual/laravel-nationalities (MIT)',
    'gazetteers/geonames-cities15000 (CC BY 4.0, GeoNames)',
    'gazetteers-multilingual/cldr-v37-timezone-cities (Unicode licence)',
    'gazetteers/anetac (freely accessible, cite Hadj Ameur et al. 2019)',
  ];
  return {
    ar: ar.build([
      ...common,
      'gazetteers/anergazet (research use, Benajiba 2007)',
      'wikiann-ar train entities (CC BY-SA text)',
    ]),
    en: en.build([...common, 'everypolitician-wikidata (CC0 Wikidata)', 'wikiann-en train entities (CC BY-SA text)']),
  };
}

/**
 * Writes one language's compiled gazetteer (gzip level 9, so the same lists give the same bytes) and returns the
 * version and sha256 a model records of the gazetteer it was trained with.
 * @example writeGazetteer('ar', compileGazetteers(dataDir).ar).sha256
 */
export function writeGazetteer(lang: 'ar' | 'en', data: GazetteerData): { version: string; sha256: string } {
  const gz = gzipSync(JSON.stringify(data), { level: 9 });
  mkdirSync(dirname(gazetteerPath(lang)), { recursive: true });
  writeFileSync(gazetteerPath(lang), gz);
  return { version: data.version, sha256: createHash('sha256').update(gz).digest('hex') };
}
