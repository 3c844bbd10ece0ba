// Reading CoNLL-format corpora: token in the first column, tag in the last, blank line between sentences.
import { readFileSync } from 'node:fs';
import { NerError } from './errors.js';
import { normaliseTags } from './labels.js';

/** One sentence of a labelled corpus, tags already normalised to IOB2 over PER/ORG/LOC/MISC. */
export interface LabelledSentence {
  tokens: string[];
  tags: string[];
  /** the first sentence after a `-DOCSTART-` line: a new article begins here */
  docStart?: true;
}

/**
 * Parses CoNLL text. Columns split on tabs when present, else on spaces (a 2–3 column line is "token TAG":
 * ANERcorp has one token with a space inside); a `-DOCSTART-` line marks the next sentence `docStart`, WikiANN's `xx:`
 * prefixes are dropped.
 * `tagColumn: 'second'` reads the outermost tag of nested corpora (Wojood: `token OUTER INNER…`).
 * @example parseConll('Ankara B-LOC\nsaid O\n\nHi O\n').length // 2
 */
export function parseConll(text: string, origin = 'conll', tagColumn: 'last' | 'second' = 'last'): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  let tokens: string[] = [];
  let raw: string[] = [];
  let docStart = false;
  const flush = (): void => {
    if (tokens.length > 0) {
      sentences.push(
        docStart ? { tokens, tags: normaliseTags(raw), docStart: true } : { tokens, tags: normaliseTags(raw) },
      );
      docStart = false;
    }
    tokens = [];
    raw = [];
  };
  const lines = text.split(/\r?\n/);
  lines.forEach((line, n) => {
    const trimmed = line.trim();
    if (trimmed === '') return flush();
    if (trimmed.startsWith('-DOCSTART-')) {
      flush();
      docStart = true;
      return;
    }
    if (trimmed.startsWith('$#$')) return; // Wojood paragraph markers
    let token: string;
    let tag: string;
    if (line.includes('\t')) {
      const cols = line.split('\t');
      token = cols[0] ?? '';
      tag = (cols[cols.length - 1] ?? '').trim();
    } else {
      const cols = trimmed.split(/\s+/);
      if (cols.length < 2)
        throw new NerError('NER_BAD_CONLL', `${origin}:${n + 1}: expected "token ... TAG", got "${trimmed}"`);
      tag = (tagColumn === 'second' ? cols[1] : cols[cols.length - 1]) ?? 'O';
      // CoNLL-2003 has four columns (token POS chunk NER); a two- or three-column line is "token TAG" whose
      // token may hold a space (one ANERcorp line does).
      token = cols.length >= 4 || tagColumn === 'second' ? (cols[0] ?? '') : cols.slice(0, -1).join(' ');
    }
    token = token.replace(/^[a-z]{2}:(?=.)/, '');
    tokens.push(token);
    raw.push(tag);
  });
  flush();
  return sentences;
}

/**
 * Reads and parses a CoNLL file, with a helpful error when it is missing.
 * @example readConll('/work/shared/data/anercorp/test.txt').length // 918
 */
export function readConll(path: string, tagColumn: 'last' | 'second' = 'last'): LabelledSentence[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new NerError('NER_DATA_MISSING', `ner: cannot read CoNLL file ${path}`, { cause });
  }
  return parseConll(text, path, tagColumn);
}
