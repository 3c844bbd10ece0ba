// A seeded synthetic news graph for the load test: people, organisations and places with Arabic and English names.
import { ExtractionResult, sentenceId, stableId } from '@shabaka/schema';
import type { EntityType, Predicate } from '@shabaka/schema';
import { seededRandom } from '@shabaka/schema';

const SYLLABLES_AR = ['سا', 'مي', 'نو', 'ري', 'دا', 'كو', 'لي', 'تا', 'فا', 'زو', 'حا', 'بي'];
const SYLLABLES_EN = ['sa', 'mi', 'no', 'ri', 'da', 'ko', 'li', 'ta', 'fa', 'zo', 'ha', 'bi'];
const TYPES: EntityType[] = ['PERSON', 'PERSON', 'ORGANIZATION', 'LOCATION'];
const PREDICATES: Predicate[] = ['MET', 'SPOKE_WITH', 'SUPPORTS', 'OPPOSES', 'VISITED', 'ACCUSED'];

/** Entity `i`'s names: three syllables from its index, so names are distinct and searchable by prefix. */
export function syntheticName(i: number): { ar: string; en: string } {
  const digits = [i % 12, Math.floor(i / 12) % 12, Math.floor(i / 144) % 12];
  const ar = digits.map((d) => SYLLABLES_AR[d]).join('') + ` ${i}`;
  const en = digits.map((d) => SYLLABLES_EN[d]).join('') + ` ${i}`;
  return { ar, en: en[0]?.toUpperCase() + en.slice(1) };
}

/** The id of synthetic entity `i`. */
export function syntheticId(i: number): string {
  const type = TYPES[i % TYPES.length] as EntityType;
  return stableId(type.slice(0, 3).toLowerCase(), 'load', String(i));
}

function syntheticEntity(i: number) {
  const { ar, en } = syntheticName(i);
  return {
    id: syntheticId(i),
    type: TYPES[i % TYPES.length] as EntityType,
    name: ar,
    nameEn: en,
    aliases: [ar.split(' ')[0] ?? ar],
  };
}

/**
 * Batches of `entities` entities and `entities × degree / 2` relations with preferential attachment (a few hubs,
 * a long tail, like news graphs). Each batch is one article, so batches can be upserted one by one.
 * @example for (const batch of syntheticGraph({ entities: 1000 })) await store.upsert(batch)
 */
export function* syntheticGraph(options: { entities: number; degree?: number; batch?: number; seed?: number }) {
  const random = seededRandom(options.seed ?? 1);
  const degree = options.degree ?? 6;
  const batchSize = options.batch ?? 2_000;
  const targets: number[] = [];
  for (let start = 0; start < options.entities; start += batchSize) {
    const docId = stableId('doc', 'load', String(start));
    const text = `تقرير ${start}: التقى المسؤولون وتحدثوا عن الأوضاع.`;
    const evidence = { doc: docId, sentence: text, sentenceIndex: 0, start: 0, end: text.length, confidence: 0.8 };
    const members = new Set<number>();
    const relations = [];
    for (let i = start; i < Math.min(options.entities, start + batchSize); i++) {
      members.add(i);
      for (let k = 0; k < degree / 2 && i > 0; k++) {
        // Preferential attachment: pick an endpoint of an earlier edge half the time.
        const j =
          targets.length > 0 && random() < 0.5
            ? (targets[Math.floor(random() * targets.length)] ?? 0)
            : Math.floor(random() * i);
        const predicate = PREDICATES[Math.floor(random() * PREDICATES.length)] as Predicate;
        relations.push({ subject: syntheticId(i), predicate, object: syntheticId(j), evidence, confidence: 0.8 });
        members.add(j);
        targets.push(i, j);
      }
    }
    // Earlier entities that this batch's relations reach are repeated (an idempotent upsert) so each batch stands alone.
    const entities = [...members].map(syntheticEntity);
    yield ExtractionResult.parse({
      documents: [{ id: docId, title: `تقرير ${start}`, text, lang: 'ar', source: 'load' }],
      sentences: [{ id: sentenceId(docId, 0), docId, index: 0, start: 0, end: text.length, text }],
      entities,
      relations,
    });
  }
}
