// Read-only pre-check for analyst Cypher: a small tokenizer that skips strings, comments and
// quoted names, then rejects write clauses, writing procedures and multiple statements.
import { ShabakaError } from '@shabaka/schema';

interface Token {
  readonly kind: 'word' | 'punct';
  readonly text: string;
}

/** Clauses that write data or schema, or administer the server. */
const WRITE_WORDS = new Set([
  'CREATE',
  'MERGE',
  'DELETE',
  'DETACH',
  'SET',
  'REMOVE',
  'DROP',
  'FOREACH',
  'ALTER',
  'RENAME',
  'GRANT',
  'DENY',
  'REVOKE',
  'TERMINATE',
  'ENABLE',
  'DEALLOCATE',
  'REALLOCATE',
]);

/** Procedures that only read; every other `db.*` / `dbms.*` procedure is refused. */
const READ_PROCEDURES = [
  /^db\.(labels|relationshiptypes|propertykeys|info|ping|indexes|constraints)$/,
  /^db\.schema\./,
  /^db\.index\.fulltext\.query(nodes|relationships)$/,
  /^db\.index\.fulltext\.listavailableanalyzers$/,
  /^dbms\.(components|procedures|functions)$/,
];
/** APOC namespaces that write, load or run arbitrary Cypher. */
const APOC_WRITES =
  /^apoc\.(create|merge|refactor|periodic|load|import|export|trigger|atomic|lock|cypher\.(do|run|parallel)|schema\.assert|nodes\.(delete|link)|graph\.(fromcypher)|do\.)/;

/** Splits Cypher into words and punctuation, dropping whitespace, comments and literals. */
function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i] as string;
    const next = query[i + 1];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      i = end < 0 ? query.length : end;
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? query.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      i = skipQuoted(query, i, c);
      // A quoted name stands where a word would; literals become a placeholder.
      tokens.push({ kind: c === '`' ? 'word' : 'punct', text: c === '`' ? '`name`' : 'literal' });
    } else if (/[\p{L}_$]/u.test(c)) {
      let j = i + 1;
      while (j < query.length && /[\p{L}\p{N}_$]/u.test(query[j] as string)) j++;
      tokens.push({ kind: 'word', text: query.slice(i, j) });
      i = j;
    } else {
      tokens.push({ kind: 'punct', text: c });
      i++;
    }
  }
  return tokens;
}

function skipQuoted(query: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < query.length) {
    if (query[i] === '\\' && quote !== '`') i += 2;
    else if (query[i] === quote) return i + 1;
    else i++;
  }
  throw reject('an unterminated string or quoted name', 'close every quote');
}

function reject(what: string, hint: string): ShabakaError {
  return new ShabakaError('CYPHER_WRITE_REJECTED', `store-neo4j: the console is read-only; this query has ${what}`, {
    hint,
  });
}

/** `CALL a.b.c` → 'a.b.c' starting at token index i (the word after CALL). */
function dottedName(tokens: readonly Token[], i: number): string {
  const parts: string[] = [];
  for (let j = i; j < tokens.length; j += 2) {
    const t = tokens[j];
    if (!t || t.kind !== 'word') break;
    parts.push(t.text);
    if (tokens[j + 1]?.text !== '.') break;
  }
  return parts.join('.').toLowerCase();
}

function checkProcedure(name: string): void {
  if (/^(db|dbms)\./.test(name) && !READ_PROCEDURES.some((re) => re.test(name))) {
    throw reject(
      `a call to ${name}, which may write or administer the server`,
      'only read procedures such as db.labels() are allowed',
    );
  }
  if (APOC_WRITES.test(name)) {
    throw reject(`a call to ${name}, which writes or runs other Cypher`, 'use read-only APOC functions only');
  }
}

/**
 * Throws `CYPHER_WRITE_REJECTED` when a query would write, administer, load files or hold several
 * statements. Words inside strings, comments, backticks, property keys and labels are ignored.
 * The read transaction on the server is the second line of defence.
 * @example assertReadOnly("MATCH (n) WHERE n.name = 'CREATE' RETURN n") // passes
 */
export function assertReadOnly(query: string): void {
  const tokens = tokenize(query);
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1]?.text;
    const next = tokens[i + 1]?.text;
    if (t.text === ';' && tokens.slice(i + 1).length > 0) {
      throw reject('more than one statement', 'run one statement at a time, without ";" between them');
    }
    // Property keys (n.set), parameters ($set), labels (:Set) and map keys ({set: 1}) are names, not clauses.
    if (t.kind !== 'word' || prev === '.' || prev === ':' || next === ':') return;
    const word = t.text.toUpperCase();
    if (WRITE_WORDS.has(word))
      throw reject(`a ${word} clause`, 'use MATCH … RETURN; writes go through `shabaka ingest`');
    if ((word === 'START' || word === 'STOP') && tokens[i + 1]?.text.toUpperCase() === 'DATABASE') {
      throw reject(`${word} DATABASE`, 'administration is not available from the console');
    }
    if (word === 'LOAD' && tokens[i + 1]?.text.toUpperCase() === 'CSV') {
      throw reject('LOAD CSV', 'the console cannot read files; ingest them with `shabaka ingest`');
    }
    if (word === 'IN' && tokens[i + 1]?.text.toUpperCase() === 'TRANSACTIONS') {
      throw reject('CALL { … } IN TRANSACTIONS', 'batched writes are not allowed in the console');
    }
    if (word === 'CALL' && tokens[i + 1]?.kind === 'word') checkProcedure(dottedName(tokens, i + 1));
  });
}
