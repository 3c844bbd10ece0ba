// Document-level consistency: a name the model tagged confidently is tagged again where the model missed it.
import type { WordKeys } from './features.js';
import { Gazetteer } from './gazetteer.js';
import type { EntityType } from '@shabaka/schema';
import { loadModel } from './load-model.js';
import { type DocumentRange, perRange, wholeDocument } from './doc-windows.js';
import { stackFeatures } from './stack.js';
import {
  finishSentence,
  scoreSentence,
  type TagTokensOptions,
  type TokenMention,
  type TokenTagging,
} from './tagger.js';

/** Model mentions at least this confident feed the document lexicon (0.5–0.9 tried on the dev split: 0.7 best). */
const MIN_CONFIDENCE = 0.7;
const CLS = { PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC' } as const;
const TYPE_OF: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'LOCATION' };

/** Options of `tagDocument`. */
export interface TagDocumentOptions extends TagTokensOptions {
  /** `ranges[k]`: the sentences sentence k reads as its document (default: all of them, a real article) */
  ranges?: readonly DocumentRange[];
}

/**
 * Tags the sentences of one document: each sentence as `tagTokens` does, then ("one sense per discourse")
 * every untagged repetition of a name the model found with confidence ≥ 0.7 (and the family name of a person) elsewhere in the document
 * gets that name's type (source `rule`). Names seen with two types are left alone.
 * @example tagDocument([['زار', 'أسيك', 'القاهرة'], ['وفاز', 'أسيك']], 'ar')
 */
export function tagDocument(
  sentences: readonly (readonly string[])[],
  lang: 'ar' | 'en',
  options: TagDocumentOptions = {},
): TokenTagging[] {
  const model = options.model ?? loadModel(lang);
  const rules = options.rules !== false;
  const ranges = options.ranges ?? wholeDocument(sentences.length);
  const scored = sentences.map((s) => (s.length ? scoreSentence(s, model) : null));
  // A stacked model's second stage reads the first stage's output over the document; empty sentences have none, so
  // each range is renumbered over the scored sentences.
  const before = [0];
  scored.forEach((x, i) => before.push(before[i]! + (x ? 1 : 0)));
  const stack = model.stage2
    ? stackFeatures(
        scored.filter((x) => x !== null).map((x) => x.first),
        ranges.filter((_, i) => scored[i]).map(([a, b]) => [before[a]!, before[b]!] as const),
      )
    : [];
  let k = 0;
  const results = sentences.map((s, i): TokenTagging => {
    const x = scored[i];
    if (!x) return { labels: [], mentions: [] };
    return finishSentence(s, lang, model, x, stack[k++] ?? null, rules);
  });
  if (!rules || options.document === false) return results;
  // The scorer's word analyses hold each token's lookup keys already.
  const words = scored.map((x): readonly WordKeys[] => x?.first.infos ?? []);
  const votes = results.map((r, s) => mentionVotes(r, sentences[s]!, words[s]!, lang));
  const lexicons = perRange(ranges, ([a, b]) => documentLexicon(votes.slice(a, b), lang));
  return results.map((r, s) => {
    const lexicon = lexicons[s];
    return lexicon ? fillFromLexicon(r, sentences[s]!, words[s]!, lexicon, lang) : r;
  });
}

/** The (phrase, class) votes of one sentence's confident model mentions. */
function mentionVotes(
  r: TokenTagging,
  sentence: readonly string[],
  words: readonly WordKeys[],
  lang: 'ar' | 'en',
): [string, string][] {
  const out: [string, string][] = [];
  for (const m of r.mentions) {
    if (m.source !== 'model' || m.confidence < MIN_CONFIDENCE) continue;
    if (lang === 'en' && !/^[A-Z]/.test(sentence[m.start] ?? '')) continue;
    const keys = words.slice(m.start, m.end);
    const rest = keys.slice(1).map((w) => w.key);
    for (const first of keys[0]!.variants) if (first.length >= 3) out.push([[first, ...rest].join(' '), CLS[m.type]]);
    // News names a person in full once, then by the family name alone.
    const family = keys.length > 1 && m.type === 'PERSON' ? keys[keys.length - 1]!.key : '';
    if (family.length >= 4) out.push([family, CLS[m.type]]);
  }
  return out;
}

/** The names of a document's sentences found with one type only, or null when there are none. */
function documentLexicon(sentenceVotes: readonly [string, string][][], lang: 'ar' | 'en'): Gazetteer | null {
  const votes = new Map<string, Set<string>>();
  for (const list of sentenceVotes)
    for (const [phrase, cls] of list) votes.set(phrase, (votes.get(phrase) ?? new Set<string>()).add(cls));
  if (votes.size === 0) return null;
  const entries: Record<string, string[]> = { PER: [], ORG: [], LOC: [] };
  for (const [phrase, v] of votes) if (v.size === 1) entries[[...v][0]!]!.push(phrase);
  return new Gazetteer({ version: 'doc', lang, sources: [], entries });
}

/** Tags the untagged repetitions in one sentence of the document lexicon's names. */
function fillFromLexicon(
  r: TokenTagging,
  tokens: readonly string[],
  words: readonly WordKeys[],
  lexicon: Gazetteer,
  lang: 'ar' | 'en',
): TokenTagging {
  const taken = r.labels.map((l) => l !== 'O');
  const added: TokenMention[] = [];
  const matches = lexicon.match(words.map((w) => w.variants));
  matches.sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const m of matches) {
    if (m.categories.length !== 1 || taken.slice(m.start, m.end).some(Boolean)) continue;
    if (taken[m.start - 1] || taken[m.end]) continue;
    if (lang === 'en' && !/^[A-Z]/.test(tokens[m.start] ?? '')) continue;
    for (let i = m.start; i < m.end; i++) taken[i] = true;
    added.push({ start: m.start, end: m.end, type: TYPE_OF[m.categories[0]!]!, confidence: 0.8, source: 'rule' });
  }
  if (added.length === 0) return r;
  const mentions = [...r.mentions, ...added].sort((a, b) => a.start - b.start);
  const labels = [...r.labels];
  for (const m of added)
    for (let i = m.start; i < m.end; i++) labels[i] = `${i === m.start ? 'B' : 'I'}-${CLS[m.type]}`;
  return { labels, mentions };
}
