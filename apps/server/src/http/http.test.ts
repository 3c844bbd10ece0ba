// Unit tests of the HTTP helpers: error mapping, validation, token comparison, host parsing, OpenAPI.
import { describe, expect, it } from '@jest/globals';
import { OverviewOptions, ShabakaError } from '@shabaka/schema';
import { HttpError, toErrorResponse } from './errors.js';
import { ROUTE_DOCS, buildOpenApi } from './openapi.js';
import { DEFAULT_VIEWER_DIR } from './viewer.js';
import { hostName, isLoopback, tokenMatches } from './security.js';
import { parseOr400 } from './validate.js';

describe('toErrorResponse', () => {
  it.each([
    ['NOT_FOUND', 404],
    ['CYPHER_WRITE_REJECTED', 400],
    ['CYPHER_TIMEOUT', 504],
    ['UNSUPPORTED', 501],
    ['STORE_UNAVAILABLE', 503],
  ] as const)('maps ShabakaError %s to %i with the hint apart', (code, status) => {
    const { status: got, body } = toErrorResponse(new ShabakaError(code, 'store: boom', { hint: 'do this' }));
    expect(got).toBe(status);
    expect(body).toEqual({ error: 'store: boom', code, hint: 'do this' });
  });

  it('hides the details of unexpected errors', () => {
    const { status, body } = toErrorResponse(new Error('secret stack detail'));
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain('secret');
  });

  it('turns a fastify 413 into PAYLOAD_TOO_LARGE', () => {
    expect(toErrorResponse({ statusCode: 413, message: 'too big' }).body.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('parseOr400', () => {
  it('returns parsed values and throws a 400 listing issues', () => {
    expect(parseOr400(OverviewOptions, { limit: '7' }, 'query')).toEqual({ limit: 7 });
    try {
      parseOr400(OverviewOptions, { limit: '-1' }, 'query');
      throw new Error('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).statusCode).toBe(400);
      expect((error as HttpError).issues?.[0]?.path).toBe('limit');
    }
  });
});

describe('security helpers', () => {
  it('compares tokens exactly', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abc', 'abd')).toBe(false);
    expect(tokenMatches('', 'abc')).toBe(false);
    expect(tokenMatches('abcd', 'abc')).toBe(false);
  });

  it('parses host names with ports and IPv6', () => {
    expect(hostName('127.0.0.1:5178')).toBe('127.0.0.1');
    expect(hostName('localhost')).toBe('localhost');
    expect(hostName('[::1]:80')).toBe('[::1]');
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('0.0.0.0')).toBe(false);
  });
});

describe('buildOpenApi', () => {
  it('documents every route with its parameters from the zod schemas', () => {
    const doc = buildOpenApi('1.0.0') as { paths: Record<string, Record<string, { parameters: { name: string }[] }>> };
    expect(Object.keys(doc.paths)).toHaveLength(new Set(ROUTE_DOCS.map((r) => r.path)).size);
    expect(doc.paths['/api/search']?.get?.parameters.map((p) => p.name).sort()).toEqual(['limit', 'q', 'types']);
    expect(doc.paths['/api/entities/{id}/neighbors']?.get?.parameters.map((p) => p.name)).toContain('id');
  });
});

describe('DEFAULT_VIEWER_DIR', () => {
  it('points at the viewer app build folder beside this app', () => {
    expect(DEFAULT_VIEWER_DIR.replaceAll('\\', '/')).toMatch(/\/apps\/viewer\/dist$/);
  });
});
