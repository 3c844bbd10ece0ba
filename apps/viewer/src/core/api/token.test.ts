// Unit tests of the token hand-over through the URL fragment.
import { describe, expect, test } from '@jest/globals';
import { currentToken, splitTokenFromHash, TOKEN_KEY } from './token.js';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => values.get(k) ?? null,
    setItem: (k: string, v: string) => void values.set(k, v),
    values,
  };
}

describe('splitTokenFromHash', () => {
  test('takes the token out and keeps the other fragment fields', () => {
    expect(splitTokenFromHash('#token=s3cr%2Bt&view=1')).toEqual({ token: 's3cr+t', hash: '#view=1' });
    expect(splitTokenFromHash('#token=abc')).toEqual({ token: 'abc', hash: '' });
  });

  test('a fragment without a token is left alone; a blank token counts as none', () => {
    expect(splitTokenFromHash('#view=1')).toEqual({ token: null, hash: '#view=1' });
    expect(splitTokenFromHash('')).toEqual({ token: null, hash: '' });
    expect(splitTokenFromHash('#token=%20')).toEqual({ token: null, hash: '' });
  });
});

describe('currentToken', () => {
  test('a handed-over token is stored for the tab and wiped from the address bar', () => {
    const storage = memoryStorage();
    const replaced: string[] = [];
    expect(currentToken(storage, '#token=abc', (h) => replaced.push(h))).toBe('abc');
    expect(storage.values.get(TOKEN_KEY)).toBe('abc');
    expect(replaced).toEqual(['']);
  });

  test('without a fragment the stored token is used and the URL is not touched', () => {
    const replaced: string[] = [];
    expect(currentToken(memoryStorage({ [TOKEN_KEY]: 'old' }), '', (h) => replaced.push(h))).toBe('old');
    expect(currentToken(memoryStorage(), '#x=1', (h) => replaced.push(h))).toBeUndefined();
    expect(replaced).toEqual([]);
  });

  test('a new token replaces the stored one', () => {
    const storage = memoryStorage({ [TOKEN_KEY]: 'old' });
    expect(currentToken(storage, '#token=new', () => undefined)).toBe('new');
  });
});
