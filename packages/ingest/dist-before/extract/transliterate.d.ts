/**
 * English display name of an Arabic (or already Latin) name.
 * @example transliterate('عبد القادر', new Map()) // 'Abd Alqadr'-like romanisation when ANETAC lacks the words
 */
export declare function transliterate(name: string, lexicon: ReadonlyMap<string, string>): string;
//# sourceMappingURL=transliterate.d.ts.map
