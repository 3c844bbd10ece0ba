// Snapshot tests of every Cypher builder (like neo4j/graphql's TCK): the text is reviewed in the
// snapshot, and each test also checks that values travel as parameters, never in the text.
import { describe, expect, test } from '@jest/globals';
import { ShabakaError } from '@shabaka/schema';
import type { Statement } from './statement.js';
import { entityLabel, predicateAlternation } from './statement.js';
import { schemaStatements } from './schema-setup.js';
import {
  createRelations,
  mergeArticles,
  mergeEntities,
  mergeEvents,
  mergeMentions,
  mergeRelations,
  mergeSentences,
} from './upsert.js';
import { retractArticle } from './retract.js';
import {
  exportEdgesStatement,
  exportNodesStatement,
  neighborsStatement,
  overviewStatement,
  shortestPathStatement,
} from './read-graph.js';
import {
  entityStatement,
  eventsStatement,
  evidenceSentencesStatement,
  knownDocumentsStatement,
  searchStatement,
  statsStatement,
} from './read-entity.js';

/** A value that would be an injection if it ever reached the Cypher text. */
const HOSTILE = "x'}) DETACH DELETE n //";

function expectParameterised(s: Statement): void {
  expect(s.cypher).not.toContain(HOSTILE);
  expect(JSON.stringify(s.params)).toContain(JSON.stringify(HOSTILE).slice(1, -1));
}

describe('schema statements', () => {
  test('are idempotent (IF NOT EXISTS) and cover every id and both analyzers', () => {
    const statements = schemaStatements();
    for (const s of statements) expect(s.cypher).toContain('IF NOT EXISTS');
    const text = statements.map((s) => s.cypher).join('\n');
    for (const label of ['Entity', 'Event', 'Article', 'Sentence'])
      expect(text).toContain(`(n:${label}) REQUIRE n.id IS UNIQUE`);
    expect(text).toContain("'arabic'");
    expect(text).toContain("'standard-no-stop-words'");
    expect(statements).toMatchSnapshot();
  });
});

describe('upsert builders', () => {
  test('articles', () => {
    const s = mergeArticles([
      {
        id: HOSTILE,
        props: { title: 'T', url: null, source: null, publishedAt: '2025-05-12', lang: 'ar' },
        contentHash: 'h',
        kind: 'article',
      },
    ]);
    expectParameterised(s);
    expect(s).toMatchSnapshot();
  });

  test('sentences', () => {
    const s = mergeSentences([
      { id: 'd#0', articleId: 'd', index: 0, text: HOSTILE, start: 0, relationKeys: [`MET ${HOSTILE}`] },
    ]);
    expectParameterised(s);
    expect(s).toMatchSnapshot();
  });

  test('entities carry the label of their type, from the vocabulary', () => {
    const s = mergeEntities('LOCATION', [
      {
        id: 'loc_1',
        props: {
          type: 'LOCATION',
          name: HOSTILE,
          nameEn: 'Ankara',
          subtype: 'CITY',
          wikidata: null,
          iso: null,
          lat: 39.93,
          lon: 32.86,
        },
        aliases: [HOSTILE],
        searchKeys: ['انقره'],
        aliasText: HOSTILE,
        searchText: 'انقره',
      },
    ]);
    expectParameterised(s);
    expect(s.cypher).toContain('ON CREATE SET e:Location');
    expect(s).toMatchSnapshot();
  });

  test('mentions and events', () => {
    const m = mergeMentions([{ sentenceId: HOSTILE, entityId: 'per_1', start: 3, end: 9 }]);
    expectParameterised(m);
    expect(m).toMatchSnapshot();
    const e = mergeEvents([
      {
        id: HOSTILE,
        props: {
          type: 'MEETING',
          date: '2025-05-12',
          dateText: 'يوم الاثنين',
          modality: 'asserted',
          confidence: 0.9,
          sentenceId: 'd#0',
          evidenceStart: 0,
          evidenceEnd: 5,
        },
        participants: ['per_1', 'per_2'],
        location: null,
      },
    ]);
    expectParameterised(e);
    expect(e).toMatchSnapshot();
  });

  test('relations aggregate only evidence whose key is new', () => {
    const s = mergeRelations('HOLDS_ROLE', [
      {
        key: 'rel_1',
        subject: 'per_1',
        object: 'loc_1',
        role: HOSTILE,
        roleEn: 'minister',
        modality: 'asserted',
        evidence: [{ key: 'd#1|4|8', sentenceId: 'd#1', confidence: 0.8, seen: '2025-05-12', modality: 'asserted' }],
        sentenceIds: ['d#1'],
        firstSeen: '2025-05-12',
        lastSeen: '2025-05-12',
      },
    ]);
    expectParameterised(s);
    expect(s.cypher).toContain('MERGE (s)-[r:HOLDS_ROLE {key: row.key}]->(o)');
    expect(s.cypher).toContain('WHERE NOT ev.key IN r.evidenceKeys');
    expect(s).toMatchSnapshot();
  });

  test('the bulk relation path: a blind CREATE from columns, writing the same properties MERGE writes', () => {
    const row = {
      key: HOSTILE,
      subject: 'per_1',
      object: 'org_1',
      role: null,
      roleEn: null,
      modality: 'asserted' as const,
      evidence: [{ key: 'd#1|0|3', sentenceId: 'd#1', confidence: 0.5, seen: null, modality: 'asserted' as const }],
      sentenceIds: ['d#1'],
      firstSeen: null,
      lastSeen: null,
    };
    const create = createRelations('MET', [row]);
    expectParameterised(create);
    expect(create.cypher).toContain('CREATE (s)-[r:MET {key: $keys[i]}]->(o)');
    const merge = mergeRelations('MET', [row]);
    const merged = (merge.params['rows'] as { props: Record<string, unknown> }[])[0]!.props;
    for (const [name, value] of Object.entries(merged)) {
      expect(create.cypher).toContain(`r.${name} = $${name}[i]`);
      expect((create.params[name] as unknown[])[0]).toEqual(value);
    }
    expect(Object.keys(create.params).sort()).toEqual(['keys', 'objects', 'subjects', ...Object.keys(merged)].sort());
    expect(create.cypher).toContain('r.weight = size($evidenceKeys[i])');
    expect(merge.cypher).toContain('r.weight = size(row.props.evidenceKeys)');
    expect(() => createRelations('DROP_ALL' as never, [])).toThrow(ShabakaError);
    expect(create).toMatchSnapshot();
  });

  test('retracting an article: its id and sentence-id prefix are parameters; one index seek per predicate', () => {
    const s = retractArticle(HOSTILE);
    expectParameterised(s);
    expect(s.params).toEqual({ docId: HOSTILE, prefix: `${HOSTILE}#` });
    expect(s.cypher.match(/MATCH \(\)-\[r:[A-Z_]+ \{key: pk\[1\]\}\]->\(\)/g)).toHaveLength(15);
    expect(s).toMatchSnapshot();
  });

  test('an unknown predicate or type never reaches the text', () => {
    expect(() => mergeRelations('DROP_ALL' as never, [])).toThrow(ShabakaError);
    expect(() => mergeEntities('PERSON) DETACH DELETE (n' as never, [])).toThrow(/unknown entity type/);
    expect(() => predicateAlternation(['MET', 'X]-() DELETE']).toString()).toThrow(/unknown predicate/);
    expect(entityLabel('ORGANIZATION')).toBe('Organization');
  });
});

describe('read builders', () => {
  test('overview and export', () => {
    expect(overviewStatement(200)).toMatchSnapshot();
    expect(exportNodesStatement()).toMatchSnapshot();
    expect(exportEdgesStatement()).toMatchSnapshot();
  });

  test('neighbours with filters; depth is clamped to 1..3 before it enters the pattern', () => {
    const s = neighborsStatement(HOSTILE, { depth: 2, limit: 50, predicates: ['MET', 'VISITED'], types: ['PERSON'] });
    expectParameterised(s);
    expect(s.cypher).toContain('[:MET|VISITED*1..2]');
    expect(s).toMatchSnapshot();
    expect(neighborsStatement('x', { depth: 99, limit: 1 }).cypher).toContain('*1..3]');
    expect(neighborsStatement('x', { depth: 1, limit: 1 }).params.types).toBeNull();
  });

  test('shortest path bounds the length', () => {
    const s = shortestPathStatement(HOSTILE, 'per_2');
    expectParameterised(s);
    expect(s.cypher).toContain('*..6]');
    expect(shortestPathStatement('a', 'b', 1e9).cypher).toContain('*..10]');
    expect(s).toMatchSnapshot();
  });

  test('search, entity, evidence sentences', () => {
    const search = searchStatement('(x^4)', HOSTILE, { limit: 10, types: ['PERSON'] });
    expectParameterised(search);
    expect(search).toMatchSnapshot();
    const entity = entityStatement(HOSTILE, { neighbors: 10, evidence: 20, articles: 5 });
    expectParameterised(entity);
    expect(entity).toMatchSnapshot();
    const sentences = evidenceSentencesStatement([HOSTILE, HOSTILE]);
    expect(sentences.params.ids).toEqual([HOSTILE]);
    expect(sentences).toMatchSnapshot();
  });

  test('events: the upper date bound includes every date it prefixes', () => {
    const s = eventsStatement({
      from: '2025-05',
      to: '2025-05',
      place: HOSTILE,
      participant: null,
      types: ['MEETING'],
      limit: 20,
    });
    expectParameterised(s);
    const upper = s.params.toExclusive as string;
    expect('2025-05-31' < upper && '2025-05' < upper && '2025-06-01' > upper).toBe(true);
    expect(s).toMatchSnapshot();
  });

  test('stats and known documents', () => {
    expect(statsStatement()).toMatchSnapshot();
    const known = knownDocumentsStatement([HOSTILE]);
    expectParameterised(known);
    expect(known).toMatchSnapshot();
  });
});
