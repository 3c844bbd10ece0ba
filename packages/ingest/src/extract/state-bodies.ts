// State bodies named by a head noun, a domain and a jurisdiction (وزارة العدل السعودية، الجيش التركي،
// the Turkish Foreign Ministry): found as organisations, one entity per body and country in both languages.
import { matchKey } from '@shabaka/text';
import type { EntitySubtype } from '@shabaka/schema';
import { cleanSurface, tokenSpan } from './mention.js';
import type { LinkTarget } from './kb.js';
import type { Tok } from './doc-tokens.js';
import type { Mention } from './mention.js';

/**
 * How a head names a body: `domain` heads need a domain or an institutional adjective (وزارة العدل,
 * مجلس الوزراء, الهيئة العامة …); `sovereign` heads are a body with a country alone (الحكومة المصرية,
 * the Iraqi army) or with an institutional adjective (القوات المسلحة، الحرس الثوري).
 */
type HeadKind = 'domain' | 'sovereign';
interface Head {
  en: string;
  kind: HeadKind;
  /** Any definite noun after the indefinite head is its domain (وزارة + X is always "Ministry of X"). */
  openDomain?: boolean;
  /**
   * A nationality alone does not name it: "French police", القوات السورية tell a country's side (the
   * country is the actor), while شرطة كابل، القوات المسلحة، الشرطة الاتحادية name a body.
   */
  needsName?: boolean;
  /** Only an institutional adjective names it, not a domain. */
  needsAdjective?: boolean;
  subtype?: EntitySubtype;
}

const AR_HEADS: Record<string, Head> = {
  وزارة: { en: 'Ministry', kind: 'domain', openDomain: true },
  مجلس: { en: 'Council', kind: 'domain' },
  هيئة: { en: 'Authority', kind: 'domain' },
  لجنة: { en: 'Committee', kind: 'domain' },
  مؤسسة: { en: 'Organization', kind: 'domain' },
  وكالة: { en: 'Agency', kind: 'domain', subtype: 'MEDIA' },
  محكمة: { en: 'Court', kind: 'domain' },
  نيابة: { en: 'Prosecution', kind: 'domain' },
  حكومة: { en: 'Government', kind: 'sovereign' },
  جيش: { en: 'Army', kind: 'sovereign' },
  // قوات الأمن is any security force; القوات المسلحة، القوات الجوية name one.
  قوات: { en: 'Forces', kind: 'sovereign', needsName: true, needsAdjective: true },
  ديوان: { en: 'Diwan', kind: 'domain', openDomain: true },
  شرطة: { en: 'Police', kind: 'sovereign', needsName: true },
  برلمان: { en: 'Parliament', kind: 'sovereign' },
  رئاسة: { en: 'Presidency', kind: 'sovereign' },
  حرس: { en: 'Guard', kind: 'sovereign' },
  استخبارات: { en: 'Intelligence', kind: 'sovereign' },
  مخابرات: { en: 'Intelligence', kind: 'sovereign' },
  بحرية: { en: 'Navy', kind: 'sovereign' },
};

/** Domains of ministries, councils and authorities (the genitive or the object of ل). */
const AR_DOMAINS: Record<string, string> = {
  الخارجية: 'Foreign Affairs',
  الداخلية: 'Interior',
  العدل: 'Justice',
  الدفاع: 'Defense',
  الصحة: 'Health',
  العمل: 'Labor',
  المالية: 'Finance',
  التعليم: 'Education',
  التربية: 'Education',
  التجارة: 'Commerce',
  الصناعة: 'Industry',
  الاقتصاد: 'Economy',
  التخطيط: 'Planning',
  الإعلام: 'Information',
  الثقافة: 'Culture',
  النقل: 'Transport',
  الزراعة: 'Agriculture',
  الطاقة: 'Energy',
  النفط: 'Oil',
  المياه: 'Water',
  الكهرباء: 'Electricity',
  الإسكان: 'Housing',
  الأوقاف: 'Endowments',
  السياحة: 'Tourism',
  الاتصالات: 'Communications',
  البيئة: 'Environment',
  الشباب: 'Youth',
  الرياضة: 'Sports',
  الوزراء: 'Ministers',
  الشيوخ: 'Senate',
  النواب: 'Representatives',
  الشورى: 'Shura',
  الأمن: 'Security',
  الأمة: 'Nation',
  الشعب: 'People',
  القضاء: 'Judiciary',
  الأركان: 'Staff',
  الأنباء: 'News',
  الطيران: 'Aviation',
  التأمينات: 'Insurance',
  التراث: 'Heritage',
  الإغاثة: 'Relief',
  الحج: 'Hajj',
};

/** Institutional adjectives that keep a name going (العامة، الأعلى، الثوري، المسلحة …). */
const AR_ADJECTIVES: Record<string, string> = {
  العام: 'General',
  العامة: 'General',
  العليا: 'Supreme',
  الأعلى: 'Supreme',
  الوطني: 'National',
  الوطنية: 'National',
  الثوري: 'Revolutionary',
  الثورية: 'Revolutionary',
  المسلحة: 'Armed',
  الاتحادي: 'Federal',
  الاتحادية: 'Federal',
  المركزي: 'Central',
  المركزية: 'Central',
  الجوية: 'Air',
  البحرية: 'Naval',
  الجمهوري: 'Republican',
  الملكي: 'Royal',
  الملكية: 'Royal',
  الشعبية: 'Popular',
  المشتركة: 'Joint',
  الخاصة: 'Special',
  المدني: 'Civil',
  الاجتماعية: 'Social',
  الإسلامية: 'Islamic',
  الخارجية: 'Foreign',
  القومي: 'National',
  الإداري: 'Administrative',
  الإدارية: 'Administrative',
  العسكري: 'Military',
  العسكرية: 'Military',
  الأمني: 'Security',
  الأمنية: 'Security',
  التنفيذي: 'Executive',
  التنفيذية: 'Executive',
  التشريعي: 'Legislative',
  القضائي: 'Judicial',
  الدستوري: 'Constitutional',
  الدستورية: 'Constitutional',
  الجنائي: 'Criminal',
  الجنائية: 'Criminal',
};

const EN_HEADS: Record<string, Head> = {
  ministry: { en: 'Ministry', kind: 'domain' },
  department: { en: 'Ministry', kind: 'domain' },
  government: { en: 'Government', kind: 'sovereign' },
  army: { en: 'Army', kind: 'sovereign' },
  military: { en: 'Armed Forces', kind: 'sovereign' },
  navy: { en: 'Navy', kind: 'sovereign' },
  parliament: { en: 'Parliament', kind: 'sovereign' },
  cabinet: { en: 'Council of Ministers', kind: 'sovereign' },
  presidency: { en: 'Presidency', kind: 'sovereign' },
};

/** English domain words before Ministry/Department, named as the Arabic table names them. */
const EN_DOMAINS: Record<string, string> = {
  foreign: 'Foreign Affairs',
  interior: 'Interior',
  justice: 'Justice',
  defense: 'Defense',
  defence: 'Defense',
  health: 'Health',
  labor: 'Labor',
  labour: 'Labor',
  finance: 'Finance',
  education: 'Education',
  commerce: 'Commerce',
  trade: 'Commerce',
  industry: 'Industry',
  economy: 'Economy',
  information: 'Information',
  culture: 'Culture',
  transport: 'Transport',
  agriculture: 'Agriculture',
  energy: 'Energy',
  oil: 'Oil',
};

const keyed = <T>(table: Record<string, T>): Map<string, T> =>
  new Map(Object.entries(table).map(([k, v]) => [matchKey(k), v]));
const AR_HEAD = keyed(AR_HEADS);
const AR_DOMAIN = keyed(AR_DOMAINS);
const AR_ADJECTIVE = keyed(AR_ADJECTIVES);

const isWord = (t: Tok | undefined): t is Tok => !!t && t.kind === 'word';
/** The article, also on short words the tokeniser keeps whole (الحج). */
const definite = (t: Tok): boolean => t.hasArticle || /^ال../.test(t.noClitic);
/** A definite word with no proclitic: the shape of a genitive or an adjective inside a name. */
const plainDefinite = (t: Tok | undefined): t is Tok => isWord(t) && definite(t) && t.clitics.length === 0;

/** One body: its head, the English words of its domain and adjectives, and its jurisdiction. */
interface Body {
  head: Head;
  adjectives: string[];
  domains: (string | undefined)[];
  place?: Mention | undefined;
  end: number;
}

function englishName(b: Body): string | undefined {
  if (b.domains.some((d) => d === undefined)) return undefined;
  const core = [...b.adjectives, b.head.en].join(' ');
  const of = b.domains.length > 0 ? ` of ${b.domains.join(' and ')}` : '';
  return `${core}${of}`;
}

/** The country a jurisdiction mention stands for (a demonym, a country, or a city's country). */
function countryOf(place: Mention | undefined): LinkTarget | undefined {
  const t = place?.target;
  return t && t.kind === 'country' ? t : undefined;
}

/** The country the article is about: the linked country its names and adjectives mention most. */
function mainCountry(places: readonly Mention[]): LinkTarget | undefined {
  const counts = new Map<string, { target: LinkTarget; n: number }>();
  for (const m of places) {
    const t = countryOf(m);
    if (!t) continue;
    const c = counts.get(t.key) ?? { target: t, n: 0 };
    c.n++;
    counts.set(t.key, c);
  }
  let best: { target: LinkTarget; n: number } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.target;
}

function makeBody(
  toks: readonly Tok[],
  text: string,
  t0: number,
  b: Body,
  lang: 'ar' | 'en',
  main: LinkTarget | undefined,
): Mention {
  const { start, end } = tokenSpan(toks, t0, b.end);
  const surface = cleanSurface(text.slice(start, end));
  const concept = englishName(b);
  // An Arabic body without a country is the article's own (وزارة الداخلية in a Cairo story is Egypt's).
  const country = countryOf(b.place) ?? (lang === 'ar' ? main : undefined);
  // A body named with its country is one entity per country, in both languages: the key is its
  // English concept and the country, so وزارة الخارجية التركية and the Turkish Foreign Ministry meet.
  const target: LinkTarget | undefined =
    concept && country
      ? {
          key: `body:${matchKey(concept)}@${country.key}`,
          kind: 'org',
          type: 'ORGANIZATION',
          subtype: b.head.subtype ?? 'GOVERNMENT_BODY',
          nameEn: `${concept} of ${country.nameEn}`,
          nameAr: lang === 'ar' ? surface : undefined,
          country: country.iso,
          weight: 0,
        }
      : undefined;
  return {
    tokStart: t0,
    tokEnd: b.end,
    start,
    end,
    text: surface,
    type: 'ORGANIZATION',
    source: 'rule',
    confidence: 0.75,
    target,
    kind: 'rule',
    sent: (toks[t0] as Tok).sent,
    demonym: false,
    entity: -1,
  };
}

/** End of "NAME ل<domain>" after a head (فارس للأنباء), or undefined. */
function namedFor(toks: readonly Tok[], j: number, sent: number): number | undefined {
  for (let k = j; k < j + 2; k++) {
    const w = toks[k];
    if (!isWord(w) || w.sent !== sent || w.hasArticle || w.clitics.length > 0) return undefined;
    const pp = toks[k + 1];
    if (isWord(pp) && pp.sent === sent && pp.clitics.join('') === 'ل' && AR_DOMAIN.has(pp.noClitic)) return k + 2;
  }
  return undefined;
}

/** Extends an Arabic head at token i over its domain, adjectives, ل-phrase and jurisdiction. */
function arabicBody(toks: readonly Tok[], i: number, placeAt: ReadonlyMap<number, Mention>): Body | undefined {
  const headTok = toks[i] as Tok;
  const head = AR_HEAD.get(headTok.bare);
  if (!head) return undefined;
  const b: Body = { head, adjectives: [], domains: [], end: i + 1 };
  let j = i + 1;
  const sent = headTok.sent;
  const at = (k: number): Tok | undefined => (toks[k]?.sent === sent ? toks[k] : undefined);
  // وزارة العدل / مجلس الوزراء: an indefinite head takes a definite genitive, then coordinated domains.
  if (!headTok.hasArticle) {
    const g = at(j);
    const place = placeAt.get(j);
    if (place && !place.demonym) {
      // حكومة مصر، شرطة كابل: the genitive is the jurisdiction itself.
      if (head.kind !== 'sovereign') return undefined;
      // مخابرات تركيا والأردن وسوريا: one head over several countries is each country's, not one body.
      const next = toks[place.tokEnd];
      if (isWord(next) && next.clitics[0] === 'و' && placeAt.has(place.tokEnd)) return undefined;
      b.place = place;
      b.end = place.tokEnd;
      return b;
    }
    // وكالة فارس للأنباء: a name of one or two words, then what the body is for.
    if (!plainDefinite(g))
      return namedFor(toks, j, sent) ? { ...b, end: namedFor(toks, j, sent) as number } : undefined;
    if (placeAt.has(j)) return undefined;
    const domain = AR_DOMAIN.get(g.noClitic);
    if (domain === undefined && !head.openDomain) return undefined;
    b.domains.push(domain);
    j++;
    for (
      let c = at(j);
      isWord(c) && c.clitics.join('') === 'و' && definite(c) && AR_DOMAIN.has(c.noClitic);
      c = at(j)
    ) {
      b.domains.push(AR_DOMAIN.get(c.noClitic));
      j++;
    }
  }
  for (let a = at(j); plainDefinite(a) && AR_ADJECTIVE.has(a.noClitic) && !placeAt.has(j); a = at(j)) {
    b.adjectives.push(AR_ADJECTIVE.get(a.noClitic) as string);
    j++;
  }
  // الهيئة العامة للطيران المدني، المجلس الأعلى للأمن القومي: a named body's "for X".
  const pp = at(j);
  if (
    headTok.hasArticle &&
    b.adjectives.length > 0 &&
    isWord(pp) &&
    pp.clitics.join('') === 'ل' &&
    AR_DOMAIN.has(pp.noClitic)
  ) {
    b.domains.push(AR_DOMAIN.get(pp.noClitic));
    j++;
    for (let c = at(j); isWord(c) && definite(c) && !placeAt.has(j); c = at(j)) {
      const coordinated = c.clitics.join('') === 'و' && AR_DOMAIN.has(c.noClitic);
      if (coordinated) b.domains.push(AR_DOMAIN.get(c.noClitic));
      else if (c.clitics.length === 0 && AR_ADJECTIVE.has(c.noClitic)) {
        // An adjective after "for X" qualifies X: للطيران المدني is "of Civil Aviation".
        const last = b.domains.length - 1;
        const d = b.domains[last];
        b.domains[last] = d === undefined ? d : `${AR_ADJECTIVE.get(c.noClitic) as string} ${d}`;
      } else break;
      j++;
    }
  }
  const place = placeAt.get(j);
  if (place?.demonym) {
    b.place = place;
    j = place.tokEnd;
  }
  const named = (b.domains.length > 0 && !head.needsAdjective) || b.adjectives.length > 0;
  if (head.kind === 'domain' || head.needsName ? !named : !named && !b.place) return undefined;
  // A definite sovereign head with only a country is the body (الجيش التركي); a bare definite
  // domain head with one adjective (المجلس الوطني) is too vague without a country or a domain.
  if (head.kind === 'domain' && headTok.hasArticle && b.domains.length === 0 && !b.place) return undefined;
  b.end = j;
  return b;
}

/** "the Turkish Foreign Ministry", "Iraq's army", "the Afghan government": a country before the head. */
function englishBody(toks: readonly Tok[], i: number, placeAt: ReadonlyMap<number, Mention>): Body | undefined {
  const place = placeAt.get(i);
  if (!countryOf(place) || !place) return undefined;
  let j = place.tokEnd;
  if (toks[j]?.text === "'s" || toks[j]?.text === '’s') j++;
  const domains: string[] = [];
  for (let t = toks[j]; isWord(t) && /^[A-Z]/.test(t.text) && EN_DOMAINS[t.key] !== undefined; t = toks[j]) {
    domains.push(EN_DOMAINS[t.key] as string);
    j++;
  }
  const headTok = toks[j];
  const head = isWord(headTok) ? EN_HEADS[headTok.key] : undefined;
  if (!head || (head.kind === 'domain' && domains.length === 0)) return undefined;
  if (head.kind === 'sovereign' && domains.length > 0) return undefined;
  return { head, adjectives: [], domains, place, end: j + 1 };
}

/**
 * State bodies named by a head noun, a domain or institutional adjective, and a jurisdiction:
 * `وزارة العدل`, `مجلس الوزراء`, `الحكومة السورية`, `الحرس الثوري`, `الهيئة العامة للطيران المدني`,
 * "the Turkish Foreign Ministry", "the Iraqi army". A body named with its country is linked to one
 * entity per (body, country) whose English name is the Arabic table's ("Ministry of Foreign Affairs of Turkey").
 * @example stateBodyMentions(toks, text, kbMentions, 'ar').map((m) => m.text) // ['وزارة الخارجية التركية']
 */
export function stateBodyMentions(
  toks: readonly Tok[],
  text: string,
  places: readonly Mention[],
  lang: 'ar' | 'en',
): Mention[] {
  const placeAt = new Map<number, Mention>();
  const covered = new Set<number>();
  for (const m of places) {
    if (m.type === 'LOCATION') placeAt.set(m.tokStart, m);
    else for (let t = m.tokStart; t < m.tokEnd; t++) covered.add(t);
  }
  const out: Mention[] = [];
  const main = mainCountry(places);
  for (let i = 0; i < toks.length; i++) {
    if (!isWord(toks[i]) || covered.has(i)) continue;
    const b = lang === 'ar' ? arabicBody(toks, i, placeAt) : englishBody(toks, i, placeAt);
    if (!b) continue;
    let t0 = i;
    for (let t = i; t < b.end; t++) if (covered.has(t)) t0 = -1;
    if (t0 < 0) continue;
    out.push(makeBody(toks, text, t0, b, lang, main));
    i = b.end - 1;
  }
  return out;
}
