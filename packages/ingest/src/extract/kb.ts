// The linking knowledge base in memory: phrase index over matchKeys, demonyms, and lookups by surface form.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchKey, stripArticle } from '@shabaka/text';
import { ShabakaError } from '@shabaka/schema';
import type { EntitySubtype, EntityType } from '@shabaka/schema';
import { personKey } from '../romanise/person-key.js';
import type { KbCity, KbCountry, KbOrganization, KbPerson, KbPlace } from './kb-types.js';

/** What a surface form links to. `key` is the canonical key passed to `entityId`. */
export interface LinkTarget {
  key: string;
  kind: 'country' | 'city' | 'region' | 'person' | 'org';
  type: EntityType;
  subtype?: EntitySubtype | undefined;
  nameEn: string;
  nameAr?: string | undefined;
  wikidata?: string | undefined;
  iso?: string | undefined;
  /** ISO code of the country a city, person or organisation belongs to. */
  country?: string | undefined;
  /** English role key of a known office holder ('president', 'foreign minister', …). */
  role?: string | undefined;
  /** Rank among same-named targets (population for cities). */
  weight: number;
  /** Coordinates of a city (GeoNames) or a country's representative point (mledoze/countries). */
  lat?: number | undefined;
  lon?: number | undefined;
}

/**
 * How a phrase names its target. `short` names need the full name earlier in the document; `admin`
 * (provincial seats) need their country in the document; `weak` (small places) need a place head before them.
 */
export type PhraseKind = 'name' | 'demonym' | 'short' | 'weak' | 'admin';

export interface PhraseEntry {
  /** matchKeys of the tokens after the first. */
  rest: readonly string[];
  target: LinkTarget;
  kind: PhraseKind;
  /** Latin acronyms must match case too ('WHO' is not 'who'). */
  exact?: string | undefined;
  /** Another reading of the same words (عمان: Oman the country, Amman the city). */
  alt?: LinkTarget | undefined;
  /** Every spelling starts with ال (العراق، الكاميرون): a bare كاميرون is a surname, not the country. */
  article: boolean;
}

export interface Kb {
  /** First-token key (article stripped) → phrases starting with it. */
  readonly phrases: ReadonlyMap<string, readonly PhraseEntry[]>;
  readonly maxPhraseLength: number;
  /** Whole-phrase key (article stripped) → best target, for NER mentions. */
  lookup(surface: string): { target: LinkTarget; kind: PhraseKind } | undefined;
  /** Country by ISO code. */
  country(iso: string): LinkTarget | undefined;
  /** Arabic word (matchKey) → Latin spelling, from ANETAC. */
  readonly translit: ReadonlyMap<string, string>;
  /** Arabic person-name words (ANERGazet), matchKeys. */
  readonly nameWords: ReadonlySet<string>;
  /** First tokens known to the KB (for the clitic splitter's `isKnown`). */
  readonly known: ReadonlySet<string>;
  /** `known.has` as a stable function (the tokeniser caches per function). */
  readonly isKnown: (key: string) => boolean;
  /**
   * Known people by `personKey` of their English name, also without a trailing family name (Faisal bin Farhan for
   * Faisal bin Farhan Al Saud): an unlinked name whose romanisation folds to one of these is that person.
   */
  readonly personByKey: ReadonlyMap<string, LinkTarget>;
}

const kbDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../kb');

function readJson<T>(name: string): T {
  try {
    return JSON.parse(readFileSync(resolve(kbDir, name), 'utf8')) as T;
  } catch (cause) {
    throw new ShabakaError('MODEL_MISSING', `ingest: cannot read the linking knowledge base file kb/${name}`, {
      hint: 'run `pnpm --filter @shabaka/ingest build:kb`',
      cause,
    });
  }
}

/** Arabic nisba forms of a demonym stem: تركي → تركي، التركي، تركية، التركية، تركيين، الأتراك is not derivable. */
function nisbaForms(base: string): string[] {
  const k = matchKey(base);
  const forms = [k, `${k}ه`, `${k}ين`, `${k}ون`, `${k}ان`, `${k}تان`];
  return [...forms, ...forms.map((f) => `ال${f}`)];
}

/** English names: keep acronyms (all caps, ≤ 5 letters) case-sensitive. */
function isAcronym(s: string): boolean {
  return /^[A-Z.]{1,6}$/.test(s.replace(/\./g, '')) && s.replace(/\./g, '').length <= 5;
}

class KbBuilder {
  readonly phrases = new Map<string, PhraseEntry[]>();
  readonly whole = new Map<string, { target: LinkTarget; kind: PhraseKind }>();
  maxPhraseLength = 1;

  add(surface: string, target: LinkTarget, kind: PhraseKind): void {
    const key = matchKey(surface.replace(/[«»"()]/g, ' '));
    if (!key || key.length < 2) return;
    const words = key.split(' ');
    const first = stripArticle(words[0] ?? '');
    if (!first) return;
    const rest = words.slice(1);
    const exact = isAcronym(surface) ? surface : undefined;
    const article = first !== words[0];
    const list = this.phrases.get(first) ?? [];
    const dup = list.find((e) => e.rest.join(' ') === rest.join(' '));
    if (dup) {
      // Same phrase: prefer real names over demonyms, then the heavier target (bigger city, country over city).
      const rank = (e: { kind: PhraseKind; target: LinkTarget }): number =>
        (e.kind === 'name' ? 2 : e.kind === 'demonym' ? 1 : 0) * 1e12 + e.target.weight;
      if (rank({ kind, target }) > rank(dup)) {
        const alt = dup.target.kind !== target.kind ? dup.target : dup.alt;
        list.splice(list.indexOf(dup), 1, { rest, target, kind, exact, alt, article: article && dup.article });
      } else if (dup.target.kind !== target.kind && (!dup.alt || dup.alt.weight < target.weight)) dup.alt = target;
      dup.article &&= article;
    } else list.push({ rest, target, kind, exact, article });
    this.phrases.set(first, list);
    this.maxPhraseLength = Math.max(this.maxPhraseLength, words.length);
    const wholeKey = [first, ...rest].join(' ');
    const prev = this.whole.get(wholeKey);
    if (
      !prev ||
      (prev.kind !== 'name' && kind === 'name') ||
      (prev.kind === kind && prev.target.weight < target.weight)
    ) {
      this.whole.set(wholeKey, { target, kind });
    }
  }
}

/** Everyday words that are also the Arabic name of some city: never linked on their own. */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  [
    'مدينة',
    'جديدة',
    'نصر',
    'سلام',
    'أمل',
    'وحدة',
    'حرية',
    'شرق',
    'غرب',
    'شمال',
    'جنوب',
    'عاصمة',
    'ميدان',
    'ساحل',
    'مركز',
    'ولايات',
    'حياة',
    'بيان',
    'خليج',
    'ثورة',
    'فجر',
    'منار',
  ].map(matchKey),
);

/** A target for an entry of our curated lists (regions, organisations): QID when known, else its English name. */
function curatedTarget(
  kind: 'region' | 'org',
  type: EntityType,
  e: { en: string; ar: string[]; subtype: EntitySubtype; wikidata?: string | undefined; country?: string | undefined },
  weight: number,
): LinkTarget {
  return {
    key: e.wikidata ? `wd:${e.wikidata}` : `name:${matchKey(e.en)}`,
    kind,
    type,
    subtype: e.subtype,
    nameEn: e.en,
    nameAr: e.ar[0],
    wikidata: e.wikidata,
    country: e.country,
    weight,
  };
}

function build(): Kb {
  const b = new KbBuilder();
  const countries = readJson<KbCountry[]>('countries.json');
  const mledoze =
    readJson<Record<string, { ar: string[]; en: string[]; demonymsEn: string[]; latlng?: number[] }>>(
      'odbl/mledoze-countries.json',
    );
  const byIso = new Map<string, LinkTarget>();
  for (const c of countries) {
    const t: LinkTarget = {
      key: `iso:${c.iso}`,
      kind: 'country',
      type: 'LOCATION',
      subtype: 'COUNTRY',
      nameEn: c.nameEn,
      nameAr: c.nameAr,
      wikidata: c.wikidata,
      iso: c.iso,
      country: c.iso,
      weight: 1e10,
      lat: mledoze[c.iso]?.latlng?.[0],
      lon: mledoze[c.iso]?.latlng?.[1],
    };
    byIso.set(c.iso, t);
    const m = mledoze[c.iso];
    for (const n of [c.nameAr, ...c.aliasesAr, ...(m?.ar ?? [])]) b.add(n, t, 'name');
    for (const n of [c.nameEn, ...c.aliasesEn, ...(m?.en ?? [])]) b.add(n, t, 'name');
    for (const d of c.demonymsAr) for (const f of nisbaForms(d)) b.add(f, t, 'demonym');
    for (const d of c.demonymsEn) b.add(d, t, 'demonym');
  }
  // Borrowed demonyms go last: a tie keeps the first, so "Indian" stays India's, not the British Indian Ocean Territory's.
  for (const c of countries) {
    const t = byIso.get(c.iso);
    for (const d of mledoze[c.iso]?.demonymsEn ?? []) if (t) b.add(d, t, 'demonym');
  }
  for (const city of readJson<KbCity[]>('cc-by/geonames-cities.json')) {
    const t: LinkTarget = {
      key: `geonames:${city.geonames}`,
      kind: 'city',
      type: 'LOCATION',
      subtype: 'CITY',
      nameEn: city.nameEn,
      nameAr: city.ar[0],
      country: city.country,
      weight: city.population + (city.capital ? 1e9 : 0),
      lat: city.lat,
      lon: city.lon,
    };
    // Small places with everyday-word names only link when the text marks them as places.
    const kind: PhraseKind = city.capital || city.population >= 1_000_000 ? 'name' : city.admin ? 'admin' : 'weak';
    for (const n of city.ar)
      if (matchKey(n).length >= 3 && !COMMON_WORDS.has(stripArticle(matchKey(n)))) b.add(n, t, kind);
    b.add(city.nameEn, t, kind);
  }
  for (const p of readJson<KbPlace[]>('places.json')) {
    const t = curatedTarget('region', 'LOCATION', p, 1e9);
    for (const n of [...p.ar, p.en, ...(p.enAliases ?? [])]) b.add(n, t, 'name');
  }
  const personByKey = new Map<string, LinkTarget>();
  for (const p of readJson<KbPerson[]>('people.json')) {
    const t: LinkTarget = {
      key: p.wikidata ? `wd:${p.wikidata}` : `name:${matchKey(p.nameEn)}`,
      kind: 'person',
      type: 'PERSON',
      nameEn: p.nameEn,
      nameAr: p.ar[0],
      wikidata: p.wikidata,
      country: p.country,
      role: p.role,
      weight: p.generatedAr ? 1 : 10,
    };
    for (const n of p.ar) b.add(n, t, p.generatedAr ? 'weak' : 'name');
    b.add(p.nameEn, t, 'name');
    for (const s of p.short) b.add(s, t, matchKey(s).startsWith('ال') || /^[A-Z]/.test(s) ? 'short' : 'name');
    for (const n of [p.nameEn, p.nameEn.replace(FAMILY_SUFFIX, '')]) {
      const k = personKey(n);
      // Two known people folding to one key stay unlinked by it: the key would have to pick one.
      const other = personByKey.get(k);
      personByKey.set(k, other && other.key !== t.key ? { ...other, weight: -1 } : t);
    }
  }
  for (const o of readJson<KbOrganization[]>('organizations.json')) {
    const t = curatedTarget('org', 'ORGANIZATION', o, 1e11);
    for (const n of [...o.ar, o.en, ...(o.enAliases ?? [])]) if (n.length > 1) b.add(n, t, 'name');
    for (const a of o.adjAr ?? []) for (const f of nisbaForms(a)) b.add(f, t, 'demonym');
  }
  const translit = new Map<string, string>();
  try {
    const raw = JSON.parse(gunzipSync(readFileSync(resolve(kbDir, 'anetac-ar-en.json.gz'))).toString('utf8')) as Record<
      string,
      string
    >;
    for (const [ar, en] of Object.entries(raw)) {
      const k = matchKey(ar);
      if (!translit.has(k)) translit.set(k, en);
    }
  } catch (cause) {
    throw new ShabakaError('MODEL_MISSING', 'ingest: cannot read kb/anetac-ar-en.json.gz', {
      hint: 'run `pnpm --filter @shabaka/ingest build:kb`',
      cause,
    });
  }
  const whole = b.whole;
  const known = new Set(b.phrases.keys());
  return {
    phrases: b.phrases,
    maxPhraseLength: Math.min(b.maxPhraseLength, 8),
    lookup(surface: string) {
      const words = matchKey(surface.replace(/[«»"]/g, ' ')).split(' ');
      words[0] = stripArticle(words[0] ?? '');
      return whole.get(words.join(' '));
    },
    country: (iso) => byIso.get(iso),
    translit,
    nameWords: new Set(readJson<string[]>('anergazet-person-words.json').map(matchKey)),
    known,
    isKnown: (key) => known.has(key),
    personByKey: new Map([...personByKey].filter(([, t]) => t.weight >= 0)),
  };
}

/** A Gulf ruling family's name after a given name and patronyms: "… Al Saud", "… Al Thani". */
const FAMILY_SUFFIX = /\s+Al[\s-][A-Z][a-z]+$/;

let cached: Kb | undefined;

/**
 * The knowledge base, loaded once per process from packages/ingest/kb.
 * @example loadKb().country('TR')?.nameEn // 'Turkey'
 */
export function loadKb(): Kb {
  cached ??= build();
  return cached;
}
