// Parses a store spec (`sqlite:PATH`, `neo4j://…`, `bolt://…`, `neo4j+s://…`) with env fallbacks and opens it.
import { existsSync } from 'node:fs';
import { ShabakaError } from '@shabaka/schema';
import type { GraphStore } from '@shabaka/schema';

export type StoreSpec =
  { kind: 'sqlite'; path: string } | { kind: 'neo4j'; uri: string; user: string; password: string; database?: string };

export type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_STORE = 'sqlite:./shabaka.db';
const NEO4J_SCHEMES = /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\//i;

/**
 * Resolves the store: the flag, else `SHABAKA_STORE`, else `sqlite:./shabaka.db`. `neo4j` alone means
 * `NEO4J_URI`. Neo4j credentials come from the URI (`neo4j://user:pass@host`), else `NEO4J_USER` /
 * `NEO4J_PASSWORD` (defaults `neo4j` / `shabaka-local`, as `pnpm neo4j:start`).
 * @example parseStoreSpec('sqlite:/tmp/g.db', {}) // { kind: 'sqlite', path: '/tmp/g.db' }
 */
export function parseStoreSpec(spec: string | undefined, env: Env = process.env): StoreSpec {
  let value = (spec ?? env.SHABAKA_STORE ?? DEFAULT_STORE).trim();
  if (value === 'neo4j') value = env.NEO4J_URI ?? 'neo4j://127.0.0.1:7687';
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path)
      throw new ShabakaError('INVALID_INPUT', 'cli: sqlite store needs a path', {
        hint: 'e.g. --store sqlite:./shabaka.db',
      });
    return { kind: 'sqlite', path };
  }
  if (NEO4J_SCHEMES.test(value)) {
    const url = new URL(value);
    const user = decodeURIComponent(url.username) || env.NEO4J_USER || 'neo4j';
    const password = decodeURIComponent(url.password) || env.NEO4J_PASSWORD || 'shabaka-local';
    const database = url.searchParams.get('database') ?? env.NEO4J_DATABASE ?? undefined;
    url.username = '';
    url.password = '';
    url.search = '';
    const uri = url.toString().replace(/\/$/, '');
    return { kind: 'neo4j', uri, user, password, ...(database ? { database } : {}) };
  }
  throw new ShabakaError('INVALID_INPUT', `cli: unknown store "${value}"`, {
    hint: 'use sqlite:PATH, neo4j://host:7687, bolt://host:7687 or neo4j+s://host',
  });
}

/**
 * The spec without its password, for messages.
 * @example describeStore(parseStoreSpec('neo4j://u:p@h:7687')) // 'neo4j://h:7687 (user u)'
 */
export function describeStore(spec: StoreSpec): string {
  return spec.kind === 'sqlite' ? `sqlite:${spec.path}` : `${spec.uri} (user ${spec.user})`;
}

/** How a command uses its store: only writing commands may create one. */
export type StoreUse = 'write' | 'read';

/**
 * Opens (and initialises) the store a spec names. A reading command (`use: 'read'`) never creates a
 * SQLite file: a mistyped path would otherwise answer "0 documents" and leave an empty database behind.
 * @example const store = await openStore('sqlite:./shabaka.db'); await store.close();
 */
export async function openStore(spec?: string, env: Env = process.env, use: StoreUse = 'write'): Promise<GraphStore> {
  const parsed = parseStoreSpec(spec, env);
  if (use === 'read' && parsed.kind === 'sqlite' && parsed.path !== ':memory:' && !existsSync(parsed.path))
    throw new ShabakaError('NOT_FOUND', `cli: no SQLite store at ${parsed.path}`, {
      hint: 'check the path, or create the store with shabaka ingest FILES --store sqlite:PATH',
    });
  try {
    if (parsed.kind === 'sqlite') {
      const { createSqliteStore } = await import('@shabaka/store-sqlite');
      return await createSqliteStore({ path: parsed.path });
    }
    const { createNeo4jStore } = await import('@shabaka/store-neo4j');
    const { kind: _kind, ...options } = parsed;
    return await createNeo4jStore(options);
  } catch (cause) {
    if (cause instanceof ShabakaError) throw cause;
    throw new ShabakaError(
      'STORE_UNAVAILABLE',
      `cli: cannot open ${describeStore(parsed)}: ${(cause as Error).message}`,
      {
        cause,
        hint: parsed.kind === 'neo4j' ? 'is Neo4j running? try pnpm neo4j:start' : 'check the path and its folder',
      },
    );
  }
}
