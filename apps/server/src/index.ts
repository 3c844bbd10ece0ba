// Public API of @shabaka/server: build or start the HTTP API over a GraphStore.

// Server
export { buildServer, startServer, ServerSettings } from './server.js';
export type { ServerOptions } from './server.js';

// Pieces other packages reuse
export { toGexf } from './export/gexf.js';
export { toJsonl } from './export/jsonl.js';
export { ROUTE_DOCS, buildOpenApi } from './http/openapi.js';
export { HttpError, HttpErrorCode } from './http/errors.js';
export type { ExtractFn } from './ingest/extract-fn.js';
