// Typed errors of @shabaka/ner: every failure carries a stable code and a hint saying what to do about it.
export type NerErrorCode =
  | 'NER_BAD_CONLL'
  | 'NER_MODEL_MISSING'
  | 'NER_MODEL_INVALID'
  | 'NER_GAZETTEER_MISSING'
  | 'NER_GAZETTEER_INVALID'
  | 'NER_BAD_ARGUMENT'
  | 'NER_DATA_MISSING';

/** The committed models and gazetteers come back from git in seconds; retraining takes a while but needs no git. */
const REBUILD =
  'restore the committed files with `git checkout -- packages/ner/models packages/ner/gazetteers`, or rebuild them with `pnpm --filter @shabaka/ner train`';

/** The hint of each kind of failure when the thrower has no more precise one. */
const DEFAULT_HINTS: Record<NerErrorCode, string> = {
  NER_BAD_CONLL: 'each line is "token TAG" (or the four CoNLL-2003 columns), a blank line between sentences',
  NER_MODEL_MISSING: REBUILD,
  NER_MODEL_INVALID: REBUILD,
  NER_GAZETTEER_MISSING: REBUILD,
  NER_GAZETTEER_INVALID: REBUILD,
  NER_BAD_ARGUMENT: 'the commands and their flags are listed in packages/ner/README.md',
  NER_DATA_MISSING:
    'training data is read from shared/data beside the checkout; set SHABAKA_DATA or --data to use another folder',
};

/**
 * An error raised by the tagger, its training or its evaluation. The message is the problem followed by the hint,
 * so a log line alone says what to do; callers that word their own error read `problem` and `hint` apart.
 * @example throw new NerError('NER_MODEL_MISSING', 'ner: no model at models/ar.model.json.gz');
 */
export class NerError extends Error {
  override readonly name = 'NerError';
  readonly hint: string;
  constructor(
    readonly code: NerErrorCode,
    readonly problem: string,
    options: { hint?: string; cause?: unknown } = {},
  ) {
    const hint = options.hint ?? DEFAULT_HINTS[code];
    super(`${problem} (${hint})`, { cause: options.cause });
    this.hint = hint;
  }
}
