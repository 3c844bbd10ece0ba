// Arabic names → the English spelling news and Wikipedia use: known words from the lexicon (most frequent
// spelling), unseen words from the graphone model, and name particles written as English writes them.
import { arabicLetters, foldHamza } from './letters.js';
import { decodeWord } from './decode.js';
import { editDistance } from './word-metrics.js';
import { loadRomaniser } from './model-file.js';
import type { Romaniser } from './model-file.js';

/** Particles that English keeps as words of the name, lowercase where English writes them so. */
const PARTICLES: ReadonlyMap<string, string> = new Map([
  ['بن', 'bin'],
  ['ابن', 'ibn'],
  ['بنت', 'bint'],
  ['ابو', 'Abu'],
  ['أبو', 'Abu'],
  ['ابي', 'Abi'],
  ['أبي', 'Abi'],
  ['ام', 'Umm'],
  ['أم', 'Umm'],
  ['آل', 'Al'],
]);

/** Count from which a spelling is a name of its own rather than noise in the mined pairs. */
const FREQUENT = 5;

const cap = (s: string): string => (s ? (s[0] as string).toUpperCase() + s.slice(1) : s);

function lexicon(word: string, model: Romaniser): readonly [string, number, number] | undefined {
  return model.lexicon.get(word) ?? model.lexicon.get(foldHamza(word));
}

/**
 * Lowercase English spelling of one Arabic word without particles: the lexicon's most frequent spelling,
 * else the model's.
 * @example romaniseWord('روحاني') // 'rouhani'
 */
export function romaniseWord(word: string, model: Romaniser = loadRomaniser()): string {
  const w = arabicLetters(word);
  return lexicon(w, model)?.[0] ?? decodeWord(w, model);
}

/** A word with the article: `al-` + the bare word, unless the lexicon knows the whole word better (الكسيس Alexis). */
function withArticle(w: string, model: Romaniser): string {
  const bare = w.slice(2);
  const whole = lexicon(w, model);
  const known = lexicon(bare, model);
  if (whole && (!known || whole[2] >= 2 * known[2])) {
    const article = /^(al|el)-?/.exec(whole[0]);
    // The lists write the article joined (alghamdi) or drop it (الرحمن → rahman); the name writes it `al-`.
    if (!article) return `al-${whole[0]}`;
    const rest = whole[0].slice(article[0].length);
    // alghamdi is al- + ghamdi, alexis is not al- + exis: the rest must be how the bare word is spelt, and a
    // frequent whole word whose bare form is no name (الكسيس) is a name of its own.
    if (!known && whole[1] >= FREQUENT) return whole[0];
    const bareSpelling = known?.[0] ?? decodeWord(bare, model);
    return editDistance(rest, bareSpelling) <= Math.max(1, bareSpelling.length / 4) ? `al-${rest}` : whole[0];
  }
  return `al-${known?.[0] ?? decodeWord(bare, model)}`;
}

/**
 * English display name of an Arabic (or already Latin) name.
 * @example romaniseName('فيصل بن فرحان') // 'Faisal bin Farhan'
 * @example romaniseName('عبد الرحمن الراشد') // 'Abdulrahman al-Rashed'
 */
export function romaniseName(name: string, model: Romaniser = loadRomaniser()): string {
  if (!/[\u0600-\u06ff]/.test(name)) return name;
  const words = name.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const raw = words[i] as string;
    if (!/[\u0600-\u06ff]/.test(raw)) {
      out.push(raw);
      continue;
    }
    const w = arabicLetters(raw);
    const next = words[i + 1] ? arabicLetters(words[i + 1] as string) : '';
    const particle = PARTICLES.get(w);
    if (particle && next && (i > 0 || !particle.startsWith('b'))) out.push(particle);
    else if (w === 'عبد' && next) {
      // عبد + a divine name is one name in English (Abdullah, Abdulrahman); the lists spell it joined.
      const joined = lexicon(w + next, model);
      out.push(cap(joined?.[0] ?? `abdul${decodeWord(next.replace(/^ال/, ''), model)}`));
      i++;
    } else if (w.startsWith('ال') && w.length > 3) {
      const s = withArticle(w, model);
      out.push(s.startsWith('al-') ? `al-${cap(s.slice(3))}` : cap(s));
    } else out.push(cap(lexicon(w, model)?.[0] ?? decodeWord(w, model)));
  }
  const joined = out.filter(Boolean).join(' ');
  return joined ? joined.replace(/^al-/, 'Al-') : name;
}
