// Unit tests for the contract fixtures: they must be valid extraction results whose spans point at real text.
import { describe, expect, test } from '@jest/globals';
import { ExtractionResult } from '@shabaka/schema';
import { buildLargeBatch, buildUnicodeCase, buildWriterPair } from './batch.fixtures.js';
import { runTokens, seededRandom } from './seeded-random.js';
import { buildWorld } from './world.fixtures.js';

const tokens = runTokens(seededRandom(12345));

/** Checks what the contract relies on: ids defined, spans inside their sentence, mentions on the name. */
function expectConsistent(result: ExtractionResult): void {
  expect(ExtractionResult.safeParse(result).success).toBe(true);
  const entities = new Set(result.entities.map((e) => e.id));
  const texts = new Map(result.documents.map((d) => [d.id, d.text]));
  for (const r of result.relations) {
    expect(entities.has(r.subject) && entities.has(r.object)).toBe(true);
    const text = texts.get(r.evidence.doc) ?? '';
    expect(text.slice(r.evidence.start, r.evidence.end).length).toBe(r.evidence.end - r.evidence.start);
    expect(r.evidence.sentence).toContain(text.slice(r.evidence.start, r.evidence.end));
  }
  for (const e of result.events) {
    for (const p of e.participants) expect(entities.has(p)).toBe(true);
    if (e.location) expect(entities.has(e.location)).toBe(true);
  }
  for (const s of result.sentences) expect(texts.get(s.docId)?.slice(s.start, s.end)).toBe(s.text);
}

describe('seeded fixtures', () => {
  test('the same seed gives the same tokens; another seed another prefix', () => {
    expect(runTokens(seededRandom(12345))).toEqual(tokens);
    expect(runTokens(seededRandom(54321)).prefix).not.toBe(tokens.prefix);
    expect(tokens.ar).toMatch(/^[\u0621-\u064A]{6}$/u);
  });

  test('world results are consistent, with ids under the run prefix', () => {
    const world = buildWorld(tokens);
    expect(world.results).toHaveLength(3);
    for (const result of world.results) {
      expectConsistent(result);
      for (const e of result.entities) expect(e.id.startsWith(tokens.prefix)).toBe(true);
    }
    const erdogan = world.results[0]?.entities.find((e) => e.id === world.ids.erdogan);
    const doc = world.results[0]?.documents[0];
    for (const m of erdogan?.mentions ?? []) expect(doc?.text.slice(m.start, m.end)).toBe(world.names.erdogan);
  });

  test('batch fixtures are consistent and the large batch has distinct relations', () => {
    const big = buildLargeBatch(tokens, seededRandom(1), 2_000);
    expectConsistent(big.result);
    expect(big.result.relations).toHaveLength(2_000);
    const keys = new Set(big.result.relations.map((r) => `${r.subject}|${r.object}`));
    expect(keys.size).toBe(2_000);
    const pair = buildWriterPair(tokens);
    expectConsistent(pair.first);
    expectConsistent(pair.second);
    const unicode = buildUnicodeCase(tokens);
    expectConsistent(unicode.result);
    expect(unicode.result.entities[0]?.mentions).toHaveLength(1);
  });
});
