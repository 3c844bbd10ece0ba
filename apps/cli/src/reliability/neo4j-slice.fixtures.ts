// A canonical dump of one slice of the shared Neo4j database — the nodes and relationships that a set of
// documents brought — and its removal, so crash and concurrency tests can compare runs without touching (or
// being disturbed by) what other tests write at the same time.
import { afterAll, beforeAll } from '@jest/globals';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import type { GraphDump } from './sqlite-dump.fixtures.js';

/** NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD with the `pnpm neo4j:start` defaults. */
export const NEO4J = {
  uri: process.env.NEO4J_URI ?? 'neo4j://127.0.0.1:7687',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? 'shabaka-local',
};

/**
 * A driver that has proven it can reach Neo4j, or an error with the command that starts it.
 * @example const driver = await connectNeo4j()
 */
export async function connectNeo4j(): Promise<Driver> {
  const driver = neo4j.driver(NEO4J.uri, neo4j.auth.basic(NEO4J.user, NEO4J.password));
  try {
    await driver.verifyConnectivity();
  } catch (cause) {
    await driver.close();
    throw new Error(`reliability: Neo4j is not reachable at ${NEO4J.uri} (run pnpm neo4j:start): ${String(cause)}`);
  }
  return driver;
}

/** Sets and the strings derived from them (`a | b`) in a fixed order: write order is not part of the graph. */
function canonical(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(props).sort()) {
    const value = props[key];
    if (neo4j.isInt(value)) out[key] = value.toNumber();
    else if (Array.isArray(value)) out[key] = [...value].map(String).sort();
    else if ((key === 'aliasText' || key === 'searchText') && typeof value === 'string')
      out[key] = value.split(' | ').sort().join(' | ');
    else out[key] = value;
  }
  return out;
}

/** Pairs parallel evidence arrays so sorting keeps each key with its confidence. */
function evidencePairs(props: Record<string, unknown>, sentences: ReadonlySet<string>): string[] {
  const keys = (props.evidenceKeys as string[] | undefined) ?? [];
  const confidence = (props.evidenceConfidence as number[] | undefined) ?? [];
  return keys
    .map((k, i) => `${k}@${confidence[i] ?? ''}`)
    .filter((k) => sentences.has(k.split('|')[0] ?? ''))
    .sort();
}

const SLICE_QUERY = `
MATCH (a:Article) WHERE a.id IN $ids
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
RETURN properties(a) AS article, collect(properties(s)) AS sentences`;

const MENTIONS_QUERY = `
MATCH (s:Sentence)-[m:MENTIONS]->(x) WHERE s.articleId IN $ids
RETURN s.id AS sentence, x.id AS target, labels(x) AS labels, properties(x) AS props, properties(m) AS mention,
  EXISTS { MATCH (x)<-[:MENTIONS]-(o:Sentence) WHERE NOT o.articleId IN $ids } AS shared`;

const EVENT_EDGES_QUERY = `
MATCH (ev:Event)-[r:OCCURRED_IN]->(l) WHERE ev.id IN $events RETURN ev.id AS a, type(r) AS t, l.id AS b
UNION
MATCH (p)-[r:PARTICIPATED_IN]->(ev:Event) WHERE ev.id IN $events RETURN p.id AS a, type(r) AS t, ev.id AS b`;

const RELATIONS_QUERY = `
MATCH (s:Sentence)-[:MENTIONS]->(x:Entity) WHERE s.articleId IN $ids
WITH DISTINCT x
MATCH (x)-[r]->(y:Entity)
WHERE any(sid IN r.sentenceIds WHERE sid IN $sentences)
RETURN type(r) AS type, x.id AS subject, y.id AS object, properties(r) AS props,
  all(sid IN r.sentenceIds WHERE sid IN $sentences) AS owned`;

/**
 * The slice of the graph that documents `ids` brought, as sorted JSON lines: their articles and sentences,
 * every mention, the events and entities they mention (all properties when only this slice mentions them,
 * else id and labels, since other writers may add aliases), event edges, and entity→entity relationships
 * with the evidence from these sentences (all properties when all their evidence is from the slice).
 * @example const dump = await neo4jSliceDump(driver, docIds)
 */
export async function neo4jSliceDump(driver: Driver, ids: readonly string[]): Promise<GraphDump> {
  const lines: string[] = [];
  const counts: Record<string, number> = { Article: 0, Sentence: 0, Entity: 0, Event: 0, MENTIONS: 0 };
  let properties = 0;
  const add = (kind: string, value: unknown, props: number) => {
    counts[kind] = (counts[kind] ?? 0) + 1;
    properties += props;
    lines.push(JSON.stringify([kind, value]));
  };
  const sentences = new Set<string>();
  for (const r of (await driver.executeQuery(SLICE_QUERY, { ids })).records) {
    const article = canonical(r.get('article') as Record<string, unknown>);
    add('Article', article, Object.keys(article).length);
    for (const s of r.get('sentences') as Record<string, unknown>[]) {
      const sentence = canonical(s);
      sentences.add(String(sentence.id));
      add('Sentence', sentence, Object.keys(sentence).length);
    }
  }
  const nodes = new Map<string, string>();
  const events: string[] = [];
  for (const r of (await driver.executeQuery(MENTIONS_QUERY, { ids })).records) {
    const mention = canonical(r.get('mention') as Record<string, unknown>);
    add('MENTIONS', [r.get('sentence'), r.get('target'), mention], Object.keys(mention).length);
    const labels = [...(r.get('labels') as string[])].sort();
    const props = r.get('shared')
      ? { id: r.get('target') as string }
      : canonical(r.get('props') as Record<string, unknown>);
    const kind = labels.includes('Event') ? 'Event' : 'Entity';
    if (kind === 'Event' && !nodes.has(String(props.id))) events.push(String(props.id));
    nodes.set(String(props.id), JSON.stringify([kind, { labels, ...props }]));
  }
  for (const line of nodes.values()) {
    const [kind, value] = JSON.parse(line) as [string, Record<string, unknown>];
    add(kind, value, Object.keys(value).length - 1);
  }
  for (const r of (await driver.executeQuery(EVENT_EDGES_QUERY, { events })).records)
    add(String(r.get('t')), [r.get('a'), r.get('b')], 0);
  const sentenceIds = [...sentences];
  for (const r of (await driver.executeQuery(RELATIONS_QUERY, { ids, sentences: sentenceIds })).records) {
    const props = r.get('props') as Record<string, unknown>;
    const evidence = evidencePairs(props, sentences);
    const kept = r.get('owned') ? canonical(props) : { key: props.key, role: props.role ?? null };
    add('RELATION', [r.get('type'), r.get('subject'), r.get('object'), kept, evidence], Object.keys(kept).length);
  }
  lines.sort();
  return { lines, counts, properties };
}

/**
 * Committed (not `pending:`) articles among `ids`.
 * @example await committedNeo4jDocuments(driver, ids) // 7
 */
export async function committedNeo4jDocuments(driver: Driver, ids: readonly string[]): Promise<number> {
  const { records } = await driver.executeQuery(
    "MATCH (a:Article) WHERE a.id IN $ids AND NOT coalesce(a.contentHash, '') STARTS WITH 'pending:' RETURN count(a) AS n",
    { ids },
  );
  return (records[0]?.get('n') as { toNumber(): number }).toNumber();
}

/**
 * Removes the slice: its articles, sentences and events, and the entities only it mentions (never an entity
 * linked to Wikidata/ISO, which other tests may share). Relationships go with their nodes.
 * @example await deleteSlice(driver, docIds)
 */
export async function deleteSlice(driver: Driver, ids: readonly string[]): Promise<void> {
  await driver.executeQuery(
    `MATCH (s:Sentence)-[:MENTIONS]->(x) WHERE s.articleId IN $ids
     WITH DISTINCT x
     WHERE x:Event OR (x.wikidata IS NULL AND x.iso IS NULL
       AND NOT EXISTS { MATCH (x)<-[:MENTIONS]-(o:Sentence) WHERE NOT o.articleId IN $ids })
     DETACH DELETE x`,
    { ids },
  );
  await driver.executeQuery(
    'MATCH (a:Article) WHERE a.id IN $ids OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s) DETACH DELETE s, a',
    { ids },
  );
}

export interface SliceSession {
  /** The connected driver (set before the first test runs). */
  driver: Driver;
  /** Document ids of the slice; removed from Neo4j after the tests. */
  ids: string[];
}

/**
 * Registers jest hooks that connect to the shared Neo4j before the tests and remove the slice (`ids`) after.
 * @example const neo = sliceSession(); it('…', async () => { neo.ids = await documentIds([input]); … })
 */
export function sliceSession(): SliceSession {
  const session = { ids: [] } as unknown as SliceSession;
  beforeAll(async () => {
    session.driver = await connectNeo4j();
  });
  afterAll(async () => {
    if (!session.driver) return;
    if (session.ids.length) await deleteSlice(session.driver, session.ids);
    await session.driver.close();
  });
  return session;
}
