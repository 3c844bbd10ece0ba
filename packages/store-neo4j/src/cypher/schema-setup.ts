// Idempotent schema statements: uniqueness constraints on every id and the full-text name indexes.
import type { Statement } from './statement.js';
import { ALL_PREDICATES } from './statement.js';

/** Full-text index names; the search builder queries both and keeps the best score per entity. */
// `standard-no-stop-words` rather than `english`: names are not prose, and English stop words
// ("or", "the") inside organisation names must stay searchable.
export const FULLTEXT_INDEXES = { arabic: 'entity_names_ar', 'standard-no-stop-words': 'entity_names_std' } as const;

const NODE_KEYS: readonly (readonly [string, string])[] = [
  ['Entity', 'entity_id'],
  ['Event', 'event_id'],
  ['Article', 'article_id'],
  ['Sentence', 'sentence_id'],
];

/**
 * Every statement `init()` runs, in order. All use `IF NOT EXISTS`, so running them again (or from
 * two processes at once) changes nothing.
 * @example for (const s of schemaStatements()) await session.run(s.cypher, s.params)
 */
export function schemaStatements(): Statement[] {
  const nodes = NODE_KEYS.map(([label, name]) => ({
    cypher: `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    params: {},
  }));
  // One relationship per (subject, predicate, object, role): the key is unique per type.
  const relationships = ALL_PREDICATES.map((p) => ({
    cypher: `CREATE CONSTRAINT rel_${p.toLowerCase()}_key IF NOT EXISTS FOR ()-[r:${p}]-() REQUIRE r.key IS UNIQUE`,
    params: {},
  }));
  // Two full-text indexes may not share a schema, so the Arabic one leaves out `searchText`
  // (match keys are already folded; the standard analyzer indexes them as they are).
  // Eventually consistent: Lucene updates leave the commit path (about 2× faster entity upserts);
  // `upsert` then waits for the refresh (see `awaitSearchRefresh`), so callers still read their writes.
  const fulltext = [
    { name: FULLTEXT_INDEXES.arabic, analyzer: 'arabic', props: 'e.name, e.nameEn, e.aliasText' },
    {
      name: FULLTEXT_INDEXES['standard-no-stop-words'],
      analyzer: 'standard-no-stop-words',
      props: 'e.name, e.nameEn, e.aliasText, e.searchText',
    },
  ].map(({ name, analyzer, props }) => ({
    cypher:
      `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (e:Entity) ON EACH [${props}] ` +
      // Our own constant, not input: schema commands take no parameters in OPTIONS.
      `OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${analyzer}', \`fulltext.eventually_consistent\`: true}}`,
    params: {},
  }));
  const lookups = [
    { cypher: 'CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)', params: {} },
    { cypher: 'CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)', params: {} },
  ];
  return [...nodes, ...relationships, ...fulltext, ...lookups];
}

/**
 * Waits until the eventually consistent full-text indexes hold every committed write.
 * @example await session.run(awaitSearchRefresh().cypher)
 */
export function awaitSearchRefresh(): Statement {
  return { cypher: 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()', params: {} };
}
