// Compiles the linking knowledge base (packages/ingest/kb/*) from ../shared/data gazetteers and our curated lists.
// Run: pnpm --filter @shabaka/ingest build:kb [--data /path/to/shared/data]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  anergazet,
  anetacLines,
  countryCodes,
  geonamesArabicRows,
  nationalities,
  politicians,
} from '@shabaka/data-sources';
import type { KbCity, KbCountry, KbOrganization, KbPerson, KbPlace } from '../src/extract/kb-types.js';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = resolve(here, '../kb');
const argData = process.argv.indexOf('--data');
const dataDir = resolve(argData > 0 ? (process.argv[argData + 1] ?? '') : resolve(here, '../../../../shared/data'));

const read = (p: string): string => readFileSync(join(dataDir, p), 'utf8');
const qidOf = (url: string): string | undefined => /Q\d+/.exec(url)?.[0];
const uniq = (xs: readonly (string | undefined)[]): string[] => [
  ...new Set(xs.filter((x): x is string => !!x && x.trim() !== '').map((x) => x.trim())),
];

// Spellings the Arabic press uses that the registries lack (ours, MIT).
const COUNTRY_ALIASES_AR: Record<string, string[]> = {
  US: ['الولايات المتحدة', 'أميركا', 'أمريكا', 'الولايات المتحدة الأميركية'],
  GB: ['بريطانيا', 'المملكة المتحدة'],
  RU: ['روسيا', 'روسيا الاتحادية'],
  SY: ['سوريا'],
  PS: ['فلسطين'],
  KR: ['كوريا الجنوبية'],
  KP: ['كوريا الشمالية'],
  IR: ['إيران'],
  NL: ['هولندا'],
  CN: ['الصين'],
  AE: ['الإمارات'],
  SA: ['السعودية'],
  TR: ['تركيا'],
  CZ: ['التشيك'],
  VA: ['الفاتيكان'],
};
const DEMONYM_AR_EXTRA: Record<string, string[]> = {
  US: ['أميركي', 'أمريكي'],
  GB: ['بريطاني'],
  RU: ['روسي'],
  UA: ['أوكراني'],
  IL: ['إسرائيلي'],
  PS: ['فلسطيني'],
  SA: ['سعودي'],
  AE: ['إماراتي'],
  EU: [],
};
const COUNTRY_ALIASES_EN: Record<string, string[]> = {
  US: ['United States', 'U.S.', 'US', 'USA', 'America'],
  GB: ['Britain', 'United Kingdom', 'UK', 'U.K.'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  RU: ['Russia'],
  SY: ['Syria'],
  IR: ['Iran'],
  KR: ['South Korea'],
  KP: ['North Korea'],
};

function buildCountries(): KbCountry[] {
  const codes = countryCodes(dataDir);
  const nats = nationalities(dataDir);
  const out: KbCountry[] = [];
  for (const c of codes) {
    const iso = c['ISO3166-1-Alpha-2'];
    const nameEn = c['CLDR display name'] || c['official_name_en'];
    if (!iso || !nameEn || !c['official_name_ar']) continue;
    const displayEn = COUNTRY_ALIASES_EN[iso]?.[0] === 'United States' ? 'United States' : nameEn;
    const nat = nats.filter((n) => n.iso === iso);
    out.push({
      iso,
      nameEn: iso === 'TR' ? 'Turkey' : iso === 'GB' ? 'United Kingdom' : displayEn,
      nameAr: COUNTRY_ALIASES_AR[iso]?.[0] ?? c['official_name_ar'],
      wikidata: qidOf(c['wikidata_id'] ?? ''),
      geonames: c['Geoname ID'] || undefined,
      capitalEn: c['Capital'] || undefined,
      aliasesAr: uniq([
        c['official_name_ar'],
        c['UNTERM Arabic Short']?.replace(/\s*\*$/, ''),
        ...(COUNTRY_ALIASES_AR[iso] ?? []),
      ]),
      aliasesEn: uniq([nameEn, c['official_name_en'], ...(COUNTRY_ALIASES_EN[iso] ?? [])]),
      demonymsAr: uniq([...nat.map((n) => n.ar), ...(DEMONYM_AR_EXTRA[iso] ?? [])]),
      demonymsEn: uniq(nat.map((n) => n.en)),
    });
  }
  return out;
}

/** mledoze/countries (ODbL): Arabic common/official names and English demonyms, kept in their own file. */
function buildMledoze(): Record<string, { ar: string[]; en: string[]; demonymsEn: string[]; latlng?: number[] }> {
  interface M {
    cca2: string;
    name: { common: string; official: string };
    altSpellings?: string[];
    translations?: { ara?: { common?: string; official?: string } };
    demonyms?: { eng?: { m?: string; f?: string } };
    latlng?: number[];
  }
  const list = JSON.parse(read('gazetteers-multilingual/mledoze-countries/countries.json')) as M[];
  const out: Record<string, { ar: string[]; en: string[]; demonymsEn: string[]; latlng?: number[] }> = {};
  for (const m of list) {
    out[m.cca2] = {
      ar: uniq([m.translations?.ara?.common, m.translations?.ara?.official]),
      en: uniq([m.name.common, m.name.official]),
      demonymsEn: uniq([m.demonyms?.eng?.m, m.demonyms?.eng?.f]),
      // The country's representative point, for maps.
      ...(m.latlng?.length === 2 ? { latlng: m.latlng } : {}),
    };
  }
  return out;
}

/** GeoNames cities with Arabic names: all administrative seats and places of ≥ 50k people. */
function buildCities(countries: KbCountry[]): KbCity[] {
  const capitals = new Map(countries.map((c) => [c.iso, c.capitalEn?.toLowerCase()]));
  const out: KbCity[] = [];
  for (const f of geonamesArabicRows(dataDir)) {
    const [id, name, ascii, cc, fc, , pop, lat, lon, arNames] = f;
    if (!id || !name || !cc || !fc || !arNames) continue;
    const population = Number(pop);
    const isCapital =
      fc === 'PPLC' || capitals.get(cc) === name.toLowerCase() || capitals.get(cc) === ascii?.toLowerCase();
    if (!isCapital && !fc.startsWith('PPLA') && population < 50000) continue;
    // First-order administrative seats (provincial capitals) are names news uses on their own.
    out.push({
      geonames: id,
      nameEn: ascii && /^[\x20-\x7e]+$/.test(ascii) ? ascii : name,
      ar: uniq(arNames.split('|')),
      country: cc,
      population,
      lat: Number(lat),
      lon: Number(lon),
      capital: isCapital || undefined,
      admin: fc === 'PPLA' || undefined,
    });
  }
  return out;
}

function buildPeople(translit: Map<string, string>): KbPerson[] {
  const curated = (
    JSON.parse(readFileSync(join(here, 'curated/people.json'), 'utf8')) as {
      people: {
        en: string;
        ar: string[];
        short?: string[];
        country?: string;
        org?: string;
        role: string;
        wikidata?: string;
        former?: boolean;
      }[];
    }
  ).people;
  const { heads, foreignMinisters: fms } = politicians(dataDir);
  const codes = countryCodes(dataDir);
  const isoByQid = new Map(codes.map((c) => [qidOf(c['wikidata_id'] ?? ''), c['ISO3166-1-Alpha-2'] ?? '']));
  const fold = (s: string): string =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const byName = new Map<string, KbPerson>();
  for (const p of curated) {
    byName.set(fold(p.en), {
      nameEn: p.en,
      ar: p.ar,
      short: p.short ?? [],
      country: p.country,
      org: p.org,
      role: p.role,
      wikidata: p.wikidata,
      former: p.former,
    });
  }
  const addWd = (label: string, qid: string | undefined, countryQid: string | undefined, position: string): void => {
    if (!label || /^Q\d+$/.test(label)) return;
    const key = fold(label);
    const role = /foreign|external/i.test(position)
      ? 'foreign minister'
      : /prime minister/i.test(position)
        ? 'prime minister'
        : /king|queen|emir|sultan/i.test(position)
          ? 'king'
          : /president/i.test(position)
            ? 'president'
            : 'head of government';
    const existing = byName.get(key);
    if (existing) {
      existing.wikidata ??= qid;
      return;
    }
    // An Arabic spelling from ANETAC's single-word transliterations, when every word of the name has one.
    const words = fold(label)
      .replace(/[^a-z\s-]/g, '')
      .split(/[\s-]+/)
      .filter(Boolean);
    const arWords = words.map((w) => translit.get(w));
    const ar = arWords.every((w) => w) && words.length >= 2 ? [arWords.join(' ')] : [];
    byName.set(key, {
      nameEn: label,
      ar,
      short: [],
      country: isoByQid.get(countryQid) || undefined,
      role,
      wikidata: qid || undefined,
      generatedAr: ar.length > 0 || undefined,
    });
  };
  for (const h of heads)
    addWd(h['officeholderLabel'] ?? '', h['officeholder'], h['countryid'], h['positionLabel'] ?? '');
  for (const f of fms) addWd(f['name'] ?? '', f['person'], f['country'], 'foreign');
  return [...byName.values()];
}

/** ANETAC word pairs: Arabic → most frequent English spelling; English → most frequent Arabic spelling. */
function buildTranslit(): { arEn: Record<string, string>; enAr: Map<string, string> } {
  const counts = new Map<string, Map<string, number>>();
  const countsEn = new Map<string, Map<string, number>>();
  const bump = (m: Map<string, Map<string, number>>, k: string, v: string): void => {
    const inner = m.get(k) ?? new Map<string, number>();
    inner.set(v, (inner.get(v) ?? 0) + 1);
    m.set(k, inner);
  };
  for (const { en, ar } of anetacLines(dataDir)) {
    if (!en || !ar || !/^[\u0621-\u064a]+$/.test(ar)) continue;
    bump(counts, ar, en);
    bump(
      countsEn,
      en
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase(),
      ar,
    );
  }
  const best = (m: Map<string, number>): string =>
    [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
  const arEn: Record<string, string> = {};
  for (const [ar, m] of counts) arEn[ar] = best(m);
  const enAr = new Map<string, string>();
  for (const [en, m] of countsEn) enAr.set(en, best(m));
  return { arEn, enAr };
}

function main(): void {
  mkdirSync(join(kbDir, 'odbl'), { recursive: true });
  mkdirSync(join(kbDir, 'cc-by'), { recursive: true });
  const countries = buildCountries();
  const { arEn, enAr } = buildTranslit();
  const people = buildPeople(enAr);
  const organizations = (
    JSON.parse(readFileSync(join(here, 'curated/organizations.json'), 'utf8')) as { organizations: KbOrganization[] }
  ).organizations;
  const cities = buildCities(countries);
  const places = (JSON.parse(readFileSync(join(here, 'curated/places.json'), 'utf8')) as { places: KbPlace[] }).places;
  writeFileSync(join(kbDir, 'places.json'), `${JSON.stringify(places)}\n`);
  const json = (x: unknown): string => `${JSON.stringify(x)}\n`;
  writeFileSync(join(kbDir, 'countries.json'), json(countries));
  writeFileSync(join(kbDir, 'people.json'), json(people));
  writeFileSync(join(kbDir, 'organizations.json'), json(organizations));
  writeFileSync(join(kbDir, 'odbl/mledoze-countries.json'), json(buildMledoze()));
  writeFileSync(join(kbDir, 'cc-by/geonames-cities.json'), json(cities));
  writeFileSync(join(kbDir, 'anetac-ar-en.json.gz'), gzipSync(json(arEn), { level: 9 }));
  // ANERGazet person-name words: evidence that a word after a title is a name, not a verb or a noun.
  const nameWords = uniq(anergazet(dataDir, 'PER').flatMap((entry) => entry.split(/\s+/))).filter((w) =>
    /^[\u0621-\u064a]{2,}$/.test(w),
  );
  writeFileSync(join(kbDir, 'anergazet-person-words.json'), json(nameWords.sort()));
  process.stdout.write(
    `kb: ${countries.length} countries, ${cities.length} cities, ${people.length} people, ${organizations.length} organisations, ${Object.keys(arEn).length} transliterations\n`,
  );
}

main();
