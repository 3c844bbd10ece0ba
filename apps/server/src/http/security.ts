// Request guards: bearer token on /api, Host and Origin checks (CORS to our own origin only) and safe headers.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * Constant-time comparison of a presented token with the expected one; hashing first makes the
 * lengths equal so the comparison time says nothing about either token.
 * @example tokenMatches('abc', 'abc') // true
 */
export function tokenMatches(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * The host name of a Host header, without the port (keeps IPv6 brackets).
 * @example hostName('127.0.0.1:5178') // '127.0.0.1'
 */
export function hostName(hostHeader: string): string {
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1);
  const colon = hostHeader.lastIndexOf(':');
  return colon === -1 ? hostHeader : hostHeader.slice(0, colon);
}

/** Whether a bind address only accepts local connections. */
export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || host.startsWith('127.');
}

export interface SecurityOptions {
  token: string | undefined;
  /** The address the server binds; loopback binds also refuse foreign Host headers (DNS rebinding). */
  host: string;
  /** Extra origins allowed to call the API from a browser (e.g. the Vite dev server). */
  allowedOrigins: readonly string[];
}

function checkToken(request: FastifyRequest, token: string): void {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  if (!match?.[1] || !tokenMatches(match[1].trim(), token)) {
    throw new HttpError(
      401,
      'UNAUTHORIZED',
      header ? 'server: wrong bearer token' : 'server: this server needs a bearer token',
      'send `Authorization: Bearer <token>` with the token given to `shabaka serve --token`',
    );
  }
}

function checkHost(request: FastifyRequest, options: SecurityOptions): void {
  if (!isLoopback(options.host)) return;
  const host = request.headers.host;
  if (!host || !LOOPBACK_HOSTS.has(hostName(host))) {
    throw new HttpError(
      403,
      'FORBIDDEN_ORIGIN',
      `server: Host ${JSON.stringify(host ?? '')} is not a loopback name`,
      'open the viewer at http://127.0.0.1:<port>/ or bind another address with --host',
    );
  }
}

/** Applies CORS for our own origin (and configured extras); refuses cross-origin preflights and writes. */
function checkOrigin(request: FastifyRequest, reply: FastifyReply, options: SecurityOptions): void {
  const origin = request.headers.origin;
  if (!origin) return;
  const own = `${request.protocol}://${request.headers.host ?? ''}`;
  const allowed = origin === own || options.allowedOrigins.includes(origin);
  if (allowed) {
    reply.header('Access-Control-Allow-Origin', origin);
    reply.header('Vary', 'Origin');
    if (request.method === 'OPTIONS') {
      reply.header('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
      reply.header('Access-Control-Allow-Headers', 'Authorization, Content-Type');
      reply.header('Access-Control-Max-Age', '600');
    }
    return;
  }
  // A foreign page may not read our answers (no ACAO header) nor make us write (CSRF): refuse anything but GET.
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    throw new HttpError(
      403,
      'FORBIDDEN_ORIGIN',
      `server: origin ${origin} may not call this API`,
      'call the API from the viewer served by this server',
    );
  }
}

/**
 * Registers the guards as an onRequest hook, plus an OPTIONS answer for allowed preflights.
 * @example registerSecurity(app, { token: 's3cret', host: '127.0.0.1', allowedOrigins: [] })
 */
export function registerSecurity(app: FastifyInstance, options: SecurityOptions): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'no-referrer');
    checkHost(request, options);
    checkOrigin(request, reply, options);
    const isApi = request.url === '/api' || request.url.startsWith('/api/');
    if (request.method === 'OPTIONS') {
      // Preflights carry no credentials by design; answering them reveals nothing.
      return reply.code(204).send();
    }
    if (options.token && isApi) checkToken(request, options.token);
  });
}
