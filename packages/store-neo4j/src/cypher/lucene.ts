// Builds the Lucene query string for entity search: exact, prefix and fuzzy forms of each word,
// in the original spelling and in the normalised match key (so hamza/taa-marbuta/diacritics don't matter).
import { matchKey } from '@shabaka/text';

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'TO']);

function escapeTerm(term: string): string {
  return term.replace(SPECIAL, (c) => `\\${c}`);
}

/** Whitespace words that hold a letter or digit (the analyzers drop the rest, which would fail an AND). */
function words(text: string): string[] {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

function wordClause(word: string): string {
  // Upper-case AND/OR/NOT are Lucene operators; their lower-cased key still searches the word.
  const variants = [...new Set([word, matchKey(word)])]
    .filter((v) => v.length > 0 && !OPERATORS.has(v))
    .map(escapeTerm);
  const parts: string[] = [];
  for (const v of variants) {
    parts.push(`${v}^4`, `${v}*`);
    // Edit distance 1 forgives one wrong letter; shorter words would match too much.
    if (v.length >= 4) parts.push(`${v}~1`);
  }
  return `(${parts.join(' OR ')})`;
}

/**
 * The Lucene query for a free-text entity search, or `null` when the text has no words.
 * Words are AND-ed; each matches exactly (analysed), as a prefix (the last word typed) or with one typo.
 * @example luceneQuery('Erdog') // '(Erdog^4 OR Erdog* OR Erdog~1 OR erdog^4 OR erdog* OR erdog~1)'
 */
export function luceneQuery(text: string): string | null {
  const ws = words(text).slice(0, 8);
  return ws.length === 0 ? null : ws.map(wordClause).join(' AND ');
}
