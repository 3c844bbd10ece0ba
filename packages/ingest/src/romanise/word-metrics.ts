// Word accuracy and character error rate of romanised words against references.

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * Exact-match share and CER (edits / reference characters, summed over words), case-insensitive.
 * @example scoreWords([{ ref: 'kerry', hyp: 'kiri' }]) // { words: 1, accuracy: 0, cer: 0.4 }
 */
export function scoreWords(rows: readonly { ref: string; hyp: string }[]): {
  words: number;
  accuracy: number;
  cer: number;
} {
  let ok = 0;
  let edits = 0;
  let chars = 0;
  for (const { ref, hyp } of rows) {
    const r = ref.toLowerCase();
    const h = hyp.toLowerCase();
    if (r === h) ok++;
    edits += editDistance(r, h);
    chars += r.length;
  }
  return { words: rows.length, accuracy: rows.length ? ok / rows.length : 0, cer: chars ? edits / chars : 0 };
}
