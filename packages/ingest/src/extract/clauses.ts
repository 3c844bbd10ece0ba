// Clauses around a trigger: where participants stop, who the subject is, and where the event took place.
import { DIRECTIONS } from './lexicon.js';
import type { Modality, Sentence } from '@shabaka/schema';
import { isCountry } from './fact-context.js';
import type { Tok } from './doc-tokens.js';
import type { Mention } from './mention.js';
import type { Hit } from './trigger-hits.js';

/** Words after which a clause no longer holds participants (purpose, topic). */
const CLAUSE_END = new Set([
  'لبحث',
  'لمناقشه',
  'بهدف',
  'حول',
  'بشان',
  'ناقش',
  'ناقشوا',
  'وناقش',
  'لبحثه',
  'الذي',
  'التي',
  'to',
  'about',
  'over',
  'which',
  'who',
  'as',
  'while',
  'amid',
  'فيما',
  'بينما',
]);
/** Clause ends that only purpose clauses use ("to discuss"), not "links to X". */
const PURPOSE_ONLY = new Set(['to', 'about', 'over']);

/** Complementisers that open reported content (قال إن …, said that …). */
export const COMPLEMENTISERS = new Set(['ان', 'بان', 'انه', 'انها', 'that', ':']);

/** Markers of the agent after a passive or a noun (نفذه X, by X). */
export const AGENT_MARKERS = new Set(['نفذه', 'نفذها', 'شنه', 'شنها', 'نفذ', 'by']);

/** Plurals of a country's parts: "ولايات تركيا", "أنحاء البلاد". */
const PARTS_OF = new Set(['ولايات', 'محافظات', 'مدن', 'انحاء', 'مناطق', 'provinces', 'regions', 'across']);

/** Nouns of a settlement named after "of": "the city of Kharkiv", "the Ukrainian town of X". */
export const SETTLEMENTS = new Set(['city', 'town', 'village', 'port', 'province', 'region', 'district', 'capital']);

/** English verbs of a trailing reporting clause: "…, the interior ministry said." */
const REPORTING = new Set(['said', 'says', 'told', 'reported', 'announced', 'stated', 'confirmed', 'added']);

/** Whether a place is named "(the) [<adjective>] city of X": the token before it is "of" after a settlement noun. */
export function settlementOf(toks: readonly Tok[], m: Mention): boolean {
  return toks[m.tokStart - 1]?.key === 'of' && SETTLEMENTS.has(toks[m.tokStart - 2]?.key ?? '');
}

/** How many tokens from its trigger an event's place may be. */
const PLACE_REACH = 18;

/**
 * The place of an event: a location after في/in/at nearest to the trigger (a city before a country).
 * @example placeOf(toks, inClause, hit)?.text // 'أنقرة'
 */
export function placeOf(toks: readonly Tok[], mentions: readonly Mention[], hit: Hit): Mention | undefined {
  const cands = mentions.filter((m) => {
    if (m.type !== 'LOCATION' || m.demonym) return false;
    // A place far from the trigger belongs to another clause ("بعد أيام على اشتباك وقع في X").
    if (Math.abs(m.tokStart - hit.tokStart) > PLACE_REACH) return false;
    const t = toks[m.tokStart] as Tok;
    const prev = toks[m.tokStart - 1];
    const prev2 = toks[m.tokStart - 2];
    return (
      t.clitics.includes('ب') ||
      prev?.key === 'في' ||
      prev?.key === 'in' ||
      prev?.key === 'at' ||
      prev?.key === 'near' ||
      // "in southern Lebanon", "في شمال سوريا"
      (DIRECTIONS.has(prev?.key ?? '') && (prev2?.key === 'في' || prev2?.key === 'in')) ||
      // في العاصمة الأردنية عمان / في مدينة X
      (prev2?.key === 'في' && (prev?.bare === 'عاصمه' || prev?.bare === 'مدينه')) ||
      // "في 28 ولاية من ولايات تركيا", "across the provinces of X"
      PARTS_OF.has(prev?.bare ?? '') ||
      // "the Ukrainian city of Kharkiv", "in the northwestern town of X"
      settlementOf(toks, m) ||
      toks[m.tokStart - 3]?.key === 'في'
    );
  });
  // English puts where it happened after the verb; "Police in Nigeria arrested … in Maiduguri" took place in Maiduguri.
  const english = /[a-z]/i.test(toks[hit.tokStart]?.text ?? '');
  const cost = (m: Mention): number =>
    Math.abs(m.tokStart - hit.tokStart) + (isCountry(m) ? 5 : 0) + (english && m.tokEnd <= hit.tokStart ? 8 : 0);
  cands.sort((x, y) => cost(x) - cost(y));
  return cands[0];
}

/**
 * Token range of the trigger's clause: after a complementiser before it, up to a purpose word or ؛ after it.
 * @example clauseOf(toks, 0, 30, hit) // [4, 21]
 */
export function clauseOf(toks: readonly Tok[], a: number, b: number, hit: Hit): [number, number] {
  // Reported content starts after its complementiser: "قال X إن Y التقى Z" → Y and Z only.
  let start = a;
  for (let i = hit.tokStart - 1; i > a; i--) {
    // إنه / أنها carry the speaker as subject: the clause keeps its speaker.
    if (COMPLEMENTISERS.has((toks[i] as Tok).key) && !/^[اب]?ان(ه|ها)$/.test((toks[i] as Tok).key)) {
      start = i + 1;
      break;
    }
  }
  let end = b;
  for (let i = hit.tokEnd; i < b; i++) {
    const t = toks[i] as Tok;
    // "الهجوم الذي نفذه X على Y": a relative clause naming the agent still belongs to the event.
    const agentClause = AGENT_MARKERS.has(toks[i + 1]?.key ?? '');
    // Purpose words ("لبحث", "to discuss") end a meeting's participants; an arrest's "links to X" does not.
    const purpose = CLAUSE_END.has(t.key) && (hit.trigger.event !== 'ARREST' || !PURPOSE_ONLY.has(t.key));
    // "X arrested Y, the interior ministry said": the sayer of a trailing report takes no part in the event.
    const report =
      t.text === ',' &&
      hit.trigger.event !== 'STATEMENT' &&
      toks.slice(i + 1, Math.min(b, i + 6)).some((x) => REPORTING.has(x.key));
    if (t.text === '؛' || t.text === ';' || report || (purpose && i > hit.tokEnd && !agentClause)) {
      end = i;
      break;
    }
  }
  return [start, end];
}

/**
 * Subject of a verb: Arabic VSO takes the actor right after the verb, else the nearest actor before it.
 * @example subjectOf(mentions, hit, 'ar', isActor)?.text
 */
export function subjectOf(
  mentions: readonly Mention[],
  hit: Hit,
  lang: 'ar' | 'en',
  accept: (m: Mention) => boolean,
  reach = 1000,
): Mention | undefined {
  // Arabic VSO ("قال X") and English inversion ("said X") put the subject right after the verb.
  // English inverts only verbs of saying ("…, said Lavrov"); "X accused Y" keeps its subject first.
  if (hit.trigger.pos === 'verb' && (lang === 'ar' || hit.trigger.event === 'STATEMENT')) {
    // "قال الأمين العام للأمم المتحدة X": the person after the title speaks, not the body in it.
    const person =
      lang === 'ar'
        ? mentions.find(
            (m) => m.tokStart >= hit.tokEnd && m.tokStart <= hit.tokEnd + 6 && m.type === 'PERSON' && accept(m),
          )
        : undefined;
    const after =
      person ??
      mentions.find((m) => m.tokStart >= hit.tokEnd && m.tokStart <= hit.tokEnd + (lang === 'ar' ? 3 : 1) && accept(m));
    if (after) return after;
  }
  const before = mentions.filter((m) => m.tokEnd <= hit.tokStart && hit.tokStart - m.tokEnd <= reach && accept(m));
  return before[before.length - 1];
}

/**
 * The mentions of the trigger's clause (kept by `keep`) and the event's place among them.
 * @example clauseMentions(toks, site, () => true).place
 */
export function clauseMentions(
  toks: readonly Tok[],
  site: Site,
  keep: (m: Mention) => boolean,
): { inClause: Mention[]; place: Mention | undefined } {
  const [c0, c1] = clauseOf(toks, site.a, site.b, site.hit);
  const inClause = site.mentions.filter((m) => m.tokStart >= c0 && m.tokEnd <= c1 && keep(m));
  return { inClause, place: placeOf(toks, inClause, site.hit) };
}

/** Where a trigger fired: its sentence, the sentence's mentions and token range, and its modality. */
export interface Site {
  s: Sentence;
  mentions: readonly Mention[];
  hit: Hit;
  modality: Modality;
  a: number;
  b: number;
}
