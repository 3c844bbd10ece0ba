// Synthetic graphs for the bench: many entities with Arabic-looking names and a skewed (hub-heavy) degree
// distribution, cut into ExtractionResults as an ingest run would produce them.
import { ExtractionResult } from '@shabaka/schema';
import type { EntityInput, Predicate, RelationInput } from '@shabaka/schema';

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const PREDICATES: Predicate[] = ['MET', 'SUPPORTS', 'OPPOSES', 'MEMBER_OF', 'LEADS', 'ACCUSED', 'SAID_ABOUT'];
const TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION'] as const;

/** A seeded xorshift32 stream: enough randomness for a synthetic graph, replayable from the seed. */
export type BenchRandom = { next(): number; int(n: number): number; word(alphabet: string, length: number): string };

/** @example const r = benchRandom(7); r.int(10) */
export function benchRandom(seed: number): BenchRandom {
  let x = seed >>> 0 || 1;
  const next = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    word: (alphabet, length) => Array.from({ length }, () => alphabet[int(alphabet.length)]).join(''),
  };
}

export type BenchGraph = { entityIds: string[]; relations: RelationInput[]; entities: EntityInput[] };

/**
 * `entityCount` entities and `relationCount` distinct relations; objects are drawn as `n·u³` so low ids
 * become hubs, like the few leaders and capitals news keeps returning to.
 * @example const g = benchGraph(benchRandom(1), 100_000, 100_000);
 */
export function benchGraph(random: BenchRandom, entityCount: number, relationCount: number): BenchGraph {
  const entityIds = Array.from({ length: entityCount }, (_, i) => `bench_e${i}`);
  const entities: EntityInput[] = entityIds.map((id, i) => ({
    id,
    type: TYPES[i % TYPES.length]!,
    name: `${random.word(LETTERS, 3 + random.int(5))} ${random.word(LETTERS, 3 + random.int(6))}`,
    nameEn: `Entity ${i}`,
  }));
  const seen = new Set<string>();
  const relations: RelationInput[] = [];
  while (relations.length < relationCount) {
    const s = random.int(entityCount);
    const o = Math.floor(entityCount * random.next() ** 3);
    const predicate = PREDICATES[random.int(PREDICATES.length)]!;
    const key = `${s}|${predicate}|${o}`;
    if (s === o || seen.has(key)) continue;
    seen.add(key);
    const doc = `bench_doc${Math.floor(relations.length / 20)}`;
    relations.push({
      subject: entityIds[s]!,
      predicate,
      object: entityIds[o]!,
      evidence: { doc, sentence: `جملة الدليل رقم ${relations.length}`, start: 0, end: 4 },
      confidence: 0.8,
    });
  }
  return { entityIds, relations, entities };
}

/**
 * One result per slice of relations, with the documents and entities they reference (entities written
 * once, in the first batch that needs them).
 * @example for (const r of toBatches(g, 0, 100_000, 5_000)) await store.upsert(r);
 */
export function toBatches(graph: BenchGraph, from: number, to: number, size: number): ExtractionResult[] {
  const written = new Set<string>();
  const index = new Map(graph.entityIds.map((id, i) => [id, i]));
  const batches: ExtractionResult[] = [];
  for (let at = from; at < to; at += size) {
    const relations = graph.relations.slice(at, Math.min(to, at + size));
    const ids = new Set(relations.flatMap((r) => [r.subject, r.object]).filter((id) => !written.has(id)));
    for (const id of ids) written.add(id);
    const docs = [...new Set(relations.map((r) => r.evidence.doc))];
    batches.push(
      ExtractionResult.parse({
        documents: docs.map((id) => ({ id, title: id, text: '', lang: 'ar', publishedAt: '2025-01-01' })),
        entities: [...ids].map((id) => graph.entities[index.get(id) ?? -1]).filter(Boolean),
        relations,
      }),
    );
  }
  return batches;
}
