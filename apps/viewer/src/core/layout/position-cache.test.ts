import { describe, expect, test } from '@jest/globals';
import { loadPositions, savePositions } from './position-cache.js';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('position cache', () => {
  test('saved positions load back, merged over earlier ones', () => {
    const storage = memoryStorage();
    savePositions(storage, [['a', { x: 1.234, y: -5 }]]);
    savePositions(storage, [['b', { x: 3, y: 4 }]]);
    const positions = loadPositions(storage);
    expect(positions.get('a')).toEqual({ x: 1.23, y: -5 });
    expect(positions.get('b')).toEqual({ x: 3, y: 4 });
  });

  test('corrupt or foreign entries give an empty cache, and invalid points are skipped', () => {
    expect(loadPositions(memoryStorage({ 'shabaka.positions.v1': '{not json' })).size).toBe(0);
    const mixed = memoryStorage({ 'shabaka.positions.v1': JSON.stringify({ a: [1, 2], b: ['x', 2], c: [null, 1] }) });
    expect([...loadPositions(mixed).keys()]).toEqual(['a']);
    expect(loadPositions(undefined).size).toBe(0);
  });

  test('a full storage does not throw', () => {
    const storage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => savePositions(storage, [['a', { x: 0, y: 0 }]])).not.toThrow();
  });
});
