import type { ReadIssueCode } from './read-result.js';
/** Inputs larger than this are refused (a scraped page or article is far smaller). */
export declare const MAX_INPUT_BYTES: number;
/**
 * Documents longer than this are refused: a news article is far shorter (10 000 words ≈ 60 000 characters), and
 * extraction time grows faster than linearly with one document's length (200 000 characters ≈ 1.5 min on one
 * core, 1 MB > 5 min), so one pasted book or log file would stall an ingest or the server.
 */
export declare const MAX_DOCUMENT_CHARS = 200000;
export type Decoded =
  | {
      ok: true;
      text: string;
    }
  | {
      ok: false;
      code: ReadIssueCode;
      reason: string;
      line?: number;
    };
/**
 * Decodes a whole input: UTF-8 (BOM stripped) or UTF-16 with a BOM; refuses empty, binary,
 * oversized and invalid UTF-8 input with a reason and a hint.
 * @example decodeBytes(new TextEncoder().encode('نص')) // { ok: true, text: 'نص' }
 */
export declare function decodeBytes(bytes: Uint8Array, maxBytes?: number): Decoded;
//# sourceMappingURL=decode-bytes.d.ts.map
