import type { TaggedMention } from '@shabaka/schema';
import type { Kb } from './kb.js';
import type { Tok } from './doc-tokens.js';
import type { Mention } from './mention.js';
import type { RolePhrase } from './roles.js';
/**
 * Longest knowledge-base phrase matches over word tokens. Weak entries (small cities) need a place
 * cue; short names need their full name earlier in the document.
 * @example kbMentions(toks, text, kb).map((m) => m.target?.key) // ['iso:TR', …]
 */
export declare function kbMentions(toks: readonly Tok[], text: string, kb: Kb): Mention[];
/**
 * Tagger spans mapped onto our tokens: proclitics and guillemets trimmed, linked when the KB knows the name.
 * @example nerMentions(tagged, toks, text, kb)
 */
export declare function nerMentions(
  tagged: readonly TaggedMention[],
  toks: readonly Tok[],
  text: string,
  kb: Kb,
): Mention[];
/**
 * «Quoted» names after an organisation or place head (تنظيم «X», نادي «X», القناة «12»).
 * @example quotedMentions(toks, text)
 */
export declare function quotedMentions(toks: readonly Tok[], text: string): Mention[];
/**
 * Named state bodies: an office head, up to four words, and the place or nationality that names it
 * (مكتب المدعي العام في X، مديرية أمن X، وزارة الخارجية التركية، المجلس الوطني للأمن والدفاع الأوكراني).
 * @example officeMentions(toks, text, mentions)
 */
export declare function officeMentions(toks: readonly Tok[], text: string, mentions: readonly Mention[]): Mention[];
/**
 * Names right after a role phrase when no other stage found them (وزير الداخلية، X Y); the first
 * word must be a known name word (ANETAC lexicon) so that verbs and nouns are not taken for names.
 * @example titleMentions(toks, text, roles, covered, (w) => lexicon.has(w))
 */
export declare function titleMentions(
  toks: readonly Tok[],
  text: string,
  roles: readonly RolePhrase[],
  covered: (t: number) => boolean,
  isNameWord: (key: string) => boolean,
): Mention[];
/**
 * Merges mention lists: the earlier list wins on overlap, except that a longer span fully containing
 * a shorter one keeps both when the inner one is a linked place (مكتب المدعي العام في إسطنبول ⊃ إسطنبول).
 * @example mergeMentions([kb, ner, rules])
 */
export declare function mergeMentions(lists: readonly (readonly Mention[])[]): Mention[];
/**
 * Later occurrences of a person's full name, last two words or surname that no stage tagged
 * (the tagger often misses a bare surname: "وقال X").
 * @example propagateNames(toks, text, mentions)
 */
export declare function propagateNames(
  toks: readonly Tok[],
  text: string,
  mentions: readonly Mention[],
  covered: (t: number) => boolean,
): Mention[];
//# sourceMappingURL=mentions.d.ts.map
