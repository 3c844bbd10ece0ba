// Builds a fixture article sentence by sentence, so every evidence span and mention offset is computed
// from the text itself (never typed in by hand).
import { Document, sentenceId } from '@shabaka/schema';
import type { Evidence, Lang, MentionRef, Sentence } from '@shabaka/schema';

export type ArticleMeta = {
  id: string;
  title: string;
  lang: Lang;
  publishedAt: string;
  source: string;
  url?: string;
  contentHash?: string;
};

/** An article being written: append sentences, then ask for evidence spans and mentions inside them. */
export class ArticleDraft {
  readonly sentences: Sentence[] = [];
  private text = '';

  constructor(readonly meta: ArticleMeta) {}

  /** Appends a sentence and returns its index. */
  add(sentence: string): number {
    if (this.text) this.text += ' ';
    const start = this.text.length;
    this.text += sentence;
    const index = this.sentences.length;
    this.sentences.push({
      id: sentenceId(this.meta.id, index),
      docId: this.meta.id,
      index,
      start,
      end: this.text.length,
      text: sentence,
    });
    return index;
  }

  sentence(index: number): Sentence {
    const s = this.sentences[index];
    if (!s) throw new Error(`fixtures: ${this.meta.id} has no sentence ${index}`);
    return s;
  }

  /** Evidence whose span (document offsets) covers `words` inside sentence `index`. */
  evidence(index: number, words: string, confidence = 0.9): Evidence {
    const s = this.sentence(index);
    const at = s.text.indexOf(words);
    if (at < 0) throw new Error(`fixtures: "${words}" is not in sentence ${index} of ${this.meta.id}`);
    return {
      doc: this.meta.id,
      sentence: s.text,
      sentenceIndex: index,
      start: s.start + at,
      end: s.start + at + words.length,
      extractor: 'contract-fixture',
      confidence,
    };
  }

  /** Every occurrence of `surface` in the article text, as mention references. */
  mentions(surface: string): MentionRef[] {
    const found: MentionRef[] = [];
    for (let at = this.text.indexOf(surface); at >= 0; at = this.text.indexOf(surface, at + 1)) {
      found.push({ doc: this.meta.id, start: at, end: at + surface.length });
    }
    return found;
  }

  document(): Document {
    return Document.parse({ ...this.meta, text: this.text, kind: 'article' });
  }
}
