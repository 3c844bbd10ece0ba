// 405 Method Not Allowed, with an `Allow` header, for a path that exists under other methods (RFC 9110 §15.5.6).
import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors.js';

const escape = (s: string): string => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/**
 * Records every route as it is added and refuses a request whose path matches a route but whose method
 * matches none; register it before the routes. Wildcard routes (static files) are left to the not-found page.
 * @example registerMethodCheck(app); app.get('/api/stats', …) // TRACE /api/stats → 405, Allow: GET, HEAD, OPTIONS
 */
export function registerMethodCheck(app: FastifyInstance): void {
  const routes: { pattern: RegExp; method: string; literal: boolean }[] = [];
  app.addHook('onRoute', (route) => {
    if (route.url.includes('*')) return;
    const pattern = new RegExp(
      `^${route.url
        .split(/:[^/]+/)
        .map(escape)
        .join('[^/]+')}/?$`,
    );
    const literal = !route.url.includes(':');
    for (const method of [route.method].flat()) routes.push({ pattern, method: method.toUpperCase(), literal });
  });
  app.addHook('onRequest', async (request, reply) => {
    // A matched route, or a preflight (answered for every path by the security hook). The viewer's static
    // wildcard matches any GET, `GET /api/cypher` too, so only a match on a named route counts.
    if (request.method === 'OPTIONS') return;
    const path = request.url.split('?')[0] ?? '';
    // A path a route names literally belongs to that route, as OpenAPI reads paths: a parameter route that
    // also matches it (DELETE /api/curation/:id for /api/curation/duplicates) does not answer for it.
    const literal = routes.filter((r) => r.literal && r.pattern.test(path));
    const matched = request.routeOptions.url;
    if (matched !== undefined && !matched.includes('*') && (literal.length === 0 || !matched.includes(':'))) return;
    const allowed = new Set(
      (literal.length > 0 ? literal : routes.filter((r) => r.pattern.test(path))).map((r) => r.method),
    );
    // No route has the path, or one has this method and the router still did not match (a parameter over
    // its length limit): a 404, not a method problem.
    if (allowed.size === 0 || allowed.has(request.method)) return;
    allowed.add('OPTIONS');
    const allow = [...allowed].sort().join(', ');
    reply.header('Allow', allow);
    throw new HttpError(
      405,
      'METHOD_NOT_ALLOWED',
      `server: ${path} does not answer ${request.method}`,
      `use ${allow}; the routes are listed in /openapi.json`,
    );
  });
}
