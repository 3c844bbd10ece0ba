// Turns the inputs an analyst gives (files, folders, globs, URLs, `-`) into a stream of sources.
import { stat } from 'node:fs/promises';
import { glob, isDynamicPattern } from 'tinyglobby';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
/**
 * Expands inputs in order; folders recurse, sorted so runs are reproducible.
 * @example for await (const s of expandInputs(['examples/', '-'])) console.log(s.kind)
 */
export async function* expandInputs(inputs, options = {}) {
  const ignore = [...ALWAYS_IGNORED, ...(options.ignore ?? [])];
  for (const input of inputs) {
    if (input === '-') yield { kind: 'stdin' };
    else if (/^https?:\/\//i.test(input)) yield { kind: 'url', url: input };
    else if (isDynamicPattern(input)) {
      const files = await glob([input], { cwd: options.cwd, ignore, absolute: false, onlyFiles: true });
      if (files.length === 0) yield { kind: 'missing', input, reason: 'pattern matched no file' };
      for (const path of files.sort()) yield { kind: 'file', path };
    } else {
      let info;
      try {
        info = await stat(input);
      } catch {
        yield { kind: 'missing', input, reason: 'no such file or folder' };
        continue;
      }
      if (!info.isDirectory()) {
        yield { kind: 'file', path: input };
        continue;
      }
      const patterns = options.glob?.length ? [...options.glob] : ['**/*'];
      const files = await glob(patterns, { cwd: input, ignore, onlyFiles: true });
      if (files.length === 0) yield { kind: 'missing', input, reason: 'folder has no matching file' };
      for (const f of files.sort()) yield { kind: 'file', path: `${input.replace(/\/+$/, '')}/${f}` };
    }
  }
}
//# sourceMappingURL=expand-inputs.js.map
