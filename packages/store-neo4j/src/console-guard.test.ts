// Unit tests of the console's read-only pre-check: every write form is refused, names inside
// strings, comments, backticks, properties and labels are not.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { ShabakaError } from '@shabaka/schema';
import { assertReadOnly } from './console-guard.js';

function rejection(query: string): ShabakaError | undefined {
  try {
    assertReadOnly(query);
    return undefined;
  } catch (error) {
    if (error instanceof ShabakaError) return error;
    throw error;
  }
}

describe('assertReadOnly', () => {
  test.each([
    ['CREATE (n:Person {name: "x"})', 'CREATE'],
    ['MATCH (n) MERGE (n)-[:MET]->(m)', 'MERGE'],
    ['MATCH (n) DELETE n', 'DELETE'],
    ['match (n) detach delete n', 'DETACH'],
    ['MATCH (n) SET n.name = 1', 'SET'],
    ['MATCH (n) REMOVE n:Person', 'REMOVE'],
    ['DROP INDEX entity_names_ar', 'DROP'],
    ["LOAD CSV FROM 'file:///x.csv' AS row RETURN row", 'LOAD CSV'],
    ["CALL db.createLabel('X')", 'db.createlabel'],
    ['CALL dbms.security.createUser("a", "b")', 'dbms.security.createuser'],
    ["CALL apoc.create.node(['X'], {})", 'apoc.create.node'],
    ['CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DELETE n", {})', 'apoc.periodic.iterate'],
    ['MATCH (n) CALL (n) { RETURN n } IN TRANSACTIONS RETURN n', 'IN TRANSACTIONS'],
    ['MATCH (n) RETURN n; MATCH (m) RETURN m', 'more than one statement'],
    ['STOP DATABASE neo4j', 'STOP DATABASE'],
    ['MATCH (n) FOREACH (x IN [1] | SET n.a = x)', 'FOREACH'],
  ])('rejects %s', (query, what) => {
    const error = rejection(query);
    expect(error?.code).toBe('CYPHER_WRITE_REJECTED');
    expect(error?.message).toContain(what);
    expect(error?.message).toMatch(/read-only/);
  });

  test.each([
    "MATCH (n) WHERE n.name = 'CREATE DELETE; SET' RETURN n",
    'MATCH (n) // DELETE n\nRETURN n',
    'MATCH (n) /* MERGE; DROP */ RETURN n',
    'MATCH (n:`CREATE`) RETURN n.set, n.delete',
    'MATCH (n:Set) RETURN {set: 1, merge: 2} AS m, $delete AS d',
    'MATCH (s:Sentence)-[m:MENTIONS]->(e) RETURN m.start AS start, s.text',
    'CALL db.labels() YIELD label RETURN label',
    "CALL db.index.fulltext.queryNodes('entity_names_ar', 'x') YIELD node RETURN node",
    'MATCH (n) RETURN n;',
    'MATCH (n) RETURN "a \\" DELETE" AS s',
  ])('accepts %s', (query) => {
    expect(rejection(query)).toBeUndefined();
  });

  test('an unterminated string is refused with a hint', () => {
    expect(rejection("MATCH (n) WHERE n.name = 'x RETURN n")?.message).toContain('unterminated');
  });

  test('any text inside a string literal is accepted (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const literal = `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
        expect(rejection(`RETURN ${literal} AS s`)).toBeUndefined();
      }),
    );
  });
});
