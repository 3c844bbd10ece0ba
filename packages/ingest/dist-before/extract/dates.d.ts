/** A date expression: its text, character span in the sentence, and ISO value when resolvable. */
export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when the article date is unknown and the text is relative. */
  iso: string | null;
}
/**
 * Date expressions of a sentence, longest first at each position, in text order.
 * @example findDates('اجتمعوا في 12 مايو.', '2025-05-14')[0] // { text: '12 مايو', iso: '2025-05-12', … }
 */
export declare function findDates(sentence: string, publishedAt?: string, future?: boolean): DateMention[];
//# sourceMappingURL=dates.d.ts.map
