// Tiny flag parser shared by the train / eval / bench commands.
import { NerError } from '../errors.js';

/** Parsed `--flag value` / `--switch` arguments. */
export type Flags = Map<string, string | true>;

/**
 * Parses argv into flags; `--` separators from pnpm are ignored.
 * @example parseFlags(['--json', '--lang', 'ar']).get('lang') // 'ar'
 */
export function parseFlags(argv: readonly string[], switches: readonly string[]): Flags {
  const flags: Flags = new Map();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') continue;
    if (!a.startsWith('--'))
      throw new NerError('NER_BAD_ARGUMENT', `ner: unexpected argument "${a}"; flags look like --name value`);
    const name = a.slice(2);
    if (switches.includes(name)) flags.set(name, true);
    else {
      const v = argv[++i];
      if (v === undefined) throw new NerError('NER_BAD_ARGUMENT', `ner: --${name} needs a value`);
      flags.set(name, v);
    }
  }
  return flags;
}

/**
 * A language flag value checked against ar|en.
 * @example langFlag('ar') // 'ar'
 */
export function langFlag(v: string | true | undefined): 'ar' | 'en' | undefined {
  if (v === undefined) return undefined;
  if (v === 'ar' || v === 'en') return v;
  throw new NerError('NER_BAD_ARGUMENT', `ner: --lang must be ar or en, got "${String(v)}"`);
}
