// `pnpm --filter @shabaka/ner eval [-- --json] [--data PATH --lang ar|en] [--model-only]`: conlleval-style scores.
import type { LangScores } from '../conlleval.js';
import { NerError } from '../errors.js';
import { evaluateFile, evaluateStandard } from '../evaluate.js';
import { defaultDataDir } from '../paths.js';
import { langFlag, parseFlags } from './args.js';

function table(results: Partial<Record<'ar' | 'en', LangScores>>): string {
  const rows = ['lang  class     P       R       F1'];
  for (const [lang, s] of Object.entries(results)) {
    for (const cls of ['micro', 'PER', 'ORG', 'LOC'] as const) {
      const x = s[cls];
      rows.push(
        `${lang.padEnd(5)} ${cls.padEnd(6)} ${x.p.toFixed(2).padStart(6)}  ${x.r.toFixed(2).padStart(6)}  ${x.f1.toFixed(2).padStart(6)}`,
      );
    }
  }
  return rows.join('\n');
}

try {
  const flags = parseFlags(process.argv.slice(2), ['json', 'model-only']);
  const options = { rules: !flags.has('model-only') };
  const data = flags.get('data');
  let results: Partial<Record<'ar' | 'en', LangScores>>;
  if (data !== undefined) {
    const lang = langFlag(flags.get('lang'));
    if (!lang) throw new NerError('NER_BAD_ARGUMENT', 'ner eval: --data needs --lang ar|en');
    results = { [lang]: evaluateFile(String(data), lang, options) };
  } else results = evaluateStandard(String(defaultDataDir()), options);
  process.stdout.write(flags.has('json') ? `${JSON.stringify(results)}\n` : `${table(results)}\n`);
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
