// Turns an ExtractionResult into the flat parameter rows the upsert statements UNWIND (pure, no I/O).
import type {
  Document,
  EntityType,
  Event,
  Evidence,
  ExtractionResult,
  Modality,
  Predicate,
  Sentence,
} from '@shabaka/schema';
import { orientRelation, relationKeyOf, sentenceId, strongerModality } from '@shabaka/schema';
import { matchKey } from '@shabaka/text';

export interface ArticleRow {
  id: string;
  props: { title: string; url: string | null; source: string | null; publishedAt: string | null; lang: string };
  contentHash: string | null;
  kind: string;
}
export interface SentenceRow {
  id: string;
  articleId: string;
  index: number;
  text: string;
  start: number;
  /** `PREDICATE key` of every relationship this sentence evidences: what retracting its article undoes. */
  relationKeys: string[];
}
export interface EntityRow {
  id: string;
  props: {
    type: EntityType;
    name: string;
    nameEn: string;
    subtype: string | null;
    wikidata: string | null;
    iso: string | null;
    lat: number | null;
    lon: number | null;
  };
  aliases: string[];
  searchKeys: string[];
  /** Aliases and keys joined with " | ", the strings the full-text indexes read. */
  aliasText: string;
  searchText: string;
}
/** A mention span, with offsets inside the sentence. */
export interface MentionRow {
  sentenceId: string;
  entityId: string;
  start: number;
  end: number;
}
/** One piece of evidence; `key` (sentence id + span) is what makes re-upserting it a no-op. */
export interface EvidenceRow {
  key: string;
  sentenceId: string;
  confidence: number;
  /** Publication date of the evidence's article (YYYY-MM-DD), for firstSeen/lastSeen. */
  seen: string | null;
  /** How this evidence tells the relation: a known relationship takes the strongest of its evidence's. */
  modality: Modality;
}
export interface RelationRow {
  key: string;
  subject: string;
  object: string;
  role: string | null;
  roleEn: string | null;
  /** The strongest modality of the row's evidence. */
  modality: Modality;
  evidence: EvidenceRow[];
  /** Derived from `evidence`, for relationships created by this row. */
  sentenceIds: string[];
  firstSeen: string | null;
  lastSeen: string | null;
}
export interface EventRow {
  id: string;
  props: {
    type: string;
    date: string | null;
    dateText: string | null;
    modality: string;
    confidence: number;
    sentenceId: string;
    evidenceStart: number;
    evidenceEnd: number;
  };
  participants: string[];
  location: string | null;
}
export interface UpsertRows {
  articles: ArticleRow[];
  sentences: SentenceRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  /** Relation rows grouped by predicate, because a relationship type cannot be a parameter. */
  relations: Map<Predicate, RelationRow[]>;
  events: EventRow[];
}

/** Sentences of one document ordered by start, for span → sentence lookups. */
class SentenceIndex {
  private readonly byDoc = new Map<string, SentenceRow[]>();
  private readonly byId = new Map<string, SentenceRow>();
  private readonly relationKeys = new Map<string, Set<string>>();

  constructor(
    sentences: readonly Sentence[],
    private readonly docs: ReadonlyMap<string, Document>,
  ) {
    for (const s of sentences)
      this.add({ id: s.id, articleId: s.docId, index: s.index, text: s.text, start: s.start, relationKeys: [] });
    for (const list of this.byDoc.values()) list.sort((a, b) => a.start - b.start);
  }

  all(): SentenceRow[] {
    return [...this.byId.values()].map((row) => ({ ...row, relationKeys: [...(this.relationKeys.get(row.id) ?? [])] }));
  }

  /** The sentence containing [start, end) of a document, if the result carries it. */
  containing(doc: string, start: number, end: number): SentenceRow | undefined {
    return this.byDoc.get(doc)?.find((s) => s.start <= start && end <= s.start + s.text.length);
  }

  /** The evidence's sentence: given by index, found by span, or rebuilt from the evidence text. */
  forEvidence(ev: Evidence): SentenceRow {
    const byIndex = ev.sentenceIndex === undefined ? undefined : this.byId.get(sentenceId(ev.doc, ev.sentenceIndex));
    const found = byIndex ?? this.containing(ev.doc, ev.start, ev.end);
    if (found) return found;
    const text = this.docs.get(ev.doc)?.text;
    const located = text === undefined ? -1 : text.lastIndexOf(ev.sentence, ev.start);
    const start = located >= 0 ? located : ev.start;
    const index = ev.sentenceIndex ?? -1;
    const id = index >= 0 ? sentenceId(ev.doc, index) : `${ev.doc}#@${start}`;
    const row = { id, articleId: ev.doc, index, text: ev.sentence, start, relationKeys: [] };
    this.add(row);
    return row;
  }

  /** Records that sentence `id` evidences a relationship (`PREDICATE key`). */
  noteRelation(id: string, tagged: string): void {
    const keys = this.relationKeys.get(id) ?? new Set<string>();
    this.relationKeys.set(id, keys.add(tagged));
  }

  private add(row: SentenceRow): void {
    if (this.byId.has(row.id)) return;
    this.byId.set(row.id, row);
    const list = this.byDoc.get(row.articleId) ?? [];
    list.push(row);
    this.byDoc.set(row.articleId, list);
  }
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(n, max));
}

/** Evidence → row keyed by sentence id and the span inside that sentence. */
function evidenceRow(
  ev: Evidence,
  sentences: SentenceIndex,
  docs: ReadonlyMap<string, Document>,
): Omit<EvidenceRow, 'modality'> & { start: number; end: number } {
  const s = sentences.forEvidence(ev);
  const start = clamp(ev.start - s.start, s.text.length);
  const end = clamp(ev.end - s.start, s.text.length);
  const published = docs.get(ev.doc)?.publishedAt;
  return {
    key: `${s.id}|${start}|${end}`,
    sentenceId: s.id,
    confidence: ev.confidence,
    seen: published ? published.slice(0, 10) : null,
    start,
    end,
  };
}

function distinctKeys(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => matchKey(v)).filter((k) => k.length > 0))];
}

function relationRows(result: ExtractionResult, sentences: SentenceIndex, docs: ReadonlyMap<string, Document>) {
  const byPredicate = new Map<Predicate, Map<string, RelationRow>>();
  for (const r of result.relations) {
    const [subject, object] = orientRelation(r.subject, r.predicate, r.object);
    const key = relationKeyOf(r);
    const group = byPredicate.get(r.predicate) ?? new Map<string, RelationRow>();
    byPredicate.set(r.predicate, group);
    const row = group.get(key) ?? {
      key,
      subject,
      object,
      role: r.role,
      roleEn: r.roleEn,
      modality: r.modality,
      evidence: [],
      sentenceIds: [],
      firstSeen: null,
      lastSeen: null,
    };
    group.set(key, row);
    const { key: evKey, sentenceId: sid, seen } = evidenceRow(r.evidence, sentences, docs);
    sentences.noteRelation(sid, `${r.predicate} ${key}`);
    if (row.evidence.some((e) => e.key === evKey)) continue;
    row.evidence.push({ key: evKey, sentenceId: sid, confidence: r.confidence, seen, modality: r.modality });
    row.modality = strongerModality(row.modality, r.modality);
    if (!row.sentenceIds.includes(sid)) row.sentenceIds.push(sid);
    if (seen !== null && (row.firstSeen === null || seen < row.firstSeen)) row.firstSeen = seen;
    if (seen !== null && (row.lastSeen === null || seen > row.lastSeen)) row.lastSeen = seen;
  }
  return new Map([...byPredicate].map(([p, group]) => [p, [...group.values()]]));
}

function eventRow(e: Event, sentences: SentenceIndex, docs: ReadonlyMap<string, Document>): EventRow {
  const ev = evidenceRow(e.evidence, sentences, docs);
  return {
    id: e.id,
    props: {
      type: e.type,
      date: e.date,
      dateText: e.dateText,
      modality: e.modality,
      confidence: e.confidence,
      sentenceId: ev.sentenceId,
      evidenceStart: ev.start,
      evidenceEnd: ev.end,
    },
    participants: [...new Set(e.participants)],
    location: e.location,
  };
}

/**
 * Flattens an extraction result into upsert rows. Evidence spans become offsets inside their
 * sentence; sentences missing from the result are rebuilt from the evidence text.
 * @example const rows = toUpsertRows(ExtractionResult.parse(json)); rows.relations.get('MET')
 */
export function toUpsertRows(result: ExtractionResult): UpsertRows {
  const docs = new Map(result.documents.map((d) => [d.id, d]));
  const sentences = new SentenceIndex(result.sentences, docs);
  const relations = relationRows(result, sentences, docs);
  const events = result.events.map((e) => eventRow(e, sentences, docs));
  const mentions: MentionRow[] = [];
  for (const e of result.entities) {
    for (const m of e.mentions) {
      const s = sentences.containing(m.doc, m.start, m.end);
      if (s) mentions.push({ sentenceId: s.id, entityId: e.id, start: m.start - s.start, end: m.end - s.start });
    }
  }
  const entities = result.entities.map((e) => {
    const aliases = [...new Set([e.name, e.nameEn, ...e.aliases])];
    const searchKeys = distinctKeys(aliases);
    return {
      id: e.id,
      props: {
        type: e.type,
        name: e.name,
        nameEn: e.nameEn,
        subtype: e.subtype ?? null,
        wikidata: e.wikidata ?? null,
        iso: e.iso ?? null,
        lat: e.lat ?? null,
        lon: e.lon ?? null,
      },
      aliases,
      searchKeys,
      aliasText: aliases.join(' | '),
      searchText: searchKeys.join(' | '),
    };
  });
  const articles = result.documents.map((d) => ({
    id: d.id,
    props: {
      title: d.title,
      url: d.url ?? null,
      source: d.source ?? null,
      publishedAt: d.publishedAt ?? null,
      lang: d.lang,
    },
    contentHash: d.contentHash ?? null,
    kind: d.kind,
  }));
  return { articles, sentences: sentences.all(), entities, mentions, relations, events };
}
