// `shabaka extract FILE… --format jsonl [--out DIR]`: the extraction JSONL contract, one stream per input.
import { basename, extname, join } from 'node:path';
import { extract, formatIssue, isSetupError, mergeResults, parseFieldMap, readDocuments } from '@shabaka/ingest';
import type { ExtractionResult } from '@shabaka/schema';
import { toContractLines } from '@shabaka/schema';
import type { CliIo } from '../cli-io.js';
import { ExtractFlags, parseFlags } from '../flags.js';
import { ensureOutDir, writeOutFile } from '../output-path.js';
import { EXIT_OK, EXIT_SOME_FAILED } from './ingest-command.js';

/**
 * Extracts each input and writes its contract lines to stdout, or to `<out>/<name>.jsonl`.
 * @example await runExtract(['examples/asharq-page.txt'], { format: 'jsonl' }, processIo())
 */
export async function runExtract(inputs: string[], raw: Record<string, unknown>, io: CliIo): Promise<number> {
  const flags = parseFlags(ExtractFlags, raw, 'extract');
  const map = parseFieldMap(flags.map);
  if (flags.out) await ensureOutDir(flags.out, 'extract');
  let failed = 0;
  for (const input of inputs) {
    const results: ExtractionResult[] = [];
    for await (const r of readDocuments([input], { lang: flags.lang, map, ...(io.stdin ? { stdin: io.stdin } : {}) })) {
      if (!r.ok) {
        failed++;
        io.stderr.write(`${formatIssue(r.issue)}\n`);
        continue;
      }
      try {
        results.push(extract(r.document, flags.lang === 'auto' ? {} : { lang: flags.lang }));
      } catch (cause) {
        // A missing or corrupt NER model fails every document alike: one fatal line with its hint, not one per input.
        if (isSetupError(cause)) throw cause;
        failed++;
        const issue = {
          input: r.input,
          item: r.document.title || r.document.id,
          code: 'MALFORMED' as const,
          reason: (cause as Error).message,
        };
        io.stderr.write(`${formatIssue(issue)}\n`);
      }
    }
    if (results.length === 0) continue;
    const text =
      toContractLines(mergeResults(results))
        .map((l) => JSON.stringify(l))
        .join('\n') + '\n';
    if (!flags.out) io.stdout.write(text);
    else {
      const name = input === '-' ? 'stdin' : basename(input, extname(input)) || 'input';
      await writeOutFile(join(flags.out, `${name}.jsonl`), text, 'extract');
    }
  }
  return failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}
