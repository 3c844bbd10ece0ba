// Role constructions: "وزير الخارجية التركي X", "لوزراء خارجية تركيا X، والأردن Y", "X، وزير الداخلية", "Turkish Foreign Minister X".
import { matchKey } from '@shabaka/text';
import { HONORIFICS, ROLE_COMPLEMENTS_AR, ROLE_NOUNS, ROLES_EN } from './lexicon.js';
import type { Tok } from './doc-tokens.js';
import type { Mention } from './mention.js';

/** A role phrase found in the text, with the country or organisation it names (if any). */
export interface RolePhrase {
  /** Token range of the role words (nationality included). */
  tokStart: number;
  tokEnd: number;
  /** Normalised role text: singular, nationality dropped (وزير الخارجية, الرئيس, foreign minister). */
  role: string;
  head: boolean;
  plural: boolean;
  /** The country (name or adjective) or organisation the role belongs to. */
  owner?: Mention | undefined;
  sent: number;
}

/** Mentions indexed by their first token. */
export type MentionIndex = ReadonlyMap<number, Mention>;

const PLURALS: ReadonlySet<string> = new Set(
  ['وزراء', 'رؤساء', 'قادة', 'زعماء', 'سفراء', 'رئيسين', 'رئيسا', 'وزيري', 'وزيرا', 'وزيرين'].map(matchKey),
);

function isWord(t: Tok | undefined): t is Tok {
  return !!t && t.kind === 'word';
}

/** Original text of a token without its proclitics and guillemets. */
function surfaceOf(t: Tok): string {
  return t.text.slice(t.noCliticStart - t.start).replace(/[«»]/g, '');
}

function scanArabic(toks: readonly Tok[], at: MentionIndex): RolePhrase[] {
  const out: RolePhrase[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (!isWord(t)) continue;
    // A role noun may be two words (رئيس الوزراء, ولي العهد).
    const two = isWord(toks[i + 1]) ? ROLE_NOUNS.get(`${t.bare} ${(toks[i + 1] as Tok).noClitic}`) : undefined;
    const noun = two ?? ROLE_NOUNS.get(t.noClitic) ?? ROLE_NOUNS.get(t.bare);
    if (!noun || at.get(i)?.type === 'PERSON') continue;
    let j = two ? i + 2 : i + 1;
    const plural = PLURALS.has(t.bare);
    const words: string[] = [two ? `${noun.singular}` : noun.singular];
    while (
      j < toks.length &&
      j - i < 5 &&
      isWord(toks[j]) &&
      ROLE_COMPLEMENTS_AR.has((toks[j] as Tok).noClitic) &&
      !at.has(j)
    ) {
      const c = toks[j] as Tok;
      const s = surfaceOf(c);
      words.push(c.hasArticle || j > i + 1 || /^(باسم|عام)$/.test(s) ? s : `ال${s}`);
      j++;
    }
    let owner: Mention | undefined;
    const m = at.get(j);
    if (
      m &&
      (m.type === 'LOCATION' || m.type === 'ORGANIZATION') &&
      (m.demonym || m.target?.kind === 'country' || m.type === 'ORGANIZATION')
    ) {
      owner = m;
      j = m.tokEnd;
    }
    if (words.length === 1 && !two) {
      // A bare noun is a role only with an owner or a name after it (الرئيس التركي، الرئيس ترمب).
      const next = at.get(j) ?? at.get(j + 1);
      if (!owner && next?.type !== 'PERSON') continue;
      if (!owner && noun.singular === 'نائب') continue;
      // "الأمير فيصل" is an honorific; "أمير قطر" (with its owner) is the office.
      if (!owner && HONORIFICS.has(t.noClitic)) continue;
      if (!owner || owner.demonym || owner.target?.kind === 'country') {
        words[0] = t.hasArticle || owner?.demonym || !owner ? `ال${noun.singular.replace(/^ال/, '')}` : noun.singular;
      }
    }
    out.push({ tokStart: i, tokEnd: j, role: words.join(' '), head: noun.head, plural, owner, sent: t.sent });
    i = j - 1;
  }
  return out;
}

function scanEnglish(toks: readonly Tok[], at: MentionIndex): RolePhrase[] {
  const out: RolePhrase[] = [];
  for (let i = 0; i < toks.length; i++) {
    const r = ROLES_EN.find((x) => x.words.every((w, k) => toks[i + k]?.key === w));
    if (!r) continue;
    let tokStart = i;
    let owner: Mention | undefined;
    // "Turkish Foreign Minister", "Turkey's foreign minister"
    for (let back = 1; back <= 2 && !owner; back++) {
      const m = [...at.values()].find((x) => x.tokEnd === i - back + 1 && x.tokEnd <= i);
      if (m && (m.demonym || m.target?.kind === 'country' || m.type === 'ORGANIZATION')) {
        owner = m;
        tokStart = m.tokStart;
      }
      if (toks[i - 1]?.key !== 'the') break;
    }
    let tokEnd = i + r.words.length;
    // "minister of Turkey", "leader of Hamas"
    if (!owner && toks[tokEnd]?.key === 'of') {
      const m = at.get(tokEnd + 1) ?? (toks[tokEnd + 1]?.key === 'the' ? at.get(tokEnd + 2) : undefined);
      if (m && m.type !== 'PERSON') {
        owner = m;
        tokEnd = m.tokEnd;
      }
    }
    out.push({ tokStart, tokEnd, role: r.role, head: r.head, plural: false, owner, sent: (toks[i] as Tok).sent });
    i = tokEnd - 1;
  }
  return out;
}

/**
 * Finds role phrases over tokens, given the mentions found so far (indexed by first token).
 * @example scanRoles(toks, index, 'ar') // [{ role: 'وزير الخارجية', owner: <التركي>, … }]
 */
export function scanRoles(toks: readonly Tok[], at: MentionIndex, lang: 'ar' | 'en'): RolePhrase[] {
  return lang === 'ar' ? scanArabic(toks, at) : scanEnglish(toks, at);
}

/** A person bound to a role phrase, with the country/organisation mention it belongs to. */
export interface RoleBinding {
  person: Mention;
  phrase: RolePhrase;
  owner?: Mention | undefined;
  /** Token range of the whole construction (for the evidence span). */
  tokStart: number;
  tokEnd: number;
}

/** The token after any honorifics at j ("Foreign Minister Prince Faisal", "الوزير الدكتور X"). */
function afterHonorifics(toks: readonly Tok[], at: MentionIndex, j: number): number {
  let k = j;
  while (isWord(toks[k]) && !at.has(k) && HONORIFICS.has((toks[k] as Tok).noClitic.replace(/\.$/, ''))) {
    k++;
    if (toks[k]?.text === '.') k++;
  }
  return k;
}

/**
 * Binds role phrases to the person they name: the name right after the phrase (a comma may sit
 * between), pairs "COUNTRY NAME" after a plural role, or an apposition "NAME، ROLE".
 * @example bindRoles(toks, index, phrases) // [{ person: <X>, phrase: <وزير الخارجية>, owner: <تركيا> }]
 */
export function bindRoles(toks: readonly Tok[], at: MentionIndex, phrases: readonly RolePhrase[]): RoleBinding[] {
  const out: RoleBinding[] = [];
  const isComma = (t: Tok | undefined): boolean => !!t && t.kind === 'punct' && /^[،,]$/.test(t.text);
  const startsAt = new Map(phrases.map((p) => [p.tokStart, p]));
  for (const p of phrases) {
    let j = p.tokEnd;
    if (isComma(toks[j])) j++;
    if (toks[j]?.key === 'the') j++;
    j = afterHonorifics(toks, at, j);
    if (p.plural && p.owner?.target?.kind === 'country') {
      // لوزراء خارجية تركيا X، والأردن Y، وسوريا Z
      let k = p.owner.tokStart;
      let pairs = 0;
      for (let guard = 0; guard < 12; guard++) {
        const country = at.get(k);
        if (!country || country.type !== 'LOCATION') break;
        const person = at.get(country.tokEnd);
        if (!person || person.type !== 'PERSON') break;
        out.push({ person, phrase: p, owner: country, tokStart: p.tokStart, tokEnd: person.tokEnd });
        pairs++;
        k = person.tokEnd;
        if (isComma(toks[k])) k++;
      }
      if (pairs > 0) continue;
    }
    // Stacked titles: "كبير المفاوضين الأوكرانيين أمين المجلس …، X" — every title is X's.
    for (let guard = 0; guard < 3; guard++) {
      const more = startsAt.get(j);
      if (!more) break;
      j = more.tokEnd;
      if (isComma(toks[j])) j++;
      j = afterHonorifics(toks, at, j);
    }
    const next = at.get(j);
    if (next?.type === 'PERSON' && next.sent === p.sent) {
      out.push({ person: next, phrase: p, owner: p.owner, tokStart: p.tokStart, tokEnd: next.tokEnd });
      continue;
    }
    // Apposition: "X، وزير الداخلية" / "X, the foreign minister"; Arabic also writes it without the
    // comma ("وقال X وزير الخارجية العراقي إن …") when the title has a complement or an owner.
    let b = p.tokStart - 1;
    if (toks[b]?.key === 'the') b--;
    const comma = isComma(toks[b]);
    const bare =
      !comma && (p.owner !== undefined || p.role.includes(' ')) && /[\u0600-\u06ff]/.test(toks[p.tokStart]?.text ?? '');
    if (comma || bare) {
      const end = comma ? b : p.tokStart;
      const prev = [...at.values()].find((m) => m.tokEnd === end && m.type === 'PERSON' && m.sent === p.sent);
      if (prev) out.push({ person: prev, phrase: p, owner: p.owner, tokStart: prev.tokStart, tokEnd: p.tokEnd });
    }
  }
  return out;
}
