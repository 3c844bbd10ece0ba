// extract(): one document (or text) → sentences, linked entities, relations and events with evidence.
import { detectLanguage, matchKey, splitSentences, stripArticle } from '@shabaka/text';
import { Document, ExtractionResult, ShabakaError, documentId, entityId, sentenceId } from '@shabaka/schema';
import type { Entity, Sentence, TaggedMention } from '@shabaka/schema';
import { clusterMentions, linkAliases, subtypeOf } from './coref.js';
import { docTokens } from './doc-tokens.js';
import { loadKb } from './kb.js';
import type { Kb } from './kb.js';
import {
  kbMentions,
  mergeMentions,
  nerMentions,
  officeMentions,
  propagateNames,
  quotedMentions,
  surnamesAsPeople,
  titleMentions,
} from './mentions.js';
import { resolveAnaphors } from './anaphora.js';
import { bindRoles, scanRoles } from './roles.js';
import { extractFacts } from './facts.js';
import { stateBodyMentions } from './state-bodies.js';
import { defaultTagger, nerVersion } from './tagger.js';
import { personKey, romaniseName } from '../romanise/index.js';
import type { Mention } from './mention.js';
import type { TagFn } from './tagger.js';
import type { Cluster } from './coref.js';
import { loadRelationModel } from './relation-model.js';
import type { Facts } from './fact-context.js';

/** Version of the rule set; recorded in every evidence's extractor name. */
export const EXTRACTOR_VERSION = 'shabaka-rules@0.1.0';

/** Options of `extract`. */
export interface ExtractOptions {
  /** Language of the text; `auto` (default) detects it. */
  lang?: 'ar' | 'en' | 'auto';
  /** ISO date of publication: relative dates (الخميس، أمس, 12 May) are resolved against it. */
  publishedAt?: string;
  title?: string;
  source?: string;
  url?: string;
  /**
   * The NER tagger; default: @shabaka/ner's `tag` when its model is present. `null` runs the
   * knowledge base and rules only (faster, lower recall for unknown names).
   */
  tagger?: TagFn | null;
  /** Also emit LOCATED_IN city→country facts from the gazetteer (not stated by the text). Default false. */
  backgroundFacts?: boolean;
  /**
   * `learned` (default): relations decided by the trained relation model (models/relations.json) over
   * candidate pairs, with the rules' verdicts as features; `rules`: the hand rules' relations alone.
   */
  relations?: 'learned' | 'rules';
}

function toDocument(input: Document | string, options: ExtractOptions): Document {
  if (typeof input !== 'string') {
    const parsed = Document.safeParse(input);
    if (!parsed.success) {
      throw new ShabakaError(
        'INVALID_INPUT',
        `ingest.extract: the document is not valid: ${parsed.error.issues[0]?.message ?? ''}`,
        {
          hint: 'pass a string or a Document with id, title, text and lang',
        },
      );
    }
    return parsed.data;
  }
  const detected = options.lang && options.lang !== 'auto' ? options.lang : detectLanguage(input);
  return Document.parse({
    id: documentId({ url: options.url, text: input }),
    title: options.title ?? input.split('\n', 1)[0]?.slice(0, 200) ?? '',
    text: input,
    lang: detected,
    url: options.url,
    source: options.source,
    publishedAt: options.publishedAt,
  });
}

function entityOf(c: Cluster, doc: Document, lang: 'ar' | 'en', kb: Kb): Entity {
  const named = c.mentions.filter((m) => !m.demonym && !m.anaphor);
  const byLength = [...named].sort((a, b) => b.tokEnd - b.tokStart - (a.tokEnd - a.tokStart) || a.start - b.start);
  let name = byLength[0]?.text ?? (lang === 'ar' ? c.target?.nameAr : c.target?.nameEn) ?? c.mentions[0]?.text ?? c.key;
  // "للأمم المتحدة" leaves "أمم المتحدة" in the text: the knowledge base's spelling with its article is the name.
  const known = lang === 'ar' ? c.target?.nameAr : undefined;
  if (known && known !== name && stripArticle(matchKey(known)) === matchKey(name)) name = known;
  const romanised = c.target?.nameEn ?? romaniseName(name);
  // An unknown person is keyed by the folded English name, so "باراك أوباما" and "Barack Obama" are one entity in
  // a graph, and one a known person's English name folds to is that person ("Faisal bin Farhan"); other unknown
  // entities keep their own name's key (an organisation's words are not its romanisation).
  const folded = c.type === 'PERSON' && !c.target ? personKey(romanised) : undefined;
  const target = c.target ?? (folded ? kb.personByKey.get(folded) : undefined);
  const nameEn = target?.nameEn ?? romanised;
  const key = target?.key ?? folded ?? `name:${matchKey(name)}`;
  const aliases = [...new Set(c.mentions.filter((m) => !m.anaphor || m.role).map((m) => m.text))].filter(
    (a) => a !== name,
  );
  return {
    id: entityId(c.type, key),
    type: c.type,
    subtype: subtypeOf(c),
    name,
    nameEn,
    aliases,
    wikidata: target?.wikidata,
    iso: c.target?.kind === 'country' ? c.target.iso : undefined,
    lat: c.target?.lat,
    lon: c.target?.lon,
    mentions: c.mentions.map((m) => ({ doc: doc.id, start: m.start, end: m.end })),
  };
}

/** Clusters whose names fold to one key are one entity: their aliases and mentions are merged under the first. */
function uniqueEntities(perCluster: readonly Entity[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const e of perCluster) {
    const seen = byId.get(e.id);
    if (!seen) byId.set(e.id, { ...e, aliases: [...e.aliases], mentions: [...e.mentions] });
    else {
      for (const a of [e.name, ...e.aliases]) if (a !== seen.name && !seen.aliases.includes(a)) seen.aliases.push(a);
      seen.mentions.push(...e.mentions);
    }
  }
  return [...byId.values()];
}

/**
 * Extracts sentences, entities (linked, with coreference), relations and events from one article.
 * Synchronous and pure CPU; the knowledge base and NER model load once per process.
 * @example
 * const r = extract('التقى وزير الخارجية التركي بنظيره الأردني في أنقرة.', { publishedAt: '2025-05-13' });
 * r.entities.map((e) => e.nameEn) // ['Turkey', 'Jordan', 'Ankara']
 */
export function extract(input: Document | string, options: ExtractOptions = {}): ExtractionResult {
  return extractWithFacts(input, options, false).result;
}

/**
 * extract() that also returns the facts stage's internals (the rules' findings and, when `collect`,
 * every candidate pair with its features) and the entity id of each mention's cluster: the relation
 * trainer's input.
 * @example extractWithFacts(doc, { relations: 'rules' }, true).facts.candidates.length
 */
export function extractWithFacts(
  input: Document | string,
  options: ExtractOptions,
  collect: boolean,
): { result: ExtractionResult; facts: Facts; entityIdOf: (cluster: number) => string } {
  const doc = toDocument(input, options);
  // An undetermined document is read with the rules of the script most of its letters use.
  const lang: 'ar' | 'en' = doc.lang === 'und' ? (detectLanguage(doc.text) === 'en' ? 'en' : 'ar') : doc.lang;
  const kb = loadKb();
  const text = doc.text;
  const spans = splitSentences(text);
  const sentences: Sentence[] = spans.map((s, index) => ({
    id: sentenceId(doc.id, index),
    docId: doc.id,
    index,
    start: s.start,
    end: s.end,
    text: s.text,
  }));
  const toks = docTokens(text, spans, kb.isKnown);
  const tagger = options.tagger === undefined ? defaultTagger(lang) : options.tagger;
  let tagged: TaggedMention[] = [];
  try {
    tagged = tagger ? tagger(text, { lang }) : [];
  } catch (cause) {
    // A tagger that already says what is wrong (a custom one whose model is missing, say) keeps its own error;
    // anything else thrown while tagging is a crash on this document, not a setup problem.
    if (cause instanceof ShabakaError) throw cause;
    throw new ShabakaError('TAGGER_FAILED', `ingest.extract: the NER tagger crashed on document ${doc.id}`, {
      hint: 'a bug in the tagger: report it with the document, or pass { tagger: null } to extract with the knowledge base and rules only',
      cause,
    });
  }
  const known = kbMentions(toks, text, kb);
  let mentions = mergeMentions([
    known,
    quotedMentions(toks, text),
    // State bodies before the model: its spans often stop short of the domain or the country.
    stateBodyMentions(toks, text, known, lang),
    nerMentions(tagged, toks, text, kb),
  ]);
  mentions = mergeMentions([mentions, officeMentions(toks, text, mentions)]);
  const index = (mentionList: readonly Mention[]): Map<number, Mention> => {
    const at = new Map<number, Mention>();
    for (const m of mentionList) if (!at.has(m.tokStart)) at.set(m.tokStart, m);
    return at;
  };
  const covered = (mentionList: readonly Mention[]): ((t: number) => boolean) => {
    const set = new Set<number>();
    for (const m of mentionList) for (let t = m.tokStart; t < m.tokEnd; t++) set.add(t);
    return (t) => set.has(t);
  };
  const phrasesBeforeTitles = scanRoles(toks, index(mentions), lang);
  mentions = mergeMentions([
    mentions,
    titleMentions(toks, text, phrasesBeforeTitles, covered(mentions), (w) => kb.nameWords.has(w) || kb.translit.has(w)),
  ]);
  mentions = surnamesAsPeople(mergeMentions([mentions, propagateNames(toks, text, mentions, covered(mentions))]));
  const at = index(mentions);
  const phrases = scanRoles(toks, at, lang);
  const bindings = bindRoles(toks, at, phrases);
  linkAliases(toks, mentions);
  const clusters = clusterMentions(mentions);
  const extra = resolveAnaphors({ toks, text, clusters, mentions, phrases, bindings, kb, lang });
  const perCluster = clusters.map((c) => entityOf(c, doc, lang, kb));
  const entities = uniqueEntities(perCluster);
  // Every cluster has a mention, so perCluster[i] is the entity of clusters[i].
  const idOf = (cluster: number): string => perCluster[cluster]?.id ?? '';
  const relationModel = options.relations === 'rules' ? null : loadRelationModel();
  const facts = extractFacts({
    doc,
    lang,
    toks,
    text,
    sentences,
    mentions: [...mentions, ...extra],
    clusters,
    bindings,
    kb,
    entityIdOf: idOf,
    extractor: `${EXTRACTOR_VERSION}+ner:${tagger ? (options.tagger ? 'custom' : nerVersion(lang)) : 'none'}${relationModel ? `+rel:${relationModel.version}` : ''}`,
    backgroundFacts: options.backgroundFacts ?? false,
    relationModel,
    collectCandidates: collect,
  });
  const result = ExtractionResult.parse({
    documents: [doc],
    sentences,
    entities,
    relations: facts.relations,
    events: facts.events,
  });
  return { result, facts, entityIdOf: idOf };
}
