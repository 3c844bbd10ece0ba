// The bearer token of a server started with `--token`: handed over in the URL fragment (never sent to the
// server, never logged), kept for this browser tab only, and removed from the address bar at once.

/** sessionStorage key: the token lives as long as the tab, not in localStorage for every later visit. */
export const TOKEN_KEY = 'shabaka.token';

type TokenStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * Splits `#token=…` (alone or among other fragment fields) out of a location hash.
 * @example splitTokenFromHash('#token=abc&x=1') // { token: 'abc', hash: '#x=1' }
 */
export function splitTokenFromHash(hash: string): { token: string | null; hash: string } {
  const fields = new URLSearchParams(hash.replace(/^#/, ''));
  const token = fields.get('token');
  if (token === null) return { token: null, hash };
  fields.delete('token');
  const rest = fields.toString();
  return { token: token.trim() || null, hash: rest ? `#${rest}` : '' };
}

/**
 * The token to send: one just handed over in the fragment (stored, and the fragment rewritten through
 * `replaceHash` so it does not stay on screen or in history), else the one stored for this tab.
 * @example const token = currentToken(sessionStorage, location.hash, (h) => history.replaceState(null, '', h || ' '))
 */
export function currentToken(
  storage: TokenStorage,
  hash: string,
  replaceHash: (hash: string) => void,
): string | undefined {
  const split = splitTokenFromHash(hash);
  if (split.token !== null) {
    storage.setItem(TOKEN_KEY, split.token);
    replaceHash(split.hash);
  }
  return storage.getItem(TOKEN_KEY) ?? undefined;
}
