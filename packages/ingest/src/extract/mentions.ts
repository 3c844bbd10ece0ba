// Mentions: knowledge-base phrases, NER spans and high-precision rules, merged into one non-overlapping list.
import { matchKey } from '@shabaka/text';
import type { TaggedMention } from '@shabaka/schema';
import { GOV_HEADS, HONORIFICS, NAME_JOINERS, NAME_STOP, ORG_HEADS, PLACE_HEADS, ROLE_NOUNS } from './lexicon.js';
import { cleanSurface, tokenSpan } from './mention.js';
import type { Kb, LinkTarget, PhraseEntry } from './kb.js';
import type { Tok } from './doc-tokens.js';
import type { Mention } from './mention.js';
import type { RolePhrase } from './roles.js';

function isWord(t: Tok | undefined): t is Tok {
  return !!t && t.kind === 'word';
}

function make(
  toks: readonly Tok[],
  text: string,
  tokStart: number,
  tokEnd: number,
  m: Omit<Mention, 'tokStart' | 'tokEnd' | 'start' | 'end' | 'text' | 'sent' | 'entity'>,
): Mention {
  const { start, end } = tokenSpan(toks, tokStart, tokEnd);
  return {
    ...m,
    tokStart,
    tokEnd,
    start,
    end,
    text: cleanSurface(text.slice(start, end)),
    sent: (toks[tokStart] as Tok).sent,
    entity: -1,
  };
}

/** Whether the word before token i is a place head: مدينة، ولاية، العاصمة … */
function placeCue(toks: readonly Tok[], i: number): boolean {
  const prev = toks[i - 1];
  const prev2 = toks[i - 2];
  // "العاصمة الأردنية عمان": a head, then an adjective, then the name.
  return (
    !!prev &&
    (PLACE_HEADS.has(prev.noClitic) ||
      PLACE_HEADS.has(prev.bare) ||
      (!!prev2 && prev.hasArticle && PLACE_HEADS.has(prev2.noClitic)))
  );
}

/** The city reading wins over a same-spelled country after a place head or with a shadda (عمّان). */
function pickTarget(e: PhraseEntry, toks: readonly Tok[], i: number, text: string): PhraseEntry['target'] {
  if (!e.alt || e.alt.kind !== 'city') return e.target;
  const t = toks[i] as Tok;
  return placeCue(toks, i) || text.slice(t.start, t.end).includes('\u0651') ? e.alt : e.target;
}

/**
 * Longest knowledge-base phrase matches over word tokens. Weak entries (small cities) need a place
 * cue; short names need their full name earlier in the document.
 * @example kbMentions(toks, text, kb).map((m) => m.target?.key) // ['iso:TR', …]
 */
export function kbMentions(toks: readonly Tok[], text: string, kb: Kb): Mention[] {
  const out: Mention[] = [];
  const seenFull = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (!isWord(t)) continue;
    const cands: PhraseEntry[] = [
      ...(kb.phrases.get(t.bare) ?? []),
      ...(t.bare !== t.key ? (kb.phrases.get(t.key) ?? []) : []),
    ];
    let best: { entry: PhraseEntry; end: number } | undefined;
    for (const e of cands) {
      const end = i + 1 + e.rest.length;
      if (best && end <= best.end) continue;
      let ok = true;
      for (let k = 0; k < e.rest.length && ok; k++) {
        const u = toks[i + 1 + k];
        ok = isWord(u) && (u.key === e.rest[k] || u.noClitic === e.rest[k]) && u.sent === t.sent;
      }
      if (!ok) continue;
      if (e.exact && text.slice(t.start, (toks[end - 1] as Tok).end) !== e.exact) continue;
      if (e.article && !t.hasArticle && /[\u0600-\u06ff]/.test(t.text)) continue;
      // English capitals mark names: "in Gaza" is a place; Arabic needs a place head.
      const latinCue = /^[A-Z]/.test(t.text) && ['in', 'at', 'near', 'from', 'to'].includes(toks[i - 1]?.key ?? '');
      if (e.kind === 'weak' && !placeCue(toks, i) && !latinCue) continue;
      // A small place read through a split proclitic (وأن → وان, the city Van) needs a place head too.
      if (
        (e.kind === 'admin' || e.kind === 'weak') &&
        (t.clitics.length > 0 || t.bare.length <= 3) &&
        !placeCue(toks, i)
      )
        continue;
      if (e.kind === 'short' && !seenFull.has(e.target.key)) continue;
      best = { entry: e, end };
    }
    if (!best) continue;
    const { entry, end } = best;
    const target = pickTarget(entry, toks, i, text);
    if (entry.kind === 'name') seenFull.add(target.key);
    out.push(
      make(toks, text, i, end, {
        type: target.type,
        source: 'gazetteer',
        confidence: entry.kind === 'name' ? 0.95 : 0.8,
        target,
        kind: entry.kind,
        demonym: entry.kind === 'demonym',
      }),
    );
    i = end - 1;
  }
  // A provincial seat is read as a place only in an article about its country (سنة، إطار are words too).
  const countries = new Set(out.filter((m) => m.target?.kind === 'country').map((m) => m.target?.country));
  return out.filter((m) => m.kind !== 'admin' || countries.has(m.target?.country));
}

/** Token index range covering the character span [start, end); tokens are in text order, so bisect. */
function tokensOf(toks: readonly Tok[], start: number, end: number): [number, number] | undefined {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((toks[mid] as Tok).end > start) hi = mid;
    else lo = mid + 1;
  }
  let a = -1;
  let b = -1;
  for (let k = lo; k < toks.length && (toks[k] as Tok).start < end; k++) {
    const t = toks[k] as Tok;
    if (a < 0) a = t.i;
    b = t.i + 1;
  }
  return a < 0 ? undefined : [a, b];
}

/** A known person whose name contains every word of a tagged name ("Tayyip Erdogan" → Recep Tayyip Erdogan). */
function knownPerson(kb: Kb, type: string, surface: string): LinkTarget | undefined {
  if (type !== 'PERSON') return undefined;
  const words = surface.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  const hit = last ? kb.lookup(last) : undefined;
  if (!hit || hit.target.type !== 'PERSON') return undefined;
  const full = matchKey(`${hit.target.nameEn} ${hit.target.nameAr ?? ''}`).split(' ');
  return words.every((w) => full.includes(matchKey(w))) ? hit.target : undefined;
}

/**
 * Tagger spans mapped onto our tokens: proclitics and guillemets trimmed, linked when the KB knows the name.
 * @example nerMentions(tagged, toks, text, kb)
 */
export function nerMentions(tagged: readonly TaggedMention[], toks: readonly Tok[], text: string, kb: Kb): Mention[] {
  const out: Mention[] = [];
  for (const m of tagged) {
    const range = tokensOf(toks, m.start, m.end);
    if (!range) continue;
    let [tokStart, tokEnd] = range;
    while (tokStart < tokEnd && !isWord(toks[tokStart])) tokStart++;
    while (tokEnd > tokStart && !isWord(toks[tokEnd - 1])) tokEnd--;
    if (tokStart >= tokEnd) continue;
    // Role nouns and honorifics in front of a name belong to the role, not the name (الرئيس ترمب, Prince Faisal).
    while (tokEnd - tokStart > 1 && m.type === 'PERSON' && (notName(toks[tokStart] as Tok) || !isWord(toks[tokStart])))
      tokStart++;
    if (m.type === 'PERSON' && notName(toks[tokStart] as Tok)) continue;
    // The tagger decides itself which proclitics belong to a name (بوميدوحة keeps its ب): keep its start.
    const first = toks[tokStart] as Tok;
    const keepStart = m.start >= first.start && m.start <= first.noCliticStart && m.start < first.end;
    const span = { start: keepStart ? m.start : first.noCliticStart, end: tokenSpan(toks, tokStart, tokEnd).end };
    const hit = kb.lookup(text.slice(span.start, span.end));
    // The tagger vouches for the type, so small places and surnames link too.
    const target =
      (hit && (hit.target.type === m.type || hit.kind === 'demonym') ? hit.target : undefined) ??
      knownPerson(kb, m.type, text.slice(span.start, span.end));
    const made = make(toks, text, tokStart, tokEnd, {
      type: target ? target.type : m.type,
      source: m.source,
      confidence: m.confidence,
      target,
      kind: target ? (hit?.kind ?? 'ner') : 'ner',
      demonym: hit?.kind === 'demonym' && !!target,
    });
    out.push({ ...made, start: span.start, text: cleanSurface(text.slice(span.start, span.end)) });
  }
  return joinNames(out, toks, text, kb);
}

/** A title, honorific or function word: never the first word of a name ("Dr." and "Dr" alike). */
function notName(t: Tok): boolean {
  const k = t.noClitic.replace(/\.$/, '');
  return ROLE_NOUNS.has(k) || NAME_STOP.has(k) || HONORIFICS.has(k);
}

/**
 * "Faisal bin Farhan" tagged as two names around `bin` is one person: the tagger often leaves the joiner out.
 * @example joinNames([<Faisal>, <Farhan>], toks, text, kb) // [<Faisal bin Farhan>]
 */
function joinNames(mentions: Mention[], toks: readonly Tok[], text: string, kb: Kb): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    const joiner = prev ? toks[prev.tokEnd] : undefined;
    if (
      prev &&
      joiner &&
      prev.type === 'PERSON' &&
      m.type === 'PERSON' &&
      m.tokStart === prev.tokEnd + 1 &&
      NAME_JOINERS.has(joiner.noClitic) &&
      (!prev.target || prev.target === m.target)
    ) {
      const surface = text.slice(prev.start, m.end);
      const target = knownPerson(kb, 'PERSON', surface) ?? kb.lookup(surface)?.target;
      const joined = make(toks, text, prev.tokStart, m.tokEnd, {
        type: 'PERSON',
        source: prev.source,
        confidence: Math.min(prev.confidence, m.confidence),
        target: target?.type === 'PERSON' ? target : undefined,
        kind: 'ner',
        demonym: false,
      });
      out[out.length - 1] = { ...joined, start: prev.start, text: cleanSurface(surface) };
    } else out.push(m);
  }
  return out;
}

/**
 * «Quoted» names after an organisation or place head (تنظيم «X», نادي «X», القناة «12»).
 * @example quotedMentions(toks, text)
 */
export function quotedMentions(toks: readonly Tok[], text: string): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i + 2 < toks.length; i++) {
    const head = toks[i] as Tok;
    if (toks[i + 1]?.text !== '«') continue;
    const isOrg = ORG_HEADS.has(head.bare) || ORG_HEADS.has(head.noClitic);
    const isPlace = PLACE_HEADS.has(head.bare) || PLACE_HEADS.has(head.noClitic);
    if (!isOrg && !isPlace) continue;
    let j = i + 2;
    while (j < toks.length && toks[j]?.text !== '»' && j - i < 7) j++;
    if (toks[j]?.text !== '»' || j === i + 2) continue;
    // A number alone is named with its head: القناة «12» → القناة 12.
    const numeric = j === i + 3 && toks[i + 2]?.kind === 'number';
    out.push(
      make(toks, text, numeric ? i : i + 2, numeric ? j + 1 : j, {
        type: isOrg ? 'ORGANIZATION' : 'LOCATION',
        source: 'rule',
        confidence: 0.85,
        kind: 'rule',
        demonym: false,
      }),
    );
  }
  return out;
}

/**
 * Named state bodies: an office head, up to four words, and the place or nationality that names it
 * (مكتب المدعي العام في X، مديرية أمن X، وزارة الخارجية التركية، المجلس الوطني للأمن والدفاع الأوكراني).
 * @example officeMentions(toks, text, mentions)
 */
export function officeMentions(toks: readonly Tok[], text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const placeAt = new Map<number, Mention>();
  for (const m of mentions)
    if (m.type === 'LOCATION' && (m.demonym || m.target?.kind === 'country' || m.target?.kind === 'city' || !m.target))
      placeAt.set(m.tokStart, m);
  const covered = new Set<number>();
  for (const m of mentions) for (let t = m.tokStart; t < m.tokEnd; t++) covered.add(t);
  for (let i = 0; i < toks.length; i++) {
    const head = toks[i] as Tok;
    if (!isWord(head) || !GOV_HEADS.has(head.bare) || covered.has(i)) continue;
    // After a role noun a body needs no place: "أمين المجلس الوطني للأمن والدفاع، X".
    const afterRole = !!toks[i - 1] && ROLE_NOUNS.has((toks[i - 1] as Tok).noClitic) && head.hasArticle;
    let j = i + 1;
    let definite = true;
    for (; j <= i + 5 && j < toks.length; j++) {
      const t = toks[j] as Tok;
      const place = placeAt.get(j);
      // The place ends the name: "مديرية أمن X", or after في: "مكتب المدعي العام في X".
      const afterFi = t.key === 'في' ? placeAt.get(j + 1) : undefined;
      const end = place ?? (afterFi && !afterFi.demonym ? afterFi : undefined);
      if (end && j > i + 1) {
        out.push(
          make(toks, text, i, end.tokEnd, {
            type: 'ORGANIZATION',
            source: 'rule',
            confidence: 0.7,
            kind: 'rule',
            demonym: false,
          }),
        );
        i = end.tokEnd - 1;
        break;
      }
      if (!isWord(t) || NAME_STOP.has(t.key) || (t.clitics.includes('و') && !t.hasArticle)) break;
      definite &&= t.hasArticle;
    }
    if (afterRole && definite && j >= i + 2 && !isWord(toks[j]) && out[out.length - 1]?.tokStart !== i) {
      out.push(
        make(toks, text, i, j, {
          type: 'ORGANIZATION',
          source: 'rule',
          confidence: 0.65,
          kind: 'rule',
          demonym: false,
        }),
      );
    }
  }
  return out;
}

/**
 * Names right after a role phrase when no other stage found them (وزير الداخلية، X Y); the first
 * word must be a known name word (ANETAC lexicon) so that verbs and nouns are not taken for names.
 * @example titleMentions(toks, text, roles, covered, (w) => lexicon.has(w))
 */
export function titleMentions(
  toks: readonly Tok[],
  text: string,
  roles: readonly RolePhrase[],
  covered: (t: number) => boolean,
  isNameWord: (key: string) => boolean,
): Mention[] {
  const out: Mention[] = [];
  for (const r of roles) {
    let j = r.tokEnd;
    // "وزير الداخلية، X" — in English a comma after a title opens a clause, not a name.
    if (toks[j]?.text === '،') j++;
    // "Foreign Minister Prince Faisal", "وزير الخارجية الأمير فيصل": the honorific is neither name nor person.
    while (isWord(toks[j]) && HONORIFICS.has((toks[j] as Tok).noClitic.replace(/\.$/, '')) && !covered(j)) j++;
    if (toks[j]?.text === '.') j++;
    if (covered(j) || !isWord(toks[j])) continue;
    const latin = /^[A-Za-z]/.test(toks[j]?.text ?? '');
    if (latin && !/^[A-Z]/.test(toks[j]?.text ?? '')) continue;
    let k = j;
    while (k < toks.length && k - j < 4 && isWord(toks[k]) && !covered(k) && (toks[k] as Tok).sent === r.sent) {
      const w = toks[k] as Tok;
      if (NAME_STOP.has(w.key) || ROLE_NOUNS.has(w.noClitic)) break;
      if (latin ? !/^[A-Z]/.test(w.text) : k === j && (w.hasArticle || w.clitics.length > 0)) break;
      if (!latin && k > j && w.clitics.includes('و')) break;
      k++;
    }
    // Arabic has no capitals: a known first name, or words without the article or a verb's plural ending.
    const words = toks.slice(j, k);
    const looksLikeName =
      latin ||
      isNameWord((toks[j] as Tok).key) ||
      words.every((w) => !w.hasArticle && !/وا$/.test(w.key) && w.key.length >= 3);
    // One Latin word is often a surname ("President Trump"); one Arabic word after a role is too ambiguous.
    if (looksLikeName && (k - j >= 2 || (latin && k - j === 1))) {
      out.push(
        make(toks, text, j, k, { type: 'PERSON', source: 'rule', confidence: 0.7, kind: 'rule', demonym: false }),
      );
    }
  }
  return out;
}

/**
 * Merges mention lists: the earlier list wins on overlap, except that a longer span fully containing
 * a shorter one keeps both when the inner one is a linked place (مكتب المدعي العام في إسطنبول ⊃ إسطنبول).
 * @example mergeMentions([kb, ner, rules])
 */
export function mergeMentions(lists: readonly (readonly Mention[])[]): Mention[] {
  const kept: Mention[] = [];
  // Kept mentions by token: a clash is found by looking at m's own tokens, not at every kept mention.
  const atToken = new Map<number, Mention[]>();
  const keep = (m: Mention): void => {
    kept.push(m);
    for (let t = m.tokStart; t < m.tokEnd; t++) {
      const here = atToken.get(t);
      if (here) here.push(m);
      else atToken.set(t, [m]);
    }
  };
  for (const list of lists) {
    for (const m of list) {
      const clash = new Set<Mention>();
      for (let t = m.tokStart; t < m.tokEnd; t++) for (const k of atToken.get(t) ?? []) clash.add(k);
      if (clash.size === 0) {
        keep(m);
        continue;
      }
      // A model span that strictly contains linked mentions (an organisation named after its city) is added on top.
      const inner = [...clash];
      const contains = inner.every(
        (k) => m.tokStart <= k.tokStart && k.tokEnd <= m.tokEnd && m.tokEnd - m.tokStart > k.tokEnd - k.tokStart,
      );
      if (contains && m.type === 'ORGANIZATION' && inner.every((k) => k.type === 'LOCATION' || k.demonym)) keep(m);
    }
  }
  return kept.sort((a, b) => a.tokStart - b.tokStart || b.tokEnd - a.tokEnd);
}

/**
 * Later occurrences of a person's full name, last two words or surname that no stage tagged
 * (the tagger often misses a bare surname: "وقال X").
 * @example propagateNames(toks, text, mentions)
 */
export function propagateNames(
  toks: readonly Tok[],
  text: string,
  mentions: readonly Mention[],
  covered: (t: number) => boolean,
): Mention[] {
  const patterns = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.tokEnd - m.tokStart < 2) continue;
    const words = toks
      .slice(m.tokStart, m.tokEnd)
      .filter(isWord)
      .map((t) => t.key);
    const add = (ws: string[]): void => {
      const key = ws.join(' ');
      if (!patterns.has(key)) patterns.set(key, m);
    };
    add(words);
    if (words.length >= 3) add(words.slice(-2));
    const last = words[words.length - 1] ?? '';
    if (last.length >= 4 && !NAME_STOP.has(last)) add([last]);
  }
  const out: Mention[] = [];
  for (const [key, source] of patterns) {
    const ws = key.split(' ');
    for (let i = 0; i + ws.length <= toks.length; i++) {
      if (i >= source.tokStart && i < source.tokEnd) continue;
      if (
        !ws.every((w, k) => {
          const t = toks[i + k];
          return !!t && !covered(i + k) && (k === 0 ? t.noClitic === w || t.key === w : t.key === w);
        })
      )
        continue;
      if (out.some((o) => o.tokStart < i + ws.length && i < o.tokEnd)) continue;
      out.push(
        make(toks, text, i, i + ws.length, {
          type: 'PERSON',
          source: 'rule',
          confidence: 0.6,
          kind: 'rule',
          demonym: false,
        }),
      );
    }
  }
  return out;
}

/**
 * A one-word Latin name the model typed as an organisation or place is the person of the article whose
 * full name ends with it ("Holloway's aide" after "Senator Jane Holloway"): the model sees one word,
 * the article both.
 * @example surnamesAsPeople(mentions) // the mention "Holloway" typed PERSON
 */
export function surnamesAsPeople(mentions: readonly Mention[]): Mention[] {
  const surnames = new Set<string>();
  for (const m of mentions)
    if (m.type === 'PERSON' && m.tokEnd - m.tokStart >= 2) surnames.add(matchKey(m.text.split(' ').pop() ?? ''));
  return mentions.map((m) =>
    m.kind === 'ner' &&
    !m.target &&
    m.type !== 'PERSON' &&
    m.tokEnd - m.tokStart === 1 &&
    /^[A-Z]/.test(m.text) &&
    surnames.has(matchKey(m.text))
      ? { ...m, type: 'PERSON' }
      : m,
  );
}
