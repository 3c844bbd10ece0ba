// Scores romanisers on the Google ar2en test split: the rules of shabaka-rules@0.1.0 (letters alone, and with
// the ANETAC word lexicon, as extraction used them) against the learned model alone and lexicon + model.
// Run: pnpm --filter @shabaka/ingest eval:romaniser [--data DIR] [--split test|eval] [--json]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKb } from '../src/extract/kb.js';
import { transliterate } from '../src/extract/transliterate.js';
import { decodeWord } from '../src/romanise/decode.js';
import { latinLetters, foldHamza } from '../src/romanise/letters.js';
import { loadRomaniser } from '../src/romanise/model-file.js';
import { romaniseWord } from '../src/romanise/romanise.js';
import { readGoogle } from '../src/romanise/training-data.js';
import { scoreWords } from '../src/romanise/word-metrics.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const data = resolve(flag('--data', resolve(here, '../../../../shared/data')));
const split = flag('--split', 'test');
const { pairs } = readGoogle(join(data, `transliteration/google-ar2en-${split}.txt`));
const model = loadRomaniser();
const empty = new Map<string, string>();
const anetac = loadKb().translit;
const systems: Record<string, (ar: string) => string> = {
  'rules (letters)': (ar) => transliterate(ar, empty),
  'rules + ANETAC lexicon (before)': (ar) => transliterate(ar, anetac),
  'graphone model alone': (ar) => decodeWord(ar, model),
  'lexicon + model (after)': (ar) => romaniseWord(ar, model),
};
const inLexicon = pairs.filter((p) => model.lexicon.has(p.ar) || model.lexicon.has(foldHamza(p.ar))).length;
const results = Object.entries(systems).map(([name, run]) => {
  const t = process.hrtime.bigint();
  const s = scoreWords(pairs.map((p) => ({ ref: p.en, hyp: latinLetters(run(p.ar)) })));
  return { system: name, ...s, msPerWord: Number(process.hrtime.bigint() - t) / 1e6 / pairs.length };
});
if (args.includes('--json'))
  process.stdout.write(`${JSON.stringify({ split, words: pairs.length, inLexicon, results })}\n`);
else {
  process.stdout.write(
    `Google ar2en ${split} split: ${pairs.length} words (${inLexicon} with their Arabic in the lexicon, model v${model.version})\n`,
  );
  for (const r of results)
    process.stdout.write(
      `${r.system.padEnd(34)} word accuracy ${r.accuracy.toFixed(3)}  CER ${r.cer.toFixed(3)}  ${r.msPerWord.toFixed(3)} ms/word\n`,
    );
}
