// Reading a committed gzip JSON artefact (gazetteer, name-likeness model) with a typed error for each way it can fail.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { NerError, type NerErrorCode } from './errors.js';

/**
 * Reads `path`, gunzips and parses it and hands the value to `build`. An unreadable file is `codes.missing`;
 * bytes that are not gzip JSON, or a value `build` rejects, are `codes.invalid` (a NerError from `build` is kept).
 * @example readGzipJson(gazetteerPath('ar'), 'gazetteer', GAZETTEER_CODES, (d) => new Gazetteer(d as GazetteerData))
 */
export function readGzipJson<T>(
  path: string | URL,
  what: string,
  codes: { missing: NerErrorCode; invalid: NerErrorCode },
  build: (data: unknown) => T,
): T {
  let gz: Buffer;
  try {
    gz = readFileSync(path);
  } catch (cause) {
    throw new NerError(codes.missing, `ner: cannot read ${what} ${String(path)}`, { cause });
  }
  try {
    return build(JSON.parse(gunzipSync(gz).toString('utf8')));
  } catch (cause) {
    if (cause instanceof NerError) throw cause;
    throw new NerError(codes.invalid, `ner: ${what} ${String(path)} is not a valid gzip JSON ${what}`, { cause });
  }
}
