import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decodeBytes } from './decode-bytes.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('decodes UTF-8 and strips nothing else', () => {
    expect(decodeBytes(utf8('تركيا توقف 153'))).toEqual({ ok: true, text: 'تركيا توقف 153' });
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('أنقرة Ankara', 'utf16le')]);
    expect(decodeBytes(new Uint8Array(le))).toEqual({ ok: true, text: 'أنقرة Ankara' });
    const be = Buffer.from(Buffer.from('Ankara', 'utf16le')).swap16();
    expect(decodeBytes(new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).toEqual({
      ok: true,
      text: 'Ankara',
    });
  });

  it('names UTF-16 without a BOM instead of calling it binary', () => {
    expect(decodeBytes(new Uint8Array(Buffer.from('Ankara and Amman', 'utf16le')))).toMatchObject({
      ok: false,
      code: 'ENCODING',
      reason: expect.stringContaining('UTF-16 without a BOM'),
    });
  });

  it('refuses empty, whitespace-only, binary and oversized input', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ ok: false, code: 'EMPTY' });
    expect(decodeBytes(utf8(' \n\t '))).toMatchObject({ ok: false, code: 'EMPTY' });
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toMatchObject({
      ok: false,
      code: 'BINARY',
    });
    expect(decodeBytes(utf8('x'.repeat(100)), 10)).toMatchObject({ ok: false, code: 'TOO_LARGE' });
  });

  it('reports invalid UTF-8 (windows-1256 Arabic) with the line of the first bad byte', () => {
    const bytes = new Uint8Array([...utf8('ok line\nsecond\n'), 0xc7, 0xe1, 0xda, 0x20, 0x41]);
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, code: 'ENCODING', line: 3 });
  });

  it('round-trips any non-blank text without control characters', () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: 'grapheme', minLength: 1 })
          .filter((s) => s.trim() !== '' && [...s].every((c) => (c.codePointAt(0) ?? 0) >= 32 || '\t\n\r'.includes(c))),
        (s) => {
          const r = decodeBytes(utf8(s));
          expect(r).toEqual({ ok: true, text: s.replace(/^\uFEFF/, '') });
        },
      ),
    );
  });
});
