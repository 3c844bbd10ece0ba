// Maps neo4j-driver errors to ShabakaError codes with hints an analyst or operator can act on.
import { Neo4jError } from 'neo4j-driver';
import { ShabakaError } from '@shabaka/schema';

function codeOf(error: unknown): string {
  return error instanceof Neo4jError ? error.code : '';
}

/**
 * A ShabakaError for a driver error (unknown errors pass through untouched).
 * @example throw toShabakaError(err, { uri: 'neo4j://127.0.0.1:7687', timeoutMs: 10000 })
 */
export function toShabakaError(error: unknown, context: { uri: string; timeoutMs?: number }): unknown {
  if (error instanceof ShabakaError) return error;
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new ShabakaError('STORE_UNAVAILABLE', `store-neo4j: cannot reach Neo4j at ${context.uri}: ${message}`, {
      hint: 'start it with `pnpm neo4j:start` or set NEO4J_URI',
      cause: error,
      retriable: true,
    });
  }
  if (
    code.startsWith('Neo.ClientError.Security.Unauthorized') ||
    code.startsWith('Neo.ClientError.Security.AuthenticationRateLimit')
  ) {
    return new ShabakaError('STORE_UNAVAILABLE', `store-neo4j: Neo4j at ${context.uri} refused the credentials`, {
      hint: 'check NEO4J_USER and NEO4J_PASSWORD',
      cause: error,
    });
  }
  if (
    code.includes('TransactionTimedOut') ||
    (code === 'Neo.ClientError.Transaction.TransactionMarkedAsFailed' && /timed? ?out/i.test(message))
  ) {
    return new ShabakaError(
      'CYPHER_TIMEOUT',
      `store-neo4j: the query ran longer than ${context.timeoutMs ?? '?'} ms and was stopped`,
      {
        hint: 'add a LIMIT, anchor the MATCH on an id or name, or raise queryTimeoutMs',
        cause: error,
      },
    );
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || code.startsWith('Neo.ClientError.Security.Forbidden')) {
    return new ShabakaError(
      'CYPHER_WRITE_REJECTED',
      `store-neo4j: Neo4j refused a write in the read-only console: ${message}`,
      {
        hint: 'the console runs read transactions; writes go through `shabaka ingest`',
        cause: error,
      },
    );
  }
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
    return new ShabakaError('INVALID_INPUT', `store-neo4j: Neo4j rejected the query: ${message}`, {
      hint: 'check the syntax and that every $parameter is given',
      cause: error,
    });
  }
  return error;
}

/**
 * True when a write failed because a uniqueness constraint found the key already taken: a blind CREATE met a
 * relationship that is stored already, or that another writer created meanwhile.
 * @example if (isKeyTaken(error)) await retryWithMerge()
 */
export function isKeyTaken(error: unknown): boolean {
  const cause = error instanceof ShabakaError ? error.cause : error;
  return codeOf(cause) === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}
