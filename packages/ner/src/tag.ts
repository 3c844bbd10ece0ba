// `tag(text)`: tokenise, tag sentence by sentence, and map mentions back to original character offsets.
import type { TaggedMention } from '@shabaka/schema';
import { matchKey } from '@shabaka/text';
import { NerError } from './errors.js';
import { loadModel } from './load-model.js';
import { tagDocument } from './document.js';
import { sentenceGroups, tokenizeWithOffsets } from './text-adapter.js';

/** Options of `tag`. */
export interface TagOptions {
  lang: 'ar' | 'en';
  /** apply rules, gazetteer fill and document consistency after the model (default true) */
  rules?: boolean;
}

/**
 * How many leading characters of an Arabic token are proclitics to leave out of the mention:
 * و/ف/ب/ك before ال (والقاهرة → القاهرة), or و/ف before a word the gazetteer knows (وإسرائيل → إسرائيل).
 */
function procliticLength(token: string, known: (key: string) => boolean): number {
  if (/^[وف]?[بك]?ال/.test(token) && token.length >= 5 && !token.startsWith('ال')) return token.indexOf('ال');
  if (/^[وف][^\u064B-\u0652]/.test(token) && token.length >= 4) {
    const rest = matchKey(token.slice(1));
    if (known(rest) && !known(matchKey(token))) return 1;
  }
  return 0;
}

/**
 * Finds PERSON / ORGANIZATION / LOCATION mentions in raw text, with offsets into `text` and a confidence.
 * @example
 * tag('التقى الرئيس التركي رجب طيب إردوغان في أنقرة', { lang: 'ar' })
 * // [{ text: 'رجب طيب إردوغان', type: 'PERSON', start: 20, end: 35, … }, { text: 'أنقرة', type: 'LOCATION', … }]
 */
export function tag(text: string, options: TagOptions): TaggedMention[] {
  if (typeof text !== 'string') throw new NerError('NER_BAD_ARGUMENT', 'ner.tag: text must be a string');
  const lang = options.lang;
  const model = loadModel(lang);
  const gaz = model.gazetteer;
  // Transliteration lists and bare name words are too loose to decide that و is a conjunction.
  const known = (key: string): boolean =>
    gaz?.lookup(key)?.some((c) => !c.endsWith('.translit') && c !== 'PER.word') ?? false;
  const out: TaggedMention[] = [];
  const sentences = sentenceGroups(text, tokenizeWithOffsets(text));
  const tagged = tagDocument(
    sentences.map((s) => s.map((t) => t.text)),
    lang,
    { model, rules: options.rules ?? true },
  );
  tagged.forEach(({ mentions }, k) => {
    const sentence = sentences[k]!;
    for (const m of mentions) {
      const first = sentence[m.start]!;
      const last = sentence[m.end - 1]!;
      const start = first.start + (lang === 'ar' ? procliticLength(first.text, known) : 0);
      out.push({
        text: text.slice(start, last.end),
        type: m.type,
        start,
        end: last.end,
        confidence: Math.min(1, Math.max(0, Math.round(m.confidence * 1000) / 1000)),
        source: m.source,
      });
    }
  });
  return out;
}
