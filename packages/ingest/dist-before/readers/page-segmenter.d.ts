export type LineKind = 'blank' | 'marker' | 'paragraph' | 'caption' | 'byline' | 'heading';
export interface PageLine {
  /** 1-based line number in the page. */
  number: number;
  text: string;
  kind: LineKind;
  /** How many times this exact (trimmed) text occurs in the page. */
  count: number;
}
export interface PageSegment {
  kind: 'article' | 'teaser';
  title: string;
  /** Body paragraphs and crossheads, captions dropped, joined by blank lines. */
  text: string;
  firstBodyLine: number;
  lastBodyLine: number;
}
/**
 * Removes scraped widget tokens; keeps everything else byte for byte.
 * @example cleanLine('Caption (SANA) play-circle') // 'Caption (SANA)'
 */
export declare function cleanLine(line: string): string;
/**
 * Classifies every line of a page.
 * @example classifyLines('Title\n\nBody.')[2].kind // 'paragraph'
 */
export declare function classifyLines(page: string): PageLine[];
/**
 * Segments a scraped page. A body is a run of paragraphs that may hold single in-body captions
 * or crossheads; its title is the nearest heading before it. A one-paragraph body that is short
 * or followed by a byline is a teaser.
 * @example segmentPage('Title\n\nFirst.\n\nSecond.')[0] // { kind: 'article', title: 'Title', … }
 */
export declare function segmentPage(page: string): PageSegment[];
/**
 * True when a page looks scraped (marker lines, repeated lines, captions or several bodies), so
 * readers segment it rather than keep it as one document.
 * @example looksLikeScrapedPage('Just one paragraph.') // false
 */
export declare function looksLikeScrapedPage(page: string): boolean;
//# sourceMappingURL=page-segmenter.d.ts.map
