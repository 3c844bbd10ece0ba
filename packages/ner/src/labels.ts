// The BIO label set the tagger predicts, and conversions between tags and entity spans.
import type { EntityType } from '@shabaka/schema';

/** Entity classes seen in training; MISC is learnt (it helps separate names) but never emitted. */
export const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityClass = (typeof CLASSES)[number];

/** Index 0 is `O`; then B-X, I-X for each class in CLASSES order. */
export const LABELS: readonly string[] = ['O', ...CLASSES.flatMap((c) => [`B-${c}`, `I-${c}`])];
export const NUM_LABELS = LABELS.length;

const LABEL_INDEX = new Map(LABELS.map((l, i) => [l, i]));

/** The schema type each emitted class maps to. */
export const CLASS_TO_TYPE: Readonly<Record<Exclude<EntityClass, 'MISC'>, EntityType>> = {
  PER: 'PERSON',
  ORG: 'ORGANIZATION',
  LOC: 'LOCATION',
};

/** A half-open token span [start, end) of one class. */
export interface TokenSpan {
  start: number;
  end: number;
  cls: EntityClass;
}

/**
 * Maps a corpus class name onto ours: ANERcorp's PERS is PER; GPE/FAC (Wojood) are LOC; unknown → null.
 * @example normaliseClass('PERS') // 'PER'
 */
export function normaliseClass(raw: string): EntityClass | null {
  const c = raw.toUpperCase();
  if (c === 'PER' || c === 'PERS' || c === 'PERSON') return 'PER';
  if (c === 'ORG' || c === 'ORGANIZATION' || c === 'ORGANISATION') return 'ORG';
  if (c === 'LOC' || c === 'LOCATION' || c === 'GPE' || c === 'FAC') return 'LOC';
  if (c === 'MISC') return 'MISC';
  return null;
}

/**
 * Normalises a tag sequence to IOB2 over our classes: PERS→PER, unknown classes → O, and a stray
 * `I-X` that does not continue an X entity becomes `B-X` (IOB1 and annotation noise).
 * @example normaliseTags(['I-PERS', 'I-PERS', 'O', 'I-LOC']) // ['B-PER', 'I-PER', 'O', 'B-LOC']
 */
export function normaliseTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  let prevCls: EntityClass | null = null;
  for (const tag of tags) {
    const m = /^([BIES])-(.+)$/.exec(tag);
    const cls = m ? normaliseClass(m[2] ?? '') : null;
    if (!m || !cls) {
      out.push('O');
      prevCls = null;
      continue;
    }
    const prefix = m[1] === 'I' || m[1] === 'E' ? (prevCls === cls ? 'I' : 'B') : 'B';
    out.push(`${prefix}-${cls}`);
    prevCls = m[1] === 'E' || m[1] === 'S' ? null : cls;
  }
  return out;
}

/**
 * Index of a label string in LABELS; throws on unknown labels.
 * @example labelIndex('B-LOC') // 5
 */
export function labelIndex(label: string): number {
  const i = LABEL_INDEX.get(label);
  if (i === undefined) throw new RangeError(`ner: unknown label "${label}"; expected one of ${LABELS.join(' ')}`);
  return i;
}

/**
 * Entity spans of an IOB2 tag sequence (a stray I-X opens a new entity, as conlleval does).
 * @example spansFromTags(['B-PER', 'I-PER', 'O', 'B-LOC']) // [{start:0,end:2,cls:'PER'},{start:3,end:4,cls:'LOC'}]
 */
export function spansFromTags(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  tags.forEach((tag, i) => {
    const prefix = tag[0];
    const cls = tag.length > 2 ? normaliseClass(tag.slice(2)) : null;
    const continues = open !== null && prefix === 'I' && cls === open.cls;
    if (continues && open) {
      open.end = i + 1;
      return;
    }
    if (open) spans.push(open);
    open = cls && (prefix === 'B' || prefix === 'I') ? { start: i, end: i + 1, cls } : null;
  });
  if (open) spans.push(open);
  return spans;
}

/**
 * True when label `to` may follow label `from` in IOB2 (`from` = -1 is the sentence start).
 * @example allowedTransition(labelIndex('O'), labelIndex('I-PER')) // false
 */
export function allowedTransition(from: number, to: number): boolean {
  const t = LABELS[to] ?? 'O';
  if (t[0] !== 'I') return true;
  const f = from < 0 ? 'O' : (LABELS[from] ?? 'O');
  return f !== 'O' && f.slice(2) === t.slice(2);
}
