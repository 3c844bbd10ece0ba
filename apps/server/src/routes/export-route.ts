// GET /api/export?format=gexf|jsonl: the whole entity graph as a download.
import { ExportQuery } from '@shabaka/schema';
import type { GraphStore } from '@shabaka/schema';
import type { FastifyInstance } from 'fastify';
import { toGexf } from '../export/gexf.js';
import { toJsonl } from '../export/jsonl.js';
import { parseOr400 } from '../http/validate.js';

/**
 * Registers `GET /api/export`; GEXF opens in Gephi, JSONL is the extraction contract's entity and relation lines.
 * @example registerExportRoute(app, store)
 */
export function registerExportRoute(app: FastifyInstance, store: GraphStore): void {
  app.get('/api/export', async (request, reply) => {
    const { format } = parseOr400(ExportQuery, request.query, 'query');
    const graph = await store.exportGraph();
    if (format === 'gexf') {
      reply.header('Content-Type', 'application/gexf+xml; charset=utf-8');
      reply.header('Content-Disposition', 'attachment; filename="shabaka.gexf"');
      return toGexf(graph);
    }
    reply.header('Content-Type', 'application/x-ndjson; charset=utf-8');
    reply.header('Content-Disposition', 'attachment; filename="shabaka.jsonl"');
    return toJsonl(graph);
  });
}
