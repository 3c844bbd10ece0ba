// Tags one tokenised sentence: model (Viterbi), then rules, then gazetteer fill — the documented decision order.
import type { EntityType, MentionSource } from '@shabaka/schema';
import { marginals, viterbi } from './decode.js';
import { CLASS_TO_TYPE, LABELS, NUM_LABELS, spansFromTags } from './labels.js';
import { loadModel } from './load-model.js';
import { EmissionScorer, type TaggerModel } from './model.js';
import { applyRules } from './rules.js';

/** A mention over tokens [start, end). */
export interface TokenMention {
  start: number;
  end: number;
  type: EntityType;
  confidence: number;
  source: MentionSource;
}

/** Result of tagging one tokenised sentence. */
export interface TokenTagging {
  /** IOB2 labels over PER/ORG/LOC (MISC is turned into O) */
  labels: string[];
  mentions: TokenMention[];
}

/** Options of `tagTokens`. */
export interface TagTokensOptions {
  /** apply the rules and gazetteer fill after the model (default true) */
  rules?: boolean;
  model?: TaggerModel;
}

const scorers = new WeakMap<TaggerModel, EmissionScorer>();

/**
 * Tags a sentence that is already tokenised (e.g. a CoNLL sentence).
 * @example tagTokens(['زار', 'أردوغان', 'أنقرة'], 'ar').mentions.map((m) => m.type) // ['PERSON', 'LOCATION']
 */
export function tagTokens(tokens: readonly string[], lang: 'ar' | 'en', options: TagTokensOptions = {}): TokenTagging {
  const n = tokens.length;
  if (n === 0) return { labels: [], mentions: [] };
  const model = options.model ?? loadModel(lang);
  let scorer = scorers.get(model);
  if (!scorer) scorers.set(model, (scorer = new EmissionScorer(model)));
  const { emissions } = scorer.score(tokens);
  const path = viterbi(emissions, n, model.transitions);
  const probs = marginals(emissions, n, model.transitions, model.meta.confidenceScale);
  const labels = path.map((y) => LABELS[y] ?? 'O');
  const mentions: TokenMention[] = [];
  const owned = new Array<boolean>(n).fill(false);
  for (const s of spansFromTags(labels)) {
    if (s.cls === 'MISC') continue;
    let conf = 0;
    for (let i = s.start; i < s.end; i++) conf += probs[i * NUM_LABELS + path[i]!]!;
    mentions.push({
      start: s.start,
      end: s.end,
      type: CLASS_TO_TYPE[s.cls],
      confidence: conf / (s.end - s.start),
      source: 'model',
    });
  }
  // MISC tokens are not free for rules: the model saw a name there, just not one we emit.
  for (const s of spansFromTags(labels)) for (let i = s.start; i < s.end; i++) owned[i] = true;
  if (options.rules !== false) mentions.push(...applyRules(tokens, lang, model.gazetteer, owned));
  mentions.sort((a, b) => a.start - b.start);
  const out = new Array<string>(n).fill('O');
  const cls = { PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC' } as const;
  for (const m of mentions)
    for (let i = m.start; i < m.end; i++) out[i] = `${i === m.start ? 'B' : 'I'}-${cls[m.type]}`;
  return { labels: out, mentions };
}
