// Unit tests of the person identity key: spellings of one name agree, different names do not.
import { describe, expect, it } from '@jest/globals';
import { personKey } from './person-key.js';

describe('personKey', () => {
  it('folds spellings that differ only in how a romanisation writes a sound', () => {
    expect(personKey('Barak Obama')).toBe(personKey('Barack Obama'));
    expect(personKey('Ali al-Ghamdi')).toBe(personKey('Ali Alghamdi'));
    expect(personKey('Mohammed bin Salman')).toBe(personKey('Mohamed bin Salman'));
    expect(personKey('Mohammad Jawad Zarif')).toBe(personKey('Mohammad Javad Zarif'));
    expect(personKey('James Comey')).toBe(personKey('James Kumi'));
    expect(personKey('Emmet G. Sullivan')).toBe(personKey('Emmet Sullivan'));
  });

  it('keeps different names apart', () => {
    expect(personKey('Ali Hassan')).not.toBe(personKey('Ali Hussein'));
    expect(personKey('Mohammed bin Salman')).not.toBe(personKey('Mohammed bin Nayef'));
    expect(personKey('Salem')).not.toBe(personKey('Salim Salem'));
  });
});
