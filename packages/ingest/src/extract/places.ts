// LOCATED_IN from the text: nested names (مديرية أمن إسطنبول), "X في Y", "X (جنوب غربي تركيا)", "العاصمة الأردنية عمان", "Yalova, Turkey".
import { DIRECTIONS, GOV_HEADS, keySet } from './lexicon.js';
import { SETTLEMENTS } from './clauses.js';
import type { Sentence } from '@shabaka/schema';
import type { Cluster } from './coref.js';
import type { Tok } from './doc-tokens.js';
import { groupMentions } from './mention.js';
import type { Mention } from './mention.js';

/** Receives one LOCATED_IN finding. */
export type AddPlace = (
  subject: Mention,
  object: Mention,
  s: Sentence,
  span: [number, number],
  confidence: number,
) => void;

const RESIDENCE = keySet([
  'يعمل',
  'يقيم',
  'يعيش',
  'مقيم',
  'المقيم',
  'ويعمل',
  'ويقيم',
  'based',
  'lives',
  'living',
  'works',
]);
const CAPITAL = keySet(['العاصمة', 'عاصمة', 'capital']);

const isCountry = (m: Mention): boolean => m.target?.kind === 'country';
const isPlace = (m: Mention): boolean => m.type === 'LOCATION' && !m.demonym;

/**
 * Finds LOCATED_IN relations stated by the text and passes them to `add`.
 * @example placeRelations({ toks, sentences, mentions, clusters, backgroundFacts: false }, add)
 */
export function placeRelations(
  input: {
    toks: readonly Tok[];
    sentences: readonly Sentence[];
    mentions: readonly Mention[];
    clusters: readonly Cluster[];
    backgroundFacts: boolean;
  },
  add: AddPlace,
): void {
  const { toks, sentences, mentions, clusters } = input;
  const sorted = [...mentions]
    .filter((m) => m.entity >= 0)
    .sort((a, b) => a.tokStart - b.tokStart || b.tokEnd - a.tokEnd);
  // Mentions by first and by end token, each list in `sorted` order.
  const byStart = groupMentions(sorted, (m) => m.tokStart);
  const byEnd = groupMentions(sorted, (m) => m.tokEnd);
  const rank = new Map(sorted.map((m, i) => [m, i]));
  const startingAt = (t: number): Mention | undefined =>
    byStart.get(t)?.find((m) => isPlace(m) || m.demonym || m.anaphor);
  for (const m of sorted) {
    const s = sentences[m.sent];
    if (!s) continue;
    // Nested: an organisation or venue named after its place.
    for (let t = m.tokStart; t < m.tokEnd && !m.anaphor && m.type !== 'PERSON'; t++) {
      for (const n of byStart.get(t) ?? []) {
        if (n !== m && isPlace(n) && n.tokEnd <= m.tokEnd && (n.tokStart > m.tokStart || n.tokEnd < m.tokEnd))
          add(m, n, s, [m.start, m.end], 0.75);
      }
    }
    const office = m.type === 'ORGANIZATION' && !m.target && GOV_HEADS.has((toks[m.tokStart] as Tok).bare);
    const venue = office || (isPlace(m) && m.target?.kind !== 'country' && m.target?.kind !== 'city');
    const place = isPlace(m) && !isCountry(m);
    // X … في Y (a venue or an office, at most three tokens between)
    if (venue) {
      for (let k = m.tokEnd; k < m.tokEnd + 4 && k < toks.length; k++) {
        const t = toks[k] as Tok;
        if (t.key === 'في' || t.key === 'in' || (t.clitics.includes('ب') && startingAt(k))) {
          const y = t.key === 'في' || t.key === 'in' ? startingAt(k + 1) : startingAt(k);
          if (y && isPlace(y) && y.entity !== m.entity) add(m, y, s, [m.start, y.end], 0.7);
          break;
        }
        if (t.kind === 'punct' && t.text !== '»' && t.text !== '«') break;
      }
    }
    // X (جنوب غربي تركيا) / X، شرق البلاد / X شمال غربي البلاد / Yalova, Turkey
    if (place) {
      let k = m.tokEnd;
      if (toks[k]?.text === '(' || toks[k]?.text === '،' || toks[k]?.text === ',') k++;
      let dirs = 0;
      while (dirs < 3 && toks[k] && DIRECTIONS.has((toks[k] as Tok).key)) {
        k++;
        dirs++;
      }
      if (toks[k]?.key === 'of') k++;
      const y = startingAt(k);
      const comma = toks[m.tokEnd]?.text === ',';
      if (y && isCountry(y) && !y.demonym && y.entity !== m.entity && (dirs > 0 || comma))
        add(m, y, s, [m.start, y.end], 0.7);
    }
    // العاصمة الأردنية عمان: the capital of the adjective's country.
    if (place && m.target?.kind !== 'country') {
      const adj = byEnd.get(m.tokStart)?.find((x) => x.demonym);
      if (adj && CAPITAL.has(toks[adj.tokStart - 1]?.noClitic ?? ''))
        add(m, adj, s, [(toks[adj.tokStart - 1] as Tok).start, m.end], 0.8);
      // "the Ukrainian city of Kharkiv", "the northwestern Pakistani city of X": the adjective's country.
      if (toks[m.tokStart - 1]?.key === 'of' && SETTLEMENTS.has(toks[m.tokStart - 2]?.key ?? '')) {
        const own = [...(byEnd.get(m.tokStart - 3) ?? []), ...(byEnd.get(m.tokStart - 2) ?? [])]
          .filter((x) => x.demonym && isCountry(x))
          .sort((x, y) => (rank.get(x) ?? 0) - (rank.get(y) ?? 0))[0];
        if (own && own.entity !== m.entity) add(m, own, s, [own.start, m.end], 0.75);
      }
    }
  }
  // A person who works or lives in a place: "… يعمل في إسطنبول".
  for (const t of toks) {
    if (!RESIDENCE.has(t.key) || toks[t.i + 1]?.key !== 'في') continue;
    const y = startingAt(t.i + 2);
    const who = [...sorted].reverse().find((m) => m.tokEnd <= t.i && m.sent === t.sent && m.type === 'PERSON');
    const s = sentences[t.sent];
    if (y && who && s) add(who, y, s, [who.start, y.end], 0.6);
  }
  if (!input.backgroundFacts) return;
  // Gazetteer facts (not stated by the text): a city lies in its country, when both are in the article.
  for (const c of clusters) {
    if (c.target?.kind !== 'city') continue;
    const country = clusters.find((x) => x.target?.key === `iso:${c.target?.country}`);
    const m = c.mentions[0];
    const y = country?.mentions[0];
    const s = m ? sentences[m.sent] : undefined;
    if (m && y && s) add(m, y, s, [m.start, m.end], 0.5);
  }
}
