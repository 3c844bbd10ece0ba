// Tags one tokenised sentence: model (Viterbi; two stages when stacked), then rules, then gazetteer fill — the documented decision order.
import { marginals, viterbi } from './decode.js';
import { CLASS_TO_TYPE, NUM_LABELS, spansFromTags, tagsOfPath } from './labels.js';
import { loadModel } from './load-model.js';
import { EmissionScorer, scoreFeatures, type TaggerModel } from './model.js';
import { applyRules } from './rules.js';
import { stackFeatures, stage1, type Stage1Output } from './stack.js';
import type { TokenMention } from './token-mention.js';

export type { TokenMention } from './token-mention.js';

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
  /** with rules on, also the document-consistency step of `tagDocument` (default true) */
  document?: boolean;
  model?: TaggerModel;
}

const scorers = new WeakMap<TaggerModel, EmissionScorer>();

/** A sentence scored by the model: the first stage's decision and, for a stacked model, the second stage's shared scores. */
export interface ScoredSentence {
  first: Stage1Output;
  second: Float64Array | null;
}

/**
 * Scores one sentence and decodes the first stage (internal: `tagDocument` gathers these over a document).
 * @example scoreSentence(['زار', 'أنقرة'], loadModel('ar')).first.path
 */
export function scoreSentence(tokens: readonly string[], model: TaggerModel): ScoredSentence {
  let scorer = scorers.get(model);
  if (!scorer) scorers.set(model, (scorer = new EmissionScorer(model)));
  const scores = scorer.score(tokens);
  return { first: stage1(scores, model.transitions, model.meta.confidenceScale), second: scores.second };
}

/**
 * Finishes a scored sentence: the second stage when the model has one (given the document's stack features),
 * then spans, confidences and the rules.
 * @example finishSentence(tokens, 'ar', model, scoreSentence(tokens, model), null, true)
 */
export function finishSentence(
  tokens: readonly string[],
  lang: 'ar' | 'en',
  model: TaggerModel,
  scored: ScoredSentence,
  stack: readonly (readonly string[])[] | null,
  rules: boolean,
): TokenTagging {
  const n = tokens.length;
  let path = scored.first.path;
  // Marginals give the spans' confidences; for the second stage, forward-backward runs only for a sentence with a span.
  let probsOf = (): Float64Array => scored.first.probs;
  const stage2 = model.stage2;
  if (stage2 && scored.second && stack) {
    const emissions = scoreFeatures(stage2, stack);
    for (let x = 0; x < emissions.length; x++) emissions[x]! += scored.second[x]!;
    path = viterbi(emissions, n, stage2.transitions);
    probsOf = () => marginals(emissions, n, stage2.transitions, stage2.meta.confidenceScale);
  }
  const labels = tagsOfPath(path);
  const spans = spansFromTags(labels);
  const mentions: TokenMention[] = [];
  const owned = new Array<boolean>(n).fill(false);
  let probs: Float64Array | null = null;
  for (const s of spans) {
    if (s.cls === 'MISC') continue;
    probs ??= probsOf();
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
  for (const s of spans) for (let i = s.start; i < s.end; i++) owned[i] = true;
  if (rules) mentions.push(...applyRules(tokens, lang, model.gazetteer, owned, scored.first.infos));
  mentions.sort((a, b) => a.start - b.start);
  const out = new Array<string>(n).fill('O');
  const cls = { PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC' } as const;
  for (const m of mentions)
    for (let i = m.start; i < m.end; i++) out[i] = `${i === m.start ? 'B' : 'I'}-${cls[m.type]}`;
  return { labels: out, mentions };
}

/**
 * Tags a sentence that is already tokenised (e.g. a CoNLL sentence); a stacked model sees it as a one-sentence document.
 * @example tagTokens(['زار', 'أردوغان', 'أنقرة'], 'ar').mentions.map((m) => m.type) // ['PERSON', 'LOCATION']
 */
export function tagTokens(tokens: readonly string[], lang: 'ar' | 'en', options: TagTokensOptions = {}): TokenTagging {
  if (tokens.length === 0) return { labels: [], mentions: [] };
  const model = options.model ?? loadModel(lang);
  const scored = scoreSentence(tokens, model);
  const stack = model.stage2 ? (stackFeatures([scored.first])[0] ?? null) : null;
  return finishSentence(tokens, lang, model, scored, stack, options.rules !== false);
}
