// A tiny deterministic extractor for pipeline tests: sentences split at ". ", one PERSON per capitalised name pair.
import type { Document, ExtractionResult } from '@shabaka/schema';
import { entityId, ExtractionResult as Result, sentenceId } from '@shabaka/schema';

export function fakeExtract(doc: Document): ExtractionResult {
  const sentences = doc.text.split(/(?<=\.)\s+/).map((text, index) => {
    const start = doc.text.indexOf(text);
    return { id: sentenceId(doc.id, index), docId: doc.id, index, start, end: start + text.length, text };
  });
  const entities = [...doc.text.matchAll(/\b([A-Z][a-z]+ [A-Z][a-z]+)\b/g)].map((m) => ({
    id: entityId('PERSON', `name:${m[1]}`),
    type: 'PERSON' as const,
    name: m[1] as string,
    nameEn: m[1] as string,
    mentions: [{ doc: doc.id, start: m.index, end: m.index + (m[1] as string).length }],
  }));
  return Result.parse({ documents: [doc], sentences, entities });
}
