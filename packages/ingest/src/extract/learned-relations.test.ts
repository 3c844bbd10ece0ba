// The learned relation layer: the committed model loads, its decisions respect the predicate table,
// HOLDS_ROLE keeps the rules' role text, and a missing or corrupt weights file is a typed error.
import { describe, expect, it } from '@jest/globals';
import { ShabakaError } from '@shabaka/schema';
import type { ExtractionResult } from '@shabaka/schema';
import { extract } from './extract.js';
import { PREDICATES, relationClasses } from './predicates.js';
import { loadRelationModel, parseRelationModel, relationModelOf, RELATION_MODEL_FORMAT } from './relation-model.js';

const typeOf = (r: ExtractionResult, id: string): string | undefined => r.entities.find((e) => e.id === id)?.type;
const nameOf = (r: ExtractionResult, id: string): string | undefined => r.entities.find((e) => e.id === id)?.nameEn;

describe('learned relations', () => {
  it('loads the committed model once, with a class per predicate and direction', () => {
    const model = loadRelationModel();
    expect(model).toBe(loadRelationModel());
    expect(model.classes).toEqual(relationClasses());
    expect(model.thresholds).toHaveLength(model.classes.length);
  });

  const text =
    'التقى وزير الخارجية المصري بدر عبد العاطي نظيره الإيراني عباس عراقجي في القاهرة. وقال عراقجي إن إيران تدعم الحوار مع مصر.';
  const r = extract(text, { tagger: null, publishedAt: '2025-06-06' });

  it('emits only relations whose argument types the predicate table allows, each with its model confidence', () => {
    expect(r.relations.length).toBeGreaterThan(0);
    for (const x of r.relations) {
      const row = PREDICATES[x.predicate];
      expect(row.subject).toContain(typeOf(r, x.subject));
      expect(row.object).toContain(typeOf(r, x.object));
      expect(x.confidence).toBeGreaterThan(0);
      expect(x.evidence.extractor).toMatch(/\+rel:\d/);
    }
  });

  it('keeps the role text of the rules for HOLDS_ROLE, counterparts resolved', () => {
    const roles = r.relations
      .filter((x) => x.predicate === 'HOLDS_ROLE')
      .map((x) => `${nameOf(r, x.subject)}→${nameOf(r, x.object)}:${x.role}`);
    expect(roles).toEqual(expect.arrayContaining(['Badr Abdelatty→Egypt:وزير الخارجية']));
    for (const x of r.relations.filter((y) => y.predicate === 'HOLDS_ROLE')) expect(x.role).toBeTruthy();
  });

  it('scores features with the file weights (sigmoid of the summed weights)', () => {
    const model = relationModelOf({
      format: RELATION_MODEL_FORMAT,
      version: 't',
      classes: ['MET', 'HOLDS_ROLE:f'],
      thresholds: [0.5, 0.5],
      ruleThresholds: [0.5, 0.5],
      overrides: [],
      weights: { bias: [0, -1, 1, 0], 'B:التقى': [0, 3] },
      card: {},
    });
    const [met, role] = model.score(['bias', 'B:التقى', 'unknown']);
    expect(met).toBeCloseTo(1 / (1 + Math.exp(-2)));
    expect(role).toBeCloseTo(0.5);
  });

  it('names a corrupt or incomplete weights file in a MODEL_MISSING error with the rebuild command', () => {
    for (const bad of ['{not json', JSON.stringify({ format: RELATION_MODEL_FORMAT, classes: ['MET'] })]) {
      let error: unknown;
      try {
        parseRelationModel(bad, '/tmp/relations.json');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ShabakaError);
      expect((error as ShabakaError).code).toBe('MODEL_MISSING');
      expect((error as ShabakaError).message).toContain('/tmp/relations.json');
      expect((error as ShabakaError).hint).toContain('train:relations');
    }
  });
});
