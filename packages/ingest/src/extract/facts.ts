// Relations and events of a document: roles, then every trigger of every sentence, then places.
import type { Relation } from '@shabaka/schema';
import { COUNTERPART, TRIGGERS_AR, TRIGGERS_EN } from './lexicon.js';
import { placeRelations } from './places.js';
import { groupMentions, sentenceRange } from './mention.js';
import { actorEvent, binary, meetingLike, OPERATIONS, statement, visit } from './event-facts.js';
import { addRelation } from './fact-context.js';
import { findHits, modalityOf } from './trigger-hits.js';
import { learnedRelations } from './learned-relations.js';
import { relationCandidates } from './relation-features.js';
import type { Ctx, Facts, FactsInput } from './fact-context.js';
import type { RoleBinding } from './roles.js';
import type { Tok } from './doc-tokens.js';

export type { Facts, FactsInput } from './fact-context.js';

/** "الداعشي X": a member's adjective of an organisation right before a person. */
function adjectiveMembership(ctx: Ctx): void {
  const { mentions, sentences } = ctx.input;
  for (const adj of mentions) {
    if (!adj.demonym || adj.type !== 'ORGANIZATION') continue;
    const person = mentions.find(
      (m) => m.type === 'PERSON' && m.tokStart >= adj.tokEnd && m.tokStart <= adj.tokEnd + 2 && m.sent === adj.sent,
    );
    const s = sentences[adj.sent];
    if (person && s) addRelation(ctx, person, 'MEMBER_OF', adj, s, [adj.start, person.end], 0.7, 'asserted');
  }
}

function roleFacts(ctx: Ctx): void {
  const { bindings, sentences, clusters, kb, lang } = ctx.input;
  const main = [...clusters]
    .filter((c) => c.target?.kind === 'country')
    .sort((x, y) => y.mentions.length - x.mentions.length)[0];
  let previous: RoleBinding | undefined;
  for (const b of bindings) {
    const s = sentences[b.person.sent];
    if (!s) continue;
    let role = b.phrase.role;
    if (role.endsWith(COUNTERPART) || role === 'counterpart') {
      // The counterpart's role is the role of the person named before in the sentence.
      if (!previous || previous.person.sent !== b.person.sent) continue;
      role = previous.phrase.role;
    } else previous = b;
    const span: [number, number] = [
      (ctx.input.toks[b.tokStart] as Tok).start,
      (ctx.input.toks[b.tokEnd - 1] as Tok).end,
    ];
    let owner = b.owner;
    let confidence = 0.85;
    if (!owner) {
      // "وزير الداخلية، X" without a nationality: the person's country when known, else the article's country.
      const iso = clusters[b.person.entity]?.target?.country;
      const c = iso ? clusters.find((x) => x.target?.key === `iso:${iso}`) : lang === 'ar' ? main : undefined;
      if (!c) {
        const t = iso ? kb.country(iso) : undefined;
        if (!t) continue;
      }
      const m = c?.mentions[0];
      if (!m) continue;
      owner = m;
      confidence = 0.6;
    }
    addRelation(ctx, b.person, 'HOLDS_ROLE', owner, s, span, confidence, 'asserted', role);
    if (b.phrase.head && owner.type === 'ORGANIZATION')
      addRelation(ctx, b.person, 'LEADS', owner, s, span, confidence, 'asserted');
  }
}

/**
 * All relations and events of one document.
 * @example extractFacts(input).events.filter((e) => e.type === 'MEETING')
 */
export function extractFacts(input: FactsInput): Facts {
  const ctx: Ctx = { input, relations: [], relationKeys: new Set(), events: [], findings: [] };
  const { toks, sentences, mentions, lang } = input;
  roleFacts(ctx);
  adjectiveMembership(ctx);
  const triggers = lang === 'ar' ? TRIGGERS_AR : TRIGGERS_EN;
  const bySentence = groupMentions(
    mentions.filter((m) => m.entity >= 0),
    (m) => m.sent,
  );
  for (const s of sentences) {
    const [a, b] = sentenceRange(toks, s.index);
    const inSentence = (bySentence.get(s.index) ?? []).sort((x, y) => x.tokStart - y.tokStart);
    if (inSentence.length === 0) continue;
    for (const hit of findHits(toks, a, b, triggers)) {
      // "عملية استهدفت X", "a campaign targeting X": a security operation, not an attack.
      if (hit.trigger.event === 'ATTACK' && OPERATIONS.has(toks[hit.tokStart - 1]?.bare ?? '')) continue;
      const modality = modalityOf(toks, a, b, hit);
      const inside = inSentence.filter((m) => m.tokEnd <= hit.tokStart || m.tokStart >= hit.tokEnd);
      const kind = hit.trigger.event ?? hit.trigger.predicate;
      if (kind === 'MEETING' || kind === 'CALL' || kind === 'NEGOTIATION')
        meetingLike(ctx, { s, mentions: inside, hit, modality, a, b });
      else if (kind === 'ARREST' || kind === 'ATTACK') actorEvent(ctx, { s, mentions: inside, hit, modality, a, b });
      else if (kind === 'VISIT') visit(ctx, s, inside, hit, modality);
      else if (kind === 'STATEMENT') statement(ctx, s, inside, hit, modality, b);
      else binary(ctx, s, inside, hit, modality);
    }
  }
  placeRelations(input, (sub, obj, s, span, confidence) =>
    addRelation(ctx, sub, 'LOCATED_IN', obj, s, span, confidence, 'asserted'),
  );
  // "قال X إنه سيتصل بـY": the sentence already says what X and Y do; SAID_ABOUT would only repeat it.
  const pair = (r: Relation): string => `${r.evidence.sentenceIndex}|${[r.subject, r.object].sort().join('|')}`;
  const stated = new Set(ctx.relations.filter((r) => r.predicate !== 'SAID_ABOUT').map(pair));
  const relations = ctx.relations.filter((r) => r.predicate !== 'SAID_ABOUT' || !stated.has(pair(r)));
  const kept = new Set(relations);
  const findings = ctx.findings.filter((f) => kept.has(f.relation));
  const model = input.relationModel;
  if (!model && !input.collectCandidates) return { relations, events: ctx.events, findings, candidates: [] };
  // The rules' findings become features of every candidate pair; the model decides.
  const candidates = relationCandidates(input, findings);
  if (!model) return { relations, events: ctx.events, findings, candidates };
  const learned: Ctx = { input, relations: [], relationKeys: new Set(), events: [], findings: [] };
  learnedRelations(learned, candidates, model, findings);
  return {
    relations: learned.relations,
    events: ctx.events,
    findings,
    candidates: input.collectCandidates ? candidates : [],
  };
}
