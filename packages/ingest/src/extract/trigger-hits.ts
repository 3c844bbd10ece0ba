// Trigger occurrences in a sentence (indexed by first word, possessives, purpose ل) and their modality.
import { CONDITIONAL, DENIAL, FUTURE, NEGATION, REPORTED } from './lexicon.js';
import type { Modality } from '@shabaka/schema';
import type { Tok } from './doc-tokens.js';
import type { Trigger } from './lexicon.js';

/** A trigger occurrence over tokens [tokStart, tokEnd). */
export interface Hit {
  trigger: Trigger;
  tokStart: number;
  tokEnd: number;
  /** The noun has a first-person possessive (اتصالاتي، لقاءنا): the speaker takes part. */
  firstPerson?: boolean;
}

/** A noun and its possessive suffix (matchKey folds ة to ه: لقاءه، زيارتها → زيارته + ا …). */
export const POSSESSIVE = /^(.{3,}?)(ي|نا|ه|ها|هم|هما)$/;

/** Triggers indexed by the key of their first word (built once per trigger list). */
const triggerIndex = new WeakMap<readonly Trigger[], Map<string, { trigger: Trigger; form: string[] }[]>>();

function indexOf(triggers: readonly Trigger[]): Map<string, { trigger: Trigger; form: string[] }[]> {
  let index = triggerIndex.get(triggers);
  if (!index) {
    index = new Map();
    for (const trigger of triggers) {
      for (const form of trigger.forms) {
        const list = index.get(form[0] ?? '') ?? [];
        list.push({ trigger, form });
        index.set(form[0] ?? '', list);
      }
    }
    for (const list of index.values()) list.sort((a, b) => b.form.length - a.form.length);
    triggerIndex.set(triggers, index);
  }
  return index;
}

/**
 * The trigger occurrences of a sentence's tokens [a, b), longest form first.
 * @example findHits(toks, 0, 20, TRIGGERS_AR).map((h) => h.trigger.event) // ['MEETING']
 */
export function findHits(toks: readonly Tok[], a: number, b: number, triggers: readonly Trigger[]): Hit[] {
  const index = indexOf(triggers);
  const hits: Hit[] = [];
  for (let i = a; i < b; i++) {
    const t = toks[i] as Tok;
    if (t.kind !== 'word') continue;
    // A noun with a first-person possessive (اتصالاتي، لقاءنا) is the speaker's own meeting or call.
    const stem = POSSESSIVE.exec(t.noClitic);
    const cands = [
      ...(index.get(t.noClitic) ?? []),
      ...(t.key !== t.noClitic ? (index.get(t.key) ?? []) : []),
      ...(t.bare !== t.noClitic ? (index.get(t.bare) ?? []) : []),
      ...(stem?.[1] && /^(ي|نا)$/.test(stem[2] ?? '')
        ? (index.get(stem[1]) ?? []).filter((c) => c.trigger.pos === 'noun')
        : []),
    ];
    // لبحث، لمناقشة: ل before a verb form is "in order to", a purpose, not an event.
    const purpose = t.clitics.includes('ل');
    const found = cands.find(
      ({ form, trigger }) =>
        !(purpose && trigger.pos === 'verb') &&
        form.every((w, k) => k === 0 || toks[i + k]?.key === w || toks[i + k]?.noClitic === w),
    );
    if (found) {
      const firstPerson = !!stem?.[2] && /^(ي|نا)$/.test(stem[2]) && !index.has(t.noClitic);
      hits.push({ trigger: found.trigger, tokStart: i, tokEnd: i + found.form.length, firstPerson });
      i += found.form.length - 1;
    }
  }
  return hits;
}

const cue = (set: ReadonlySet<string>, t: Tok | undefined): boolean =>
  !!t && (set.has(t.key) || set.has(t.noClitic) || set.has(t.bare));

/**
 * Modality of a trigger from cues in its sentence [a, b): a negation right before it or a denial
 * a few words before it (`negated`); a future form, a plan or a condition (`planned`); an unnamed or
 * distanced source anywhere in the sentence (`reported`: "sources said", "according to", بحسب).
 * @example modalityOf(toks, 0, 5, hit) // 'negated' for "لم يلتق …"
 */
export function modalityOf(toks: readonly Tok[], a: number, b: number, hit: Hit): Modality {
  for (let i = Math.max(a, hit.tokStart - 3); i < hit.tokStart; i++)
    if (NEGATION.has((toks[i] as Tok).key) || NEGATION.has((toks[i] as Tok).noClitic)) return 'negated';
  // A denial governs the clause it opens, not the whole sentence before it.
  for (let i = Math.max(a, hit.tokStart - 8); i < hit.tokStart; i++) if (cue(DENIAL, toks[i])) return 'negated';
  if (hit.trigger.future) return 'planned';
  const t = toks[hit.tokStart] as Tok;
  // سيلتقي، ستعقد: the س prefix on a present-tense verb.
  if (
    /^[سس][يتن]/.test(t.key) &&
    t.key.length > 4 &&
    hit.trigger.pos === 'verb' &&
    !hit.trigger.forms.some((f) => f[0] === t.key)
  )
    return 'planned';
  for (let i = Math.max(a, hit.tokStart - 8); i < Math.min(b, hit.tokEnd + 3); i++)
    if (FUTURE.has((toks[i] as Tok).key) || FUTURE.has((toks[i] as Tok).noClitic)) return 'planned';
  // "set to visit", "due to meet": a schedule, not an event.
  const before = toks[hit.tokStart - 1];
  if (before?.key === 'to' && ['set', 'due'].includes(toks[hit.tokStart - 2]?.key ?? '')) return 'planned';
  for (let i = Math.max(a, hit.tokStart - 6); i < hit.tokStart; i++) if (cue(CONDITIONAL, toks[i])) return 'planned';
  for (let i = a; i < b; i++) if (cue(REPORTED, toks[i])) return 'reported';
  return 'asserted';
}
