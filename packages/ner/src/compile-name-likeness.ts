// Training words of the Arabic name-likeness model, from name lists and WikiANN-ar train only (never ANERcorp, so CV stays honest).
import { join } from 'node:path';
import { matchKey } from '@shabaka/text';
import { phraseTokens } from './compile-gazetteers.js';
import { readConll } from './conll.js';
import { anergazet, anetacPairs, arabicCityNames } from '@shabaka/data-sources';
import { trainNameLikeness, type NameLikenessData, type NameLikenessExample } from './name-likeness.js';

const CLASS_OF: Record<string, number> = { PER: 0, LOC: 1, ORG: 2 };
/** Arabic letters only: digits, Latin and punctuation say nothing about Arabic name shape. */
const ARABIC_WORD = /^[\u0621-\u064A]{2,}$/;

/**
 * Distinct (key, class) words: ANETAC transliterations, ANERGazet, GeoNames Arabic names, WikiANN-ar train entity
 * words (class of their span) and WikiANN-ar train words outside entities (ordinary words, class 3).
 * @example nameLikenessExamples('/work/shared/data').length > 50_000
 */
export function nameLikenessExamples(dataDir: string): NameLikenessExample[] {
  const out: NameLikenessExample[] = [];
  const add = (cls: number | undefined, name: string | undefined): void => {
    if (cls === undefined || !name) return;
    for (const t of phraseTokens(name)) {
      const key = matchKey(t);
      if (ARABIC_WORD.test(key)) out.push({ key, cls });
    }
  };
  const p = (...parts: string[]): string => join(dataDir, ...parts);
  for (const pair of anetacPairs(dataDir)) add(CLASS_OF[pair.cls], pair.ar);
  for (const cls of ['PER', 'LOC', 'ORG'] as const)
    for (const name of anergazet(dataDir, cls)) add(CLASS_OF[cls], name);
  for (const city of arabicCityNames(dataDir)) for (const name of city.names) add(1, name);
  for (const s of readConll(p('wikiann-ar/train.tsv')))
    s.tokens.forEach((t, i) => {
      const tag = s.tags[i] ?? 'O';
      add(tag === 'O' ? 3 : CLASS_OF[tag.slice(2)], t);
    });
  return out;
}

/** Sources recorded in the committed model. */
const SOURCES = [
  'gazetteers/anetac (freely accessible, cite Hadj Ameur et al. 2019)',
  'gazetteers/anergazet (research use, Benajiba 2007)',
  'gazetteers/geonames-cities15000 Arabic names (CC BY 4.0, GeoNames)',
  'wikiann-ar train words (CC BY-SA text)',
];

/**
 * Trains the Arabic name-likeness model from `dataDir` (deterministic: same data, same bytes).
 * @example const data = compileNameLikeness('/work/shared/data');
 */
export function compileNameLikeness(dataDir: string): NameLikenessData {
  return trainNameLikeness(nameLikenessExamples(dataDir), SOURCES);
}
