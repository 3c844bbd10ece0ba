// Seeded synthetic Arabic/English news articles with run-unique invented names, and a slice of the shared corpus
// read at test time (never copied into the repo), for the crash, concurrency and bad-input reliability tests.
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { readDocuments } from '@shabaka/ingest';
import { seededRandom } from '@shabaka/schema';
import { REPO } from '../cli.fixtures.js';

/** The shared corpus folder, beside the repository (CI clones the repo with `shared/` next to it). */
export const NEWS_AR = join(REPO, '..', 'shared', 'data', 'news-ar');

const AR_FIRST = ['سامر', 'ليلى', 'كريم', 'نادية', 'هشام', 'رنا', 'طارق', 'سلمى'];
const AR_SYLLABLES = ['زو', 'ري', 'كا', 'مو', 'لي', 'تا', 'فو', 'دي', 'نا', 'بو'];
const EN_FIRST = ['Samer', 'Laila', 'Karim', 'Nadia', 'Hisham', 'Rana', 'Tarek', 'Salma'];
const EN_SYLLABLES = ['zo', 'ri', 'ka', 'mu', 'li', 'ta', 'fo', 'di', 'na', 'bo'];
const CITIES_AR = ['أنقرة', 'عمّان', 'القاهرة', 'الرياض'];
const CITIES_EN = ['Ankara', 'Amman', 'Cairo', 'Riyadh'];

function invented(random: () => number, syllables: readonly string[], n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += syllables[Math.floor(random() * syllables.length)];
  return out;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

export interface SyntheticArticle {
  title: string;
  text: string;
  date: string;
  source: string;
  lang: 'ar' | 'en';
}

/**
 * `count` articles (alternating Arabic and English) about invented people and parties whose names come from
 * `seed`, so two runs with different seeds share no person or organisation. Some carry Cypher metacharacters
 * (`'`, backticks, `}`, `//`) in their text, which must reach the store as plain text.
 * @example syntheticArticles(12, 42, 'rel-ab12')
 */
export function syntheticArticles(count: number, seed: number, source: string): SyntheticArticle[] {
  const random = seededRandom(seed);
  const people = Array.from({ length: Math.max(4, Math.ceil(count / 2)) }, (_, i) => ({
    ar: `${AR_FIRST[i % AR_FIRST.length]} ${invented(random, AR_SYLLABLES, 4)}`,
    en: `${EN_FIRST[i % EN_FIRST.length]} ${invented(random, EN_SYLLABLES, 4).replace(/^./, (c) => c.toUpperCase())}`,
  }));
  const parties = Array.from({ length: 3 }, () => ({
    ar: invented(random, AR_SYLLABLES, 3),
    en: invented(random, EN_SYLLABLES, 3).replace(/^./, (c) => c.toUpperCase()),
  }));
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const a = pick(random, people);
    const b = pick(
      random,
      people.filter((p) => p !== a),
    );
    const party = pick(random, parties);
    const city = Math.floor(random() * CITIES_AR.length);
    const day = String(1 + (i % 27)).padStart(2, '0');
    const meta = i % 3 === 0 ? ` ref: l'accord \`x\` } // ${source}-${i}` : ` (${source}-${i})`;
    if (i % 2 === 0) {
      articles.push({
        lang: 'ar',
        title: `لقاء في ${CITIES_AR[city]} ${i}`,
        date: `2025-05-${day}`,
        source,
        text:
          `التقى وزير الخارجية ${a.ar} نظيره ${b.ar} في ${CITIES_AR[city]} يوم الخميس، وبحثا العلاقات بين البلدين.\n\n` +
          `وقال ${a.ar} إن حزب ${party.ar} يدعم الاتفاق الجديد.\n\n` +
          `وأعلنت الشرطة اعتقال ${b.ar} في ${CITIES_AR[(city + 1) % CITIES_AR.length]} مساء الجمعة.${meta}`,
      });
    } else {
      articles.push({
        lang: 'en',
        title: `Talks in ${CITIES_EN[city]} ${i}`,
        date: `2025-05-${day}`,
        source,
        text:
          `Foreign Minister ${a.en} met ${b.en} in ${CITIES_EN[city]} on Thursday to discuss trade.\n\n` +
          `${a.en}, the leader of the ${party.en} Party, said the talks were useful.\n\n` +
          `Police arrested ${b.en} in ${CITIES_EN[(city + 1) % CITIES_EN.length]} on Friday.${meta}`,
      });
    }
  }
  return articles;
}

/**
 * Writes articles as JSONL (one object a line) and returns the path.
 * @example writeJsonl(dir, 'a.jsonl', syntheticArticles(10, 1, 'x'))
 */
export function writeJsonl(dir: string, name: string, articles: readonly object[]): string {
  const path = join(dir, name);
  writeFileSync(path, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  return path;
}

/**
 * The first `count` non-empty lines of a shared corpus file, read at test time; fails with a hint when
 * `../shared/data/news-ar` is missing.
 * @example await corpusLines('saudinewsnet-news-00.jsonl', 30)
 */
export async function corpusLines(file: string, count: number): Promise<string[]> {
  const path = join(NEWS_AR, file);
  if (!existsSync(path))
    throw new Error(`reliability: ${path} is missing (the shared data folder sits beside the repo)`);
  const lines: string[] = [];
  const reader = createInterface({ input: createReadStream(path) });
  for await (const line of reader) {
    if (line.trim()) lines.push(line);
    if (lines.length >= count) break;
  }
  reader.close();
  return lines;
}

/**
 * The document ids the readers give these inputs (what the store will hold), read without extracting.
 * @example const ids = await documentIds(['a.jsonl'])
 */
export async function documentIds(inputs: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for await (const r of readDocuments(inputs)) if (r.ok) ids.push(r.document.id);
  return ids;
}
