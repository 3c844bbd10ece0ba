// Public API of @shabaka/data-sources: the one CSV/TSV reader and the readers of the ../shared/data name lists.
export { csvRecords, parseCsv, tsvRows } from './delimited.js';
export {
  anergazet,
  anetacLines,
  anetacPairs,
  arabicCityNames,
  countryCodes,
  defaultDataDir,
  geonamesArabicRows,
  nationalities,
  politicians,
} from './sources.js';
export type { ArabicCity, NameClass, Nationality, TransliterationPair } from './sources.js';
