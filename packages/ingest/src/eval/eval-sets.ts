// The annotated article sets of ../shared/eval (seed page, dev, train) and their tune/test splits,
// read with the project's own readers so header lines become metadata and offsets refer to the body.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ShabakaError } from '@shabaka/schema';
import type { Document } from '@shabaka/schema';
import { makeDocument } from '../readers/make-document.js';
import { readDocuments } from '../readers/read-documents.js';
import type { Gold } from './release-score.js';

export type EvalSet = 'seed' | 'dev' | 'train' | 'all';
export type EvalSplit = 'tune' | 'test' | 'both';

export interface EvalArticle {
  /** File name without extension (`ar-d01`, `a1`): the name of its JSONL output and of its gold file. */
  name: string;
  set: 'seed' | 'dev' | 'train';
  gold: Gold;
  /** The documents read from the article (one for every file of these sets). */
  documents: Document[];
}

/** The dev test split (../shared/eval/dev/README.md): scored for a release, never tuned on. */
export function isDevTest(name: string): boolean {
  const m = /^(ar|en)-d(\d+)$/.exec(name);
  if (!m) return false;
  const n = Number(m[2]);
  return m[1] === 'ar' ? n >= 28 : n >= 10;
}

// The seed page's in-body photo captions are outside its annotation scope (../shared/eval/seed/README.md,
// "Scope"): they are left out of the text as a segmenter that drops them would, not scored as neutral.
const SEED_CAPTION_LINES: Record<string, number[]> = { a1: [32], a2: [108, 116], a3: [144, 154, 166], a4: [202, 210] };

function readGold(file: string): Gold {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Gold;
  } catch (cause) {
    throw new ShabakaError('INVALID_INPUT', `eval: cannot read the gold file ${file}`, {
      hint: 'the gold files are JSON as described in ../shared/eval/seed/README.md',
      cause,
    });
  }
}

function seedArticles(evalDir: string): EvalArticle[] {
  const dir = join(evalDir, 'seed');
  const page = readFileSync(join(dir, 'asharq-page.txt'), 'utf8').split('\n');
  const segments = JSON.parse(readFileSync(join(dir, 'segments.json'), 'utf8')) as {
    id: string;
    kind: string;
    firstBodyLine: string;
    lastBodyLine: string;
  }[];
  return segments
    .filter((s) => s.kind === 'article')
    .map((seg) => {
      const a = page.indexOf(seg.firstBodyLine);
      const b = page.indexOf(seg.lastBodyLine);
      const drop = new Set((SEED_CAPTION_LINES[seg.id] ?? []).map((n) => n - 1));
      const text = page
        .slice(a, b + 1)
        .filter((_, i) => !drop.has(a + i))
        .join('\n');
      const doc = makeDocument({ title: seg.id, text, lang: 'ar' });
      return {
        name: seg.id,
        set: 'seed' as const,
        gold: readGold(join(dir, 'gold', `${seg.id}.json`)),
        documents: [doc],
      };
    });
}

async function folderArticles(
  evalDir: string,
  set: 'dev' | 'train',
  keep: (name: string) => boolean,
): Promise<EvalArticle[]> {
  const dir = join(evalDir, set);
  const files = readdirSync(join(dir, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const out: EvalArticle[] = [];
  for (const f of files) {
    const name = basename(f, '.txt');
    if (!keep(name)) continue;
    const documents: Document[] = [];
    for await (const r of readDocuments([join(dir, 'articles', f)], { lang: 'auto' })) {
      if (!r.ok) throw new ShabakaError('INVALID_INPUT', `eval: ${r.issue.input}: ${r.issue.reason}`);
      documents.push(r.document);
    }
    out.push({ name, set, gold: readGold(join(dir, 'gold', `${name}.json`)), documents });
  }
  return out;
}

/**
 * The articles of a set and split: seed (a1–a4), dev (tune = ar-d01–27 and en-d01–09, test = the rest),
 * train (all training), all = seed + dev (the seed counts as tune).
 * @example (await evalArticles('/work/shared/eval', 'dev', 'tune')).length // 36
 */
export async function evalArticles(evalDir: string, set: EvalSet, split: EvalSplit): Promise<EvalArticle[]> {
  const dir = resolve(evalDir);
  if (!existsSync(join(dir, 'score.py')))
    throw new ShabakaError('INVALID_INPUT', `eval: ${dir} is not the evaluation folder (no score.py there)`, {
      hint: 'pass --eval DIR pointing at ../shared/eval',
    });
  const inSplit = (name: string): boolean =>
    split === 'both' || (split === 'test' ? isDevTest(name) : !isDevTest(name));
  const out: EvalArticle[] = [];
  if ((set === 'seed' || set === 'all') && split !== 'test') out.push(...seedArticles(dir));
  if (set === 'dev' || set === 'all') out.push(...(await folderArticles(dir, 'dev', inSplit)));
  if (set === 'train') out.push(...(await folderArticles(dir, 'train', () => true)));
  return out;
}
