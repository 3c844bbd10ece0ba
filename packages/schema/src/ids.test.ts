import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { documentId, entityId, portableSha256Hex, relationKey, sentenceId, sha256Hex, stableId } from './ids.js';

describe('ids', () => {
  it('hashes with the standard sha256', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives the same hash in Node as the portable (browser) code, lone surrogates included', () => {
    // Ids computed by the viewer and by the server must agree; both encoders turn a lone surrogate into U+FFFD.
    expect(sha256Hex('\ud800x')).toBe(portableSha256Hex('\ud800x'));
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => sha256Hex(text) === portableSha256Hex(text)),
      { numRuns: 2000 },
    );
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
