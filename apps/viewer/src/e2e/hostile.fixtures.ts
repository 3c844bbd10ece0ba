// A hostile extraction result: an entity whose name is an HTML injection, linked to a harmless person, who
// attended an organisation with a mixed Arabic/Latin name (for the right-to-left label check).
import { randomUUID } from 'node:crypto';
import { ExtractionResult, sentenceId, stableId } from '@shabaka/schema';

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
/** An Arabic label with an embedded Latin run: drawn with a left-to-right base direction, its parts swap. */
export const MIXED_LABEL = 'قمة G20 للطاقة';

/**
 * An extraction result holding `HOSTILE_NAME` and `MIXED_LABEL`; ids are unique per call.
 * @example const { result, ids } = hostileFixture(); await store.upsert(result)
 */
export function hostileFixture() {
  const prefix = `x${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const doc = stableId('doc', prefix, 'hostile');
  const harmless = `Harmless Person ${prefix}`;
  const text = `${HOSTILE_NAME} met ${harmless} in a test article. ${harmless} attended ${MIXED_LABEL}.`;
  const ids = { hostile: `per_${prefix}_hostile`, harmless: `per_${prefix}_harmless`, mixed: `org_${prefix}_mixed` };
  const at = (word: string) => ({ doc, start: text.indexOf(word), end: text.indexOf(word) + word.length });
  const evidence = (confidence: number) => ({
    doc,
    sentence: text,
    sentenceIndex: 0,
    start: 0,
    end: text.length,
    extractor: 'fixture',
    confidence,
  });
  const result = ExtractionResult.parse({
    documents: [{ id: doc, title: `<script>alert(2)</script> ${prefix}`, text, lang: 'en', source: 'fixture' }],
    sentences: [{ id: sentenceId(doc, 0), docId: doc, index: 0, start: 0, end: text.length, text }],
    entities: [
      { id: ids.hostile, type: 'PERSON', name: HOSTILE_NAME, nameEn: HOSTILE_NAME, mentions: [at(HOSTILE_NAME)] },
      { id: ids.harmless, type: 'PERSON', name: harmless, nameEn: harmless, mentions: [at(harmless)] },
      {
        id: ids.mixed,
        type: 'ORGANIZATION',
        name: MIXED_LABEL,
        nameEn: 'G20 energy summit',
        mentions: [at(MIXED_LABEL)],
      },
    ],
    relations: [
      { subject: ids.hostile, predicate: 'MET', object: ids.harmless, evidence: evidence(0.9), confidence: 0.9 },
      { subject: ids.harmless, predicate: 'ATTENDED', object: ids.mixed, evidence: evidence(0.8), confidence: 0.8 },
    ],
    events: [],
  });
  return { result, ids, prefix };
}
