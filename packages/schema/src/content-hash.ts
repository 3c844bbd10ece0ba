// Content hashes of stored documents: how ingest marks a half-committed write, and when a stored hash
// means "the same text" rather than "an edited article".

/** Marks a document as written but not committed: its stored hash never equals a real one. */
export const PENDING_PREFIX = 'pending:';

/**
 * True when two stored/new content hashes stand for the same text once the `pending:` marker of a
 * half-committed write is ignored; false means the article was edited and its old facts must go.
 * @example sameContent('pending:ab12', 'ab12') // true
 */
export function sameContent(a: string, b: string): boolean {
  const bare = (h: string): string => (h.startsWith(PENDING_PREFIX) ? h.slice(PENDING_PREFIX.length) : h);
  return bare(a) === bare(b);
}
