// Bytes to text with the checks every reader needs: empty, binary, UTF-16 BOM, invalid UTF-8, size.
import type { ReadIssueCode } from './read-result.js';

/** Inputs larger than this are refused (a scraped page or article is far smaller). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; code: ReadIssueCode; reason: string; line?: number };

const SNIFF_BYTES = 8192;

function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    // Tab, LF, CR, FF and ESC appear in text; other C0 controls mostly in binaries.
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return end > 0 && control / end > 0.1;
}

/** UTF-16 text without a BOM: NUL in most odd (LE) or even (BE) positions of ASCII-heavy text. */
function looksUtf16(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - (bytes.length % 2), SNIFF_BYTES);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = end / 2;
  return pairs >= 2 && Math.max(even, odd) / pairs > 0.6 && Math.min(even, odd) / pairs < 0.05;
}

function firstBadLine(bytes: Uint8Array): number {
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const at = lossy.indexOf('\uFFFD');
  let line = 1;
  for (let i = 0; i < at; i++) if (lossy.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Decodes a whole input: UTF-8 (BOM stripped) or UTF-16 with a BOM; refuses empty, binary,
 * oversized and invalid UTF-8 input with a reason and a hint.
 * @example decodeBytes(new TextEncoder().encode('نص')) // { ok: true, text: 'نص' }
 */
export function decodeBytes(bytes: Uint8Array, maxBytes = MAX_INPUT_BYTES): Decoded {
  if (bytes.length === 0) return { ok: false, code: 'EMPTY', reason: 'empty input (0 bytes)' };
  if (bytes.length > maxBytes) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      code: 'TOO_LARGE',
      reason: `${mb} MB is over the ${maxBytes / 1024 / 1024} MB limit; split it`,
    };
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (looksUtf16(bytes)) {
      return {
        ok: false,
        code: 'ENCODING',
        reason: 'looks like UTF-16 without a BOM; convert to UTF-8 (iconv -f utf-16le -t utf-8)',
      };
    }
    if (looksBinary(bytes)) {
      return { ok: false, code: 'BINARY', reason: 'binary content (NUL or control bytes), not text' };
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return {
        ok: false,
        code: 'ENCODING',
        reason: 'invalid UTF-8; convert it first (e.g. iconv -f windows-1256 -t utf-8)',
        line: firstBadLine(bytes),
      };
    }
  }
  if (text.trim() === '') return { ok: false, code: 'EMPTY', reason: 'only whitespace' };
  return { ok: true, text };
}
