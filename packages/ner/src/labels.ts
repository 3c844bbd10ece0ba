// The BIOES label set the tagger learns and decodes, and conversions between IOB2 tags, BIOES labels and entity spans.
import type { EntityType } from '@shabaka/schema';

/** Entity classes seen in training; MISC is learnt (it helps separate names) but never emitted. */
export const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityClass = (typeof CLASSES)[number];

/**
 * Index 0 is `O`; then B-X, I-X, E-X, S-X for each class in CLASSES order. The model learns BIOES (Ratinov & Roth
 * 2009): a single-word name and the last word of a longer one get their own weights; everything outside the
 * tagger (corpora, spans, output) stays IOB2.
 */
export const LABELS: readonly string[] = ['O', ...CLASSES.flatMap((c) => [`B-${c}`, `I-${c}`, `E-${c}`, `S-${c}`])];
export const NUM_LABELS = LABELS.length;
/** Labels per class: index 1 + 4k + (0 B, 1 I, 2 E, 3 S) is class k. */
export const LABELS_PER_CLASS = 4;

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
 * @example labelIndex('B-LOC') // 9
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
 * Class index (position in CLASSES) of a label index, -1 for O.
 * @example labelClass(labelIndex('E-LOC')) // 2
 */
export function labelClass(y: number): number {
  return y === 0 ? -1 : Math.floor((y - 1) / LABELS_PER_CLASS);
}

/** True for B-X and I-X: an entity is open and must go on with I-X or close with E-X. */
function isOpen(label: string): boolean {
  return label[0] === 'B' || label[0] === 'I';
}

/**
 * True when label `to` may follow label `from` in BIOES (`from` = -1 is the sentence start).
 * @example allowedTransition(labelIndex('O'), labelIndex('I-PER')) // false
 */
export function allowedTransition(from: number, to: number): boolean {
  const t = LABELS[to] ?? 'O';
  const f = from < 0 ? 'O' : (LABELS[from] ?? 'O');
  const continues = t[0] === 'I' || t[0] === 'E';
  return isOpen(f) ? continues && f.slice(2) === t.slice(2) : !continues;
}

/**
 * True when a sentence may end on label `y` (not inside an open entity).
 * @example canEnd(labelIndex('B-PER')) // false
 */
export function canEnd(y: number): boolean {
  return !isOpen(LABELS[y] ?? 'O');
}

/**
 * BIOES labels of an IOB2 tag sequence: the last token of a multi-word entity is E-X, a one-token entity S-X.
 * @example toBioes(['B-PER', 'I-PER', 'B-LOC', 'O']) // ['B-PER', 'E-PER', 'S-LOC', 'O']
 */
export function toBioes(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (tag === 'O') return tag;
    const ends = tags[i + 1] !== `I-${tag.slice(2)}`;
    if (!ends) return tag;
    return `${tag[0] === 'B' ? 'S' : 'E'}${tag.slice(1)}`;
  });
}

/**
 * IOB2 tags of a decoded label path.
 * @example tagsOfPath([labelIndex('S-LOC'), 0]) // ['B-LOC', 'O']
 */
export function tagsOfPath(path: readonly number[]): string[] {
  return normaliseTags(path.map((y) => LABELS[y] ?? 'O'));
}
