import { describe, expect, it } from '@jest/globals';
import { parseStoreSpec } from './store-spec.js';

describe('parseStoreSpec', () => {
  it('defaults to sqlite:./shabaka.db and honours SHABAKA_STORE', () => {
    expect(parseStoreSpec(undefined, {})).toEqual({ kind: 'sqlite', path: './shabaka.db' });
    expect(parseStoreSpec(undefined, { SHABAKA_STORE: 'sqlite:/tmp/x.db' })).toEqual({
      kind: 'sqlite',
      path: '/tmp/x.db',
    });
    expect(parseStoreSpec('sqlite:///tmp/y.db', {})).toEqual({ kind: 'sqlite', path: '/tmp/y.db' });
  });

  it('reads Neo4j credentials from the URI, else from env, else the local defaults', () => {
    expect(parseStoreSpec('neo4j://u:p%40ss@db.example:7687?database=news', {})).toEqual({
      kind: 'neo4j',
      uri: 'neo4j://db.example:7687',
      user: 'u',
      password: 'p@ss',
      database: 'news',
    });
    expect(parseStoreSpec('bolt://127.0.0.1:7687', { NEO4J_USER: 'a', NEO4J_PASSWORD: 'b' })).toMatchObject({
      user: 'a',
      password: 'b',
    });
    expect(parseStoreSpec('neo4j+s://x.databases.neo4j.io', {})).toMatchObject({
      uri: 'neo4j+s://x.databases.neo4j.io',
      user: 'neo4j',
      password: 'shabaka-local',
    });
    expect(parseStoreSpec('neo4j', { NEO4J_URI: 'bolt://h:1' })).toMatchObject({ kind: 'neo4j', uri: 'bolt://h:1' });
  });

  it('rejects unknown schemes and empty paths with a hint', () => {
    expect(() => parseStoreSpec('postgres://x', {})).toThrow(/unknown store "postgres:\/\/x".*sqlite:PATH/);
    expect(() => parseStoreSpec('sqlite:', {})).toThrow(/needs a path/);
  });
});
