// Role constructions: "وزير الخارجية التركي X", "لوزراء خارجية تركيا X، والأردن Y", "X، وزير الداخلية", "Turkish Foreign Minister X".
import { matchKey } from '@shabaka/text';
import { ROLE_COMPLEMENTS_AR, ROLE_NOUNS, ROLES_EN } from './lexicon.js';
const PLURALS = new Set(
  ['وزراء', 'رؤساء', 'قادة', 'زعماء', 'سفراء', 'رئيسين', 'رئيسا', 'وزيري', 'وزيرا', 'وزيرين'].map(matchKey),
);
function isWord(t) {
  return !!t && t.kind === 'word';
}
/** Original text of a token without its proclitics and guillemets. */
function surfaceOf(t) {
  return t.text.slice(t.nkStart - t.start).replace(/[«»]/g, '');
}
function scanArabic(toks, at) {
  const out = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t)) continue;
    // A role noun may be two words (رئيس الوزراء, ولي العهد).
    const two = isWord(toks[i + 1]) ? ROLE_NOUNS.get(`${t.bare} ${toks[i + 1].nk}`) : undefined;
    const noun = two ?? ROLE_NOUNS.get(t.nk) ?? ROLE_NOUNS.get(t.bare);
    if (!noun || at.get(i)?.type === 'PERSON') continue;
    let j = two ? i + 2 : i + 1;
    const plural = PLURALS.has(t.bare);
    const words = [two ? `${noun.singular}` : noun.singular];
    while (j < toks.length && j - i < 5 && isWord(toks[j]) && ROLE_COMPLEMENTS_AR.has(toks[j].nk) && !at.has(j)) {
      const c = toks[j];
      const s = surfaceOf(c);
      words.push(c.hasArticle || j > i + 1 || /^(باسم|عام)$/.test(s) ? s : `ال${s}`);
      j++;
    }
    let owner;
    const m = at.get(j);
    if (
      m &&
      (m.type === 'LOCATION' || m.type === 'ORGANIZATION') &&
      (m.demonym || m.target?.kind === 'country' || m.type === 'ORGANIZATION')
    ) {
      owner = m;
      j = m.t1;
    }
    if (words.length === 1 && !two) {
      // A bare noun is a role only with an owner or a name after it (الرئيس التركي، الرئيس ترمب).
      const next = at.get(j) ?? at.get(j + 1);
      if (!owner && next?.type !== 'PERSON') continue;
      if (!owner && noun.singular === 'نائب') continue;
      if (!owner || owner.demonym || owner.target?.kind === 'country') {
        words[0] = t.hasArticle || owner?.demonym || !owner ? `ال${noun.singular.replace(/^ال/, '')}` : noun.singular;
      }
    }
    out.push({ t0: i, t1: j, role: words.join(' '), head: noun.head, plural, owner, sent: t.sent });
    i = j - 1;
  }
  return out;
}
function scanEnglish(toks, at) {
  const out = [];
  for (let i = 0; i < toks.length; i++) {
    const r = ROLES_EN.find((x) => x.words.every((w, k) => toks[i + k]?.key === w));
    if (!r) continue;
    let t0 = i;
    let owner;
    // "Turkish Foreign Minister", "Turkey's foreign minister"
    for (let back = 1; back <= 2 && !owner; back++) {
      const m = [...at.values()].find((x) => x.t1 === i - back + 1 && x.t1 <= i);
      if (m && (m.demonym || m.target?.kind === 'country' || m.type === 'ORGANIZATION')) {
        owner = m;
        t0 = m.t0;
      }
      if (toks[i - 1]?.key !== 'the') break;
    }
    let t1 = i + r.words.length;
    // "minister of Turkey", "leader of Hamas"
    if (!owner && toks[t1]?.key === 'of') {
      const m = at.get(t1 + 1) ?? (toks[t1 + 1]?.key === 'the' ? at.get(t1 + 2) : undefined);
      if (m && m.type !== 'PERSON') {
        owner = m;
        t1 = m.t1;
      }
    }
    out.push({ t0, t1, role: r.role, head: r.head, plural: false, owner, sent: toks[i].sent });
    i = t1 - 1;
  }
  return out;
}
/**
 * Finds role phrases over tokens, given the mentions found so far (indexed by first token).
 * @example scanRoles(toks, index, 'ar') // [{ role: 'وزير الخارجية', owner: <التركي>, … }]
 */
export function scanRoles(toks, at, lang) {
  return lang === 'ar' ? scanArabic(toks, at) : scanEnglish(toks, at);
}
/**
 * Binds role phrases to the person they name: the name right after the phrase (a comma may sit
 * between), pairs "COUNTRY NAME" after a plural role, or an apposition "NAME، ROLE".
 * @example bindRoles(toks, index, phrases) // [{ person: <X>, phrase: <وزير الخارجية>, owner: <تركيا> }]
 */
export function bindRoles(toks, at, phrases) {
  const out = [];
  const isComma = (t) => !!t && t.kind === 'punct' && /^[،,]$/.test(t.text);
  const startsAt = new Map(phrases.map((p) => [p.t0, p]));
  for (const p of phrases) {
    let j = p.t1;
    if (isComma(toks[j])) j++;
    if (toks[j]?.key === 'the') j++;
    if (p.plural && p.owner?.target?.kind === 'country') {
      // لوزراء خارجية تركيا X، والأردن Y، وسوريا Z
      let k = p.owner.t0;
      let pairs = 0;
      for (let guard = 0; guard < 12; guard++) {
        const country = at.get(k);
        if (!country || country.type !== 'LOCATION') break;
        const person = at.get(country.t1);
        if (!person || person.type !== 'PERSON') break;
        out.push({ person, phrase: p, owner: country, t0: p.t0, t1: person.t1 });
        pairs++;
        k = person.t1;
        if (isComma(toks[k])) k++;
      }
      if (pairs > 0) continue;
    }
    // Stacked titles: "كبير المفاوضين الأوكرانيين أمين المجلس …، X" — every title is X's.
    for (let guard = 0; guard < 3; guard++) {
      const more = startsAt.get(j);
      if (!more) break;
      j = more.t1;
      if (isComma(toks[j])) j++;
    }
    const next = at.get(j);
    if (next?.type === 'PERSON' && next.sent === p.sent) {
      out.push({ person: next, phrase: p, owner: p.owner, t0: p.t0, t1: next.t1 });
      continue;
    }
    // Apposition: "X، وزير الداخلية" / "X, the foreign minister"; Arabic also writes it without the
    // comma ("وقال X وزير الخارجية العراقي إن …") when the title has a complement or an owner.
    let b = p.t0 - 1;
    if (toks[b]?.key === 'the') b--;
    const comma = isComma(toks[b]);
    const bare =
      !comma && (p.owner !== undefined || p.role.includes(' ')) && /[\u0600-\u06ff]/.test(toks[p.t0]?.text ?? '');
    if (comma || bare) {
      const end = comma ? b : p.t0;
      const prev = [...at.values()].find((m) => m.t1 === end && m.type === 'PERSON' && m.sent === p.sent);
      if (prev) out.push({ person: prev, phrase: p, owner: p.owner, t0: prev.t0, t1: p.t1 });
    }
  }
  return out;
}
//# sourceMappingURL=roles.js.map
