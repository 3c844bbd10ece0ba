// POST /api/cypher: the analyst console; read-only, timeout and row cap are enforced by the store.
import { CypherRequest } from '@shabaka/schema';
import type { GraphStore } from '@shabaka/schema';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http/errors.js';
import { parseOr400 } from '../http/validate.js';

/**
 * Registers `POST /api/cypher`; answers 501 when the store does not speak Cypher.
 * @example registerCypherRoute(app, neo4jStore)
 */
export function registerCypherRoute(app: FastifyInstance, store: GraphStore): void {
  app.post('/api/cypher', async (request) => {
    const { query, params } = parseOr400(CypherRequest, request.body, 'body');
    if (!store.cypher) {
      throw new HttpError(
        501,
        'UNSUPPORTED',
        `server: Cypher needs Neo4j (this server runs the ${store.kind} store)`,
        'start the server with --store neo4j://127.0.0.1:7687',
      );
    }
    return store.cypher(query, params);
  });
}
