// Fixture extraction results with per-run unique ids, for tests that share a store with other writers.
import { randomUUID } from 'node:crypto';
import { ExtractionResult, sentenceId, stableId } from '@shabaka/schema';

/** Opening a store and seeding it shares two cores (and Neo4j) with other suites: hooks allow a slow start. */
export const SETUP_MS = 60_000;

/** A unique prefix per test run, so parallel tests on one database never see each other's rows. */
export function runPrefix(): string {
  return `t${randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

/**
 * A small Arabic news graph: Fidan (Turkey's foreign minister) met Umerov in Ankara; Erdogan leads Turkey.
 * Every id and name carries `prefix` so searches and lookups only find this run's rows.
 * @example const { result, ids } = newsFixture(runPrefix()); await store.upsert(result)
 */
export function newsFixture(prefix: string) {
  const docId = stableId('doc', prefix, 'news');
  const text =
    `التقى وزير الخارجية التركي هاكان فيدان${prefix} نظيره الأوكراني رستم أوميروف${prefix} في أنقرة${prefix}. ` +
    `وقال الرئيس رجب طيب إردوغان${prefix} إن تركيا${prefix} تدعم المفاوضات.`;
  const first = text.slice(0, text.indexOf('.') + 1);
  const second = text.slice(first.length + 1);
  const ids = {
    doc: docId,
    fidan: `per_${prefix}_fidan`,
    umerov: `per_${prefix}_umerov`,
    erdogan: `per_${prefix}_erdogan`,
    ankara: `loc_${prefix}_ankara`,
    turkey: `loc_${prefix}_turkey`,
    event: `ev_${prefix}_meeting`,
  };
  const at = (word: string) => ({ doc: docId, start: text.indexOf(word), end: text.indexOf(word) + word.length });
  const evidence = (sentence: string, offset: number, index: number) => ({
    doc: docId,
    sentence,
    sentenceIndex: index,
    start: offset,
    end: offset + sentence.length,
    extractor: 'fixture',
    confidence: 0.9,
  });
  const result = ExtractionResult.parse({
    documents: [
      { id: docId, title: `لقاء في أنقرة ${prefix}`, text, lang: 'ar', source: 'fixture', publishedAt: '2025-05-12' },
    ],
    sentences: [
      { id: sentenceId(docId, 0), docId, index: 0, start: 0, end: first.length, text: first },
      { id: sentenceId(docId, 1), docId, index: 1, start: first.length + 1, end: text.length, text: second },
    ],
    entities: [
      {
        id: ids.fidan,
        type: 'PERSON',
        name: `هاكان فيدان${prefix}`,
        nameEn: `Hakan Fidan ${prefix}`,
        aliases: [`فيدان${prefix}`],
        mentions: [at(`فيدان${prefix}`)],
      },
      {
        id: ids.umerov,
        type: 'PERSON',
        name: `رستم أوميروف${prefix}`,
        nameEn: `Rustem Umerov ${prefix}`,
        mentions: [at(`أوميروف${prefix}`)],
      },
      {
        id: ids.erdogan,
        type: 'PERSON',
        name: `رجب طيب إردوغان${prefix}`,
        nameEn: `Recep Tayyip Erdogan ${prefix}`,
        mentions: [at(`إردوغان${prefix}`)],
      },
      {
        id: ids.ankara,
        type: 'LOCATION',
        subtype: 'CITY',
        name: `أنقرة${prefix}`,
        nameEn: `Ankara ${prefix}`,
        mentions: [at(`أنقرة${prefix}`)],
      },
      {
        id: ids.turkey,
        type: 'LOCATION',
        subtype: 'COUNTRY',
        name: `تركيا${prefix}`,
        nameEn: `Turkey ${prefix}`,
        mentions: [at(`تركيا${prefix}`)],
      },
    ],
    relations: [
      { subject: ids.fidan, predicate: 'MET', object: ids.umerov, evidence: evidence(first, 0, 0), confidence: 0.9 },
      {
        subject: ids.fidan,
        predicate: 'HOLDS_ROLE',
        object: ids.turkey,
        role: 'وزير الخارجية',
        evidence: evidence(first, 0, 0),
        confidence: 0.8,
      },
      {
        subject: ids.erdogan,
        predicate: 'LEADS',
        object: ids.turkey,
        evidence: evidence(second, first.length + 1, 1),
        confidence: 0.8,
      },
      {
        subject: ids.umerov,
        predicate: 'VISITED',
        object: ids.ankara,
        evidence: evidence(first, 0, 0),
        confidence: 0.7,
      },
    ],
    events: [
      {
        id: ids.event,
        type: 'MEETING',
        participants: [ids.fidan, ids.umerov],
        location: ids.ankara,
        date: '2025-05-12',
        dateText: 'الاثنين',
        evidence: evidence(first, 0, 0),
        confidence: 0.85,
      },
    ],
  });
  return { result, ids };
}
