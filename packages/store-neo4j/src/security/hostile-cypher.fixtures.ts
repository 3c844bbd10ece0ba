// Console queries that must never change the database: write clauses, writing procedures (also spelled with
// backticks, which the pre-check cannot name, so the read transaction must refuse them), schema changes,
// LOAD CSV, APOC writes and several statements. `label` is a run-unique label the probes would create.

export interface HostileQuery {
  why: string;
  query: string;
}

/**
 * The hostile console queries of one test run.
 * @example for (const { why, query } of hostileQueries('Probe_ab12')) await expect(store.cypher(query)).rejects.toThrow()
 */
export function hostileQueries(label: string): HostileQuery[] {
  const l = `\`${label}\``;
  return [
    { why: 'CREATE', query: `CREATE (:${l} {id: 1})` },
    { why: 'MERGE', query: `MERGE (n:${l} {id: 1}) RETURN n` },
    { why: 'SET on a match', query: `MATCH (n:Entity) WITH n LIMIT 1 SET n:${l} RETURN n` },
    { why: 'DETACH DELETE', query: `MATCH (n:${l}) DETACH DELETE n` },
    { why: 'lower-case keyword', query: `match (n:Entity) with n limit 1 set n.probe = 1 return n` },
    { why: 'keyword after a comment', query: `MATCH (n) /* read */ CREATE (:${l}) RETURN 1` },
    { why: 'FOREACH', query: `FOREACH (x IN [1] | CREATE (:${l}))` },
    { why: 'CALL subquery in transactions', query: `CALL { CREATE (:${l}) } IN TRANSACTIONS RETURN 1` },
    { why: 'two statements', query: `MATCH (n) RETURN count(n); CREATE (:${l})` },
    { why: 'LOAD CSV', query: "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line" },
    { why: 'LOAD CSV split by a comment', query: "LOAD /* x */ CSV FROM 'https://example.com/a.csv' AS l RETURN l" },
    { why: 'schema: constraint', query: `CREATE CONSTRAINT probe IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE` },
    { why: 'schema: index', query: `CREATE INDEX probe_idx IF NOT EXISTS FOR (n:${l}) ON (n.id)` },
    { why: 'schema: drop', query: 'DROP INDEX entity_names_std IF EXISTS' },
    { why: 'writing procedure', query: `CALL db.createLabel('${label}')` },
    { why: 'writing procedure (backticks)', query: `CALL \`db\`.\`createLabel\`('${label}')` },
    { why: 'writing procedure, property key', query: `CALL db.createProperty('${label}')` },
    { why: 'admin procedure', query: 'CALL dbms.security.createUser("intruder", "pw12345678", false)' },
    { why: 'cache flush', query: 'CALL db.clearQueryCaches()' },
    { why: 'APOC create', query: `CALL apoc.create.node(['${label}'], {}) YIELD node RETURN node` },
    { why: 'APOC run write', query: `CALL apoc.cypher.runWrite('CREATE (:${label})', {}) YIELD value RETURN value` },
    { why: 'APOC periodic', query: `CALL apoc.periodic.iterate('RETURN 1', 'CREATE (:${label})', {})` },
    { why: 'APOC (backticks)', query: `CALL \`apoc\`.\`create\`.node(['${label}'], {}) YIELD node RETURN node` },
    { why: 'administration', query: 'STOP DATABASE neo4j' },
    { why: 'user admin', query: "CREATE USER intruder SET PASSWORD 'pw12345678'" },
  ];
}
