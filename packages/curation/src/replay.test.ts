import { describe, expect, test } from '@jest/globals';
import { ExtractionResult } from '@shabaka/schema';
import type { CurationRecord } from '@shabaka/schema';
import { curationClosure, newRecord } from './records.js';
import { applyCuration } from './replay.js';
import { joinSlices, sliceByDocument } from './slices.js';

const text = 'التقى سامي أحمد. انتقد أبو علي سامي.';
const at = (s: string) => ({ doc: 'd1', start: text.indexOf(s), end: text.indexOf(s) + s.length });
const evidence = (s: string, index: number) => ({ sentence: s, sentenceIndex: index, ...at(s) });
const result = ExtractionResult.parse({
  documents: [{ id: 'd1', title: 't', text, lang: 'ar' }],
  sentences: [
    { id: 'd1#0', docId: 'd1', index: 0, start: 0, end: 16, text: text.slice(0, 16) },
    { id: 'd1#1', docId: 'd1', index: 1, start: 17, end: text.length, text: text.slice(17) },
  ],
  entities: [
    {
      id: 'a',
      type: 'PERSON',
      name: 'أحمد',
      nameEn: 'Ahmad',
      aliases: ['أبو علي'],
      mentions: [at('أحمد'), at('أبو علي')],
    },
    { id: 's', type: 'PERSON', name: 'سامي', nameEn: 'Sami', mentions: [at('سامي')] },
  ],
  relations: [
    { subject: 's', predicate: 'MET', object: 'a', evidence: evidence('التقى سامي أحمد.', 0), confidence: 1 },
    { subject: 'a', predicate: 'OPPOSES', object: 's', evidence: evidence('انتقد أبو علي سامي.', 1), confidence: 1 },
  ],
  events: [
    { id: 'e', type: 'MEETING', participants: ['s', 'a'], evidence: evidence('التقى سامي أحمد.', 0), confidence: 1 },
  ],
});

const context = {
  entity: (id: string) => {
    const e = result.entities.find((x) => x.id === id);
    return e ? { id, name: e.name, nameEn: e.nameEn, type: e.type } : null;
  },
  documentExists: (id: string) => id === 'd1',
  now: () => new Date('2026-01-01T00:00:00Z'),
};
const record = (input: Parameters<typeof newRecord>[0]): CurationRecord => newRecord(input, context, 'test');

describe('applyCuration', () => {
  test('merge redirects facts, keeps the kept names and drops the self-loop it creates', () => {
    const out = applyCuration(result, [record({ action: 'merge', keep: 'a', other: 's' })]);
    expect(out.entities.map((e) => [e.id, e.name])).toEqual([
      ['a', 'أحمد'],
      ['a', 'أحمد'],
    ]);
    expect(out.entities[1]?.aliases).toEqual(expect.arrayContaining(['سامي', 'Sami']));
    expect(out.relations).toEqual([]);
    expect(out.events[0]?.participants).toEqual(['a']);
  });

  test('split moves the mentions of a name and the facts of the sentences naming only it', () => {
    const split = record({ action: 'split', id: 'a', name: 'أبو علي', nameEn: 'Abu Ali' });
    const out = applyCuration(result, [split]);
    const newId = split.payload.newId!;
    expect(out.entities.find((e) => e.id === newId)).toMatchObject({ name: 'أبو علي', mentions: [at('أبو علي')] });
    expect(out.entities.find((e) => e.id === 'a')).toMatchObject({ aliases: [], mentions: [at('أحمد')] });
    expect(out.relations.map((r) => [r.subject, r.predicate, r.object])).toEqual([
      ['s', 'MET', 'a'],
      [newId, 'OPPOSES', 's'],
    ]);
  });

  test('delete drops relations and event roles; undone records change nothing', () => {
    const del = record({ action: 'delete', id: 's' });
    expect(applyCuration(result, [del])).toMatchObject({ relations: [], events: [{ participants: ['a'] }] });
    expect(applyCuration(result, [{ ...del, undone: true }])).toEqual(result);
  });

  test('retract drops the document and what only it supported', () => {
    const out = applyCuration(result, [record({ action: 'retract', doc: 'd1' })]);
    expect(out).toEqual({ documents: [], sentences: [], entities: [], relations: [], events: [] });
  });

  test('rename keeps extraction names as aliases; a type alone is a retype', () => {
    const rename = record({ action: 'rename', id: 's', nameEn: 'Sami Renamed' });
    expect(applyCuration(result, [rename]).entities[1]).toMatchObject({ nameEn: 'Sami Renamed', aliases: ['Sami'] });
    expect(record({ action: 'rename', id: 's', type: 'ORGANIZATION' }).action).toBe('retype');
  });
});

describe('records', () => {
  test('a merge into itself, an unknown entity and an empty rename are refused', () => {
    expect(() => record({ action: 'merge', keep: 'a', other: 'a' })).toThrow(/into itself/);
    expect(() => record({ action: 'delete', id: 'x' })).toThrow(/no entity "x"/);
    expect(() => record({ action: 'rename', id: 'a' })).toThrow(/rename needs/);
  });

  test('the closure follows active records sharing an entity', () => {
    const merge = record({ action: 'merge', keep: 'a', other: 's' });
    const rename = { ...record({ action: 'rename', id: 'a', nameEn: 'A' }), targets: ['a'] };
    expect([...curationClosure([merge, rename], ['s'])].sort()).toEqual(['a', 's']);
    expect([...curationClosure([{ ...merge, undone: true }], ['s'])]).toEqual(['s']);
  });
});

describe('slices', () => {
  test('slicing by document and joining gives the same facts', () => {
    const slices = sliceByDocument(result);
    expect(slices.map((s) => s.doc)).toEqual(['d1']);
    expect(joinSlices(slices)).toEqual(result);
  });
});
