import { describe, expect, it } from '@jest/globals';
import { documentId, entityId, relationKey, sentenceId, sha256Hex, stableId } from './ids.js';

describe('ids', () => {
  it('hashes with the standard sha256', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('keeps parts apart so different splits give different ids', () => {
    expect(stableId('x', 'a b', 'c')).not.toBe(stableId('x', 'a', 'b c'));
    expect(stableId('x', 'a')).toMatch(/^x_[0-9a-f]{20}$/);
  });

  it('prefers the URL for documents and falls back to the text', () => {
    expect(documentId({ url: 'https://e.x/a', text: 'one' })).toBe(documentId({ url: 'https://e.x/a', text: 'two' }));
    expect(documentId({ text: 'one' })).not.toBe(documentId({ text: 'two' }));
  });

  it('derives entity ids from type and canonical key', () => {
    expect(entityId('LOCATION', 'iso:TR')).toMatch(/^loc_/);
    expect(entityId('PERSON', 'name:x')).not.toBe(entityId('ORGANIZATION', 'name:x'));
    expect(sentenceId('doc_1', 4)).toBe('doc_1#4');
  });

  it('gives symmetric relations one key whatever the direction, and directed ones two', () => {
    expect(relationKey('a', 'MET', 'b', null)).toBe(relationKey('b', 'MET', 'a', null));
    expect(relationKey('a', 'ARRESTED', 'b', null)).not.toBe(relationKey('b', 'ARRESTED', 'a', null));
    expect(relationKey('a', 'HOLDS_ROLE', 'b', 'وزير')).not.toBe(relationKey('a', 'HOLDS_ROLE', 'b', 'سفير'));
  });
});
