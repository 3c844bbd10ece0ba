import type { Token } from '@shabaka/text';
/** A token ready for pattern matching; offsets are into the original document text. */
export interface Tok {
  i: number;
  text: string;
  start: number;
  end: number;
  kind: Token['kind'];
  /** matchKey of the whole token. */
  key: string;
  /** Key without conjunction/preposition proclitics, article kept: وبالرئيس → الرييس. */
  nk: string;
  /** Key without any proclitic or article: وبالرئيس → رييس. */
  bare: string;
  /** Offset where `nk` starts in the original text (after و ب ل …). */
  nkStart: number;
  /** Conjunction/preposition proclitics split off (و ف ب ل ك). */
  clitics: string[];
  hasArticle: boolean;
  /** Sentence index. */
  sent: number;
}
/**
 * Tokenises `text`, merges dotted Latin acronyms (U.S.), keys every word and assigns sentences.
 * @example docTokens('وقال الرئيس', [{ start: 0, end: 11 }], () => false)[0]?.nk // 'قال'
 */
export declare function docTokens(
  text: string,
  sentences: readonly {
    start: number;
    end: number;
  }[],
  isKnown: (key: string) => boolean,
): Tok[];
//# sourceMappingURL=doc-tokens.d.ts.map
