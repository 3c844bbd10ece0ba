// Candidate pairs of entity mentions for the learned relation layer, each with its features: words
// between and around (clitic-stripped), types, order, distance, punctuation, triggers, modality cues,
// role bindings and the rules' own verdicts (rules are features, not the decision).
import type { Relation, Sentence } from '@shabaka/schema';
import { FUTURE, NEGATION, TRIGGERS_AR, TRIGGERS_EN } from './lexicon.js';
import { findHits } from './trigger-hits.js';
import { sentenceRange } from './mention.js';
import type { FactsInput } from './fact-context.js';
import type { Tok } from './doc-tokens.js';
import type { Mention } from './mention.js';

/** An ordered pair of mentions (`a` before `b` in the text) of two entities, in one sentence. */
export interface Candidate {
  a: Mention;
  b: Mention;
  sentence: Sentence;
  features: string[];
}

/** A relation found by the rules with the two mentions it was read from. */
export interface RuleFinding {
  relation: Relation;
  subject: Mention;
  object: Mention;
}

interface TriggerAt {
  tokStart: number;
  tokEnd: number;
  kind: string;
}

/** A sentence's token range, its trigger occurrences and the rules' findings in it. */
interface Site {
  range: [number, number];
  /** The entity mentions of the sentence. */
  mentions: readonly Mention[];
  hits: readonly TriggerAt[];
  rules: readonly RuleFinding[];
}

/** Pairs further apart than this many tokens are not candidates (unless a rule related them). */
const MAX_GAP = 40;
/** Words between a pair kept as features: this many from each side of a long gap. */
const EDGE_WORDS = 6;

function typeCode(m: Mention): string {
  if (m.demonym) return `${m.type[0]}d`;
  if (m.target?.kind === 'country') return 'Lc';
  if (m.target?.kind === 'city') return 'Lt';
  return m.type === 'ORGANIZATION' ? 'O' : (m.type[0] as string);
}

function bucket(n: number): string {
  if (n <= 2) return String(n);
  if (n <= 4) return '3-4';
  if (n <= 7) return '5-7';
  if (n <= 12) return '8-12';
  if (n <= 20) return '13-20';
  return '21+';
}

const word = (t: Tok | undefined): string => {
  if (!t) return '<s>';
  return t.kind === 'word' ? t.bare || t.key : t.text;
};

function hasCue(toks: readonly Tok[], from: number, to: number, cues: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, from); i < to; i++) {
    const t = toks[i] as Tok;
    if (cues.has(t.key) || cues.has(t.noClitic)) return true;
  }
  return false;
}

/** The rules' verdicts on the pair (`rule:MET:f`: the rules found a MET with `a` as subject). */
function ruleVerdicts(input: FactsInput, a: Mention, b: Mention, rules: readonly RuleFinding[]): string[] {
  const ida = input.entityIdOf(a.entity);
  const idb = input.entityIdOf(b.entity);
  const out: string[] = [];
  for (const r of rules) {
    const { subject, object, predicate } = r.relation;
    if (subject === ida && object === idb) out.push(`rule:${predicate}:f`);
    else if (subject === idb && object === ida) out.push(`rule:${predicate}:r`);
  }
  return out;
}

/**
 * Features of one ordered pair (a before b). `rules` are the rules' findings of this sentence.
 * @example pairFeatures(input, a, b, site).includes('T:P>Lc') // true
 */
function pairFeatures(input: FactsInput, a: Mention, b: Mention, site: Site): string[] {
  const { range, hits, rules } = site;
  const { toks } = input;
  const [s0, s1] = range;
  const types = `${typeCode(a)}>${typeCode(b)}`;
  const gap = b.tokStart - a.tokEnd;
  const f = [`bias`, `T:${types}`, `D:${bucket(gap)}`, `TD:${types}:${bucket(gap)}`, `lang:${input.lang}`];
  const between: string[] = [];
  let commas = 0;
  let quotes = 0;
  let others = 0;
  for (let i = a.tokEnd; i < b.tokStart; i++) {
    const t = toks[i] as Tok;
    if (t.kind !== 'word') {
      if (t.text === '،' || t.text === ',') commas++;
      if (/[«»"“”]/.test(t.text)) quotes++;
      if (t.text === '(' || t.text === ')' || t.text === ':' || t.text === '-' || t.text === '–') f.push(`P:${t.text}`);
      continue;
    }
    if (i - a.tokEnd < EDGE_WORDS || b.tokStart - i <= EDGE_WORDS) between.push(word(t));
    for (const c of t.clitics) f.push(`Bc:${c}`);
  }
  for (const w of new Set(between)) f.push(`B:${w}`, `BT:${types}:${w}`);
  if (between.length > 0) f.push(`B0:${between[0]}`, `Bn:${between[between.length - 1]}`);
  else f.push('adjacent');
  f.push(`C:${Math.min(commas, 2)}`, `Q:${Math.min(quotes, 2)}`);
  f.push(
    `L1:${a.tokStart > s0 ? word(toks[a.tokStart - 1]) : '<s>'}`,
    `L2:${a.tokStart - 1 > s0 ? word(toks[a.tokStart - 2]) : '<s>'}`,
  );
  f.push(
    `R1:${b.tokEnd < s1 ? word(toks[b.tokEnd]) : '</s>'}`,
    `R2:${b.tokEnd + 1 < s1 ? word(toks[b.tokEnd + 1]) : '</s>'}`,
  );
  f.push(`A1:${word(toks[a.tokEnd])}`, `Z0:${word(toks[b.tokStart - 1])}`);
  f.push(`Ca:${(toks[a.tokStart] as Tok).clitics.join('')}`, `Cb:${(toks[b.tokStart] as Tok).clitics.join('')}`);
  if (a.tokStart - s0 <= 2) f.push('a-first');
  for (const m of site.mentions) if (m.tokStart >= a.tokEnd && m.tokEnd <= b.tokStart) others++;
  f.push(`M:${Math.min(others, 3)}`);
  for (const h of hits) {
    const where =
      h.tokEnd <= a.tokStart
        ? 'pre'
        : h.tokStart >= b.tokEnd
          ? 'post'
          : h.tokStart >= a.tokEnd && h.tokEnd <= b.tokStart
            ? 'mid'
            : 'in';
    f.push(`H:${where}:${h.kind}`, `HT:${where}:${h.kind}:${types}`);
  }
  if (hasCue(toks, a.tokStart - 3, b.tokEnd, NEGATION)) f.push('neg');
  if (hasCue(toks, s0, s1, FUTURE)) f.push('future');
  f.push(...ruleVerdicts(input, a, b, rules));
  for (const x of input.bindings) {
    if (!x.owner) continue;
    if (x.person.entity === a.entity && x.owner.entity === b.entity) f.push(`role:f${x.phrase.head ? ':head' : ''}`);
    if (x.person.entity === b.entity && x.owner.entity === a.entity) f.push(`role:r${x.phrase.head ? ':head' : ''}`);
  }
  return [...new Set(f)];
}

/**
 * Features of a pair whose first member is not named in the sentence: the speaker or actor carried
 * over from the sentences before ("وأضاف …", "He said …"), or the article's main country (a role
 * without a nationality). Words at the sentence start and around the named member stand for the gap.
 */
function carriedFeatures(input: FactsInput, kind: 'prev' | 'main', a: Mention, b: Mention, site: Site): string[] {
  const { range, hits, rules } = site;
  const { toks } = input;
  const [s0, s1] = range;
  const types = `${typeCode(a)}>${typeCode(b)}`;
  const pos = b.tokStart - s0;
  const f = [`X:${kind}`, `XT:${kind}:${types}`, `XD:${kind}:${bucket(pos)}`, `lang:${input.lang}`];
  const first = [s0, s0 + 1].map((i) => (i < s1 ? word(toks[i]) : '</s>'));
  f.push(`XS0:${kind}:${first[0]}`, `XS1:${kind}:${first[1]}`, `XST:${kind}:${types}:${first[0]}`);
  f.push(`XL1:${kind}:${b.tokStart > s0 ? word(toks[b.tokStart - 1]) : '<s>'}`);
  f.push(`XL2:${kind}:${b.tokStart - 1 > s0 ? word(toks[b.tokStart - 2]) : '<s>'}`);
  f.push(`XR1:${kind}:${b.tokEnd < s1 ? word(toks[b.tokEnd]) : '</s>'}`);
  for (const h of hits) {
    const where = h.tokEnd <= b.tokStart ? 'pre' : h.tokStart >= b.tokEnd ? 'post' : 'in';
    f.push(`XH:${kind}:${where}:${h.kind}`, `XHT:${kind}:${where}:${h.kind}:${types}`);
  }
  if (hasCue(toks, s0, s1, NEGATION)) f.push('neg');
  f.push(...ruleVerdicts(input, a, b, rules));
  for (const x of input.bindings) {
    if (x.person.entity !== b.entity || x.person.sent !== b.sent) continue;
    f.push(
      `Xrole:${kind}:${x.owner ? (x.owner.entity === a.entity ? 'same' : 'other') : 'none'}${x.phrase.head ? ':head' : ''}`,
    );
  }
  return [...new Set(f)];
}

/**
 * Every candidate pair of the document: entity mentions of one sentence (one pair per two entities,
 * their nearest mentions), plus the pairs the rules related across sentences.
 * @example relationCandidates(input, findings).length
 */
export function relationCandidates(input: FactsInput, findings: readonly RuleFinding[]): Candidate[] {
  const { toks, sentences, mentions, lang } = input;
  const triggers = lang === 'ar' ? TRIGGERS_AR : TRIGGERS_EN;
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (m.entity < 0) continue;
    const list = bySentence.get(m.sent) ?? [];
    list.push(m);
    bySentence.set(m.sent, list);
  }
  const rulesBySentence = new Map<number, RuleFinding[]>();
  for (const r of findings) {
    const at = r.relation.evidence.sentenceIndex ?? -1;
    const list = rulesBySentence.get(at) ?? [];
    list.push(r);
    rulesBySentence.set(at, list);
  }
  const out: Candidate[] = [];
  // The article's main country: the country named most often (roles without a nationality are its).
  const countryCount = new Map<number, number>();
  for (const m of mentions)
    if (m.entity >= 0 && m.target?.kind === 'country')
      countryCount.set(m.entity, (countryCount.get(m.entity) ?? 0) + 1);
  const mainCountry = [...countryCount].sort((x, y) => y[1] - x[1])[0]?.[0];
  const mainMention =
    mentions.find((m) => m.entity === mainCountry && !m.demonym) ?? mentions.find((m) => m.entity === mainCountry);
  let previousPerson: Mention | undefined;
  for (const s of sentences) {
    const range = sentenceRange(toks, s.index);
    const hits = findHits(toks, range[0], range[1], triggers).map((h) => ({
      tokStart: h.tokStart,
      tokEnd: h.tokEnd,
      kind: h.trigger.predicate ?? h.trigger.event ?? '',
    }));
    const rules = rulesBySentence.get(s.index) ?? [];
    const ms = [...(bySentence.get(s.index) ?? [])].sort((x, y) => x.tokStart - y.tokStart || y.tokEnd - x.tokEnd);
    const site: Site = { range, hits, rules, mentions: ms };
    // The nearest pair of mentions of two entities stands for them in the sentence.
    const best = new Map<string, [Mention, Mention]>();
    for (let i = 0; i < ms.length; i++)
      for (let j = i + 1; j < ms.length; j++) {
        const a = ms[i] as Mention;
        const b = ms[j] as Mention;
        if (a.entity === b.entity || b.tokStart < a.tokEnd || b.tokStart - a.tokEnd > MAX_GAP) continue;
        const key = a.entity < b.entity ? `${a.entity}|${b.entity}` : `${b.entity}|${a.entity}`;
        const prev = best.get(key);
        if (!prev || b.tokStart - a.tokEnd < prev[1].tokStart - prev[0].tokEnd) best.set(key, [a, b]);
      }
    for (const r of rules) {
      const [a, b] = r.subject.tokStart <= r.object.tokStart ? [r.subject, r.object] : [r.object, r.subject];
      const key = a.entity < b.entity ? `${a.entity}|${b.entity}` : `${b.entity}|${a.entity}`;
      if (!best.has(key) && a.entity !== b.entity && b.tokStart >= a.tokEnd) best.set(key, [a, b]);
    }
    for (const [a, b] of best.values()) {
      out.push({ a, b, sentence: s, features: pairFeatures(input, a, b, site) });
    }
    const here = new Set(ms.map((m) => m.entity));
    const carried: ['prev' | 'main', Mention | undefined][] = [
      ['prev', previousPerson],
      ['main', mainMention],
    ];
    for (const [kind, a] of carried) {
      if (!a || here.has(a.entity) || (kind === 'main' && a.entity === previousPerson?.entity)) continue;
      const seen = new Set<number>();
      for (const b of ms) {
        if (seen.has(b.entity) || b.entity === a.entity) continue;
        seen.add(b.entity);
        out.push({ a, b, sentence: s, features: carriedFeatures(input, kind, a, b, site) });
      }
    }
    previousPerson =
      ms.find((m) => m.type === 'PERSON' && !m.anaphor) ??
      (s.index - (previousPerson?.sent ?? -9) <= 1 ? previousPerson : undefined);
  }
  return out;
}
