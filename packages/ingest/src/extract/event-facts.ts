// Relations and events read at a trigger: meetings, calls, arrests, attacks, visits, statements and binary relations.
import { ORG_HEADS } from './lexicon.js';
import type { EventType, Modality, Predicate, Sentence } from '@shabaka/schema';
import { AGENT_MARKERS, COMPLEMENTISERS, clauseMentions, placeOf, settlementOf, subjectOf } from './clauses.js';
import { addRelation, isActor, isCountry, isMedium, pushEvent, uniqueByEntity } from './fact-context.js';
import type { Ctx } from './fact-context.js';
import type { Site } from './clauses.js';
import type { Tok } from './doc-tokens.js';
import type { Mention } from './mention.js';
import type { Hit } from './trigger-hits.js';
/** Verbs that go on with the previous speaker's statement. */
const CONTINUATIONS = new Set([
  'اضاف',
  'اضافت',
  'تابع',
  'تابعت',
  'اوضح',
  'اوضحت',
  'مضيفا',
  'مضيفه',
  'قايلا',
  'قايله',
  'موكدا',
  'موكده',
  'مشيرا',
  'مشيره',
  'added',
  'continued',
  'adding',
  'saying',
]);

/** Words before a group whose members are arrested or killed (عناصر من X، المنتمين إلى X, members of X). */
const MEMBER_CUES = new Set([
  'عناصر',
  'عنصر',
  'اعضاء',
  'عضو',
  'منتمين',
  'بانتمايهم',
  'انتمايهم',
  'المنتمين',
  'مرتبطين',
  'members',
  'member',
  'suspected',
  'militants',
  'fighters',
  'links',
  'ties',
  'linked',
]);
/** Whether a group is named as the one whose members are meant: "عناصر من تنظيم «X»", "مرتبطين بتنظيم X". */
function memberCue(toks: readonly Tok[], m: Mention): boolean {
  for (let k = m.tokStart - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
    const t = toks[k] as Tok;
    if (MEMBER_CUES.has(t.bare) || MEMBER_CUES.has(t.key)) return true;
    if (!(t.text === '«' || ORG_HEADS.has(t.bare) || ['من', 'الي', 'of', 'to', 'with'].includes(t.key))) return false;
  }
  return false;
}

/** Security forces named by a country's adjective: "French police", "Russian forces", "Israeli troops". */
const FORCES = new Set([
  'police',
  'forces',
  'troops',
  'army',
  'military',
  'soldiers',
  'navy',
  'jets',
  'warplanes',
  'drones',
  'authorities',
]);

/** Whether a country (or its adjective) is followed by a force noun: it acts through its forces. */
function forceOf(toks: readonly Tok[], m: Mention): boolean {
  let k = m.tokEnd;
  if (toks[k]?.key === 'security' || toks[k]?.key === 'special' || toks[k]?.key === 'armed') k++;
  // "Police in Nigeria arrested …": the force noun comes first.
  const before = toks[m.tokStart - 1]?.key === 'in' && FORCES.has(toks[m.tokStart - 2]?.key ?? '');
  return isCountry(m) && (FORCES.has(toks[k]?.key ?? '') || before);
}

/** Nouns of police and military operations (what they "target" is not attacked). */
export const OPERATIONS = new Set([
  'عمليه',
  'عمليات',
  'حمله',
  'حملات',
  'مداهمه',
  'operation',
  'operations',
  'campaign',
  'raid',
]);

/**
 * A MEETING, CALL or NEGOTIATION with every person of the clause (else its countries and organisations), plus MET/SPOKE_WITH pairs and ATTENDED.
 * @example meetingLike(ctx, { s, mentions, hit, modality, a, b })
 */
export function meetingLike(ctx: Ctx, site: Site): void {
  const { s, hit, modality } = site;
  const { toks } = ctx.input;
  const { inClause, place } = clauseMentions(toks, site, (m) => !isMedium(m));
  const owners = new Set(ctx.input.bindings.filter((x) => x.person.sent === s.index).map((x) => x.owner?.entity));
  // «أواصل اتصالاتي مع …»: the speaker of the quote is one of the people.
  const speaker = hit.firstPerson && ctx.lastSpeaker && s.index - ctx.lastSpeaker.sent <= 1 ? [ctx.lastSpeaker] : [];
  const persons = uniqueByEntity([...speaker, ...inClause.filter((m) => m.type === 'PERSON')]);
  const type = hit.trigger.event as EventType;
  let participants: Mention[];
  if (persons.length > 0) {
    // "بمقر وزارة الخارجية": the organisation is where they met, not who met.
    const orgs = inClause.filter(
      (m) =>
        m.type === 'ORGANIZATION' &&
        !owners.has(m.entity) &&
        m.entity !== place?.entity &&
        toks[m.tokStart - 1]?.bare !== 'مقر' &&
        toks[m.tokStart - 1]?.key !== 'headquarters',
    );
    // A call is between people; an organisation there is who reported it ("…, the Elysee said").
    participants = uniqueByEntity(type === 'CALL' && persons.length >= 2 ? persons : [...persons, ...orgs]);
  } else {
    participants = uniqueByEntity(inClause.filter((m) => (isActor(m) || isCountry(m)) && m.entity !== place?.entity));
  }
  if (participants.length < (type === 'NEGOTIATION' ? 1 : 2)) return;
  pushEvent(ctx, type, participants, place, s, hit, modality, 0.75);
  const pred = hit.trigger.predicate;
  if (!pred) return;
  const people = participants.filter((m) => m.type === 'PERSON');
  const span: [number, number] = [
    Math.min(...participants.map((m) => m.start), (toks[hit.tokStart] as Tok).start),
    Math.max(...participants.map((m) => m.end)),
  ];
  // Everyone met everyone, except in "my calls with A and B": the speaker with each of them.
  for (let i = 0; i < people.length; i++) {
    if (hit.firstPerson && i > 0) break;
    for (let j = i + 1; j < people.length; j++)
      addRelation(ctx, people[i] as Mention, pred, people[j] as Mention, s, span, 0.7, modality);
  }
  if (type === 'MEETING') {
    for (const p of people)
      for (const o of participants.filter((m) => m.type === 'ORGANIZATION'))
        addRelation(ctx, p, 'ATTENDED', o, s, span, 0.6, modality);
  }
}

function agentAndTarget(
  mentions: readonly Mention[],
  all: readonly Mention[],
  toks: readonly Tok[],
  hit: Hit,
  lang: 'ar' | 'en',
): { agent?: Mention | undefined; target?: Mention | undefined } {
  const after = mentions.filter((m) => m.tokStart >= hit.tokEnd && isActor(m));
  const before = mentions.filter((m) => m.tokEnd <= hit.tokStart && (isActor(m) || isCountry(m)));
  // An agent named after a marker: "الذي نفذه X", "by X".
  const marker = toks.findIndex((t, i) => i >= hit.tokEnd && i <= hit.tokEnd + 12 && AGENT_MARKERS.has(t.key));
  const near =
    marker >= 0
      ? all.filter((m) => m.tokStart > marker && m.tokStart <= marker + 4 && m.type !== 'LOCATION' && !m.demonym)
      : [];
  const marked = near.find((m) => m.type === 'PERSON') ?? near[0];
  if (marked) {
    // …نفذه X على Y / carried out by X against Y
    const on = toks.findIndex(
      (t, i) => i >= marked.tokEnd && i <= marked.tokEnd + 8 && ['علي', 'ضد', 'on', 'against'].includes(t.key),
    );
    const named = (m: Mention): boolean => !m.demonym && !isCountry(m) && m.target?.kind !== 'city';
    return {
      agent: marked,
      target:
        after.find((m) => m !== marked && m.tokStart < marker) ??
        mentions.find(
          (m) => m.tokStart >= hit.tokEnd && m.tokStart <= hit.tokEnd + 2 && m.type === 'LOCATION' && named(m),
        ) ??
        (on >= 0 ? all.find((m) => m.tokStart > on && m.tokStart <= on + 2 && named(m)) : undefined),
    };
  }
  // A noun (هجوم، attack) names no agent without a marker; its target follows it or على/on/against.
  if (hit.trigger.pos === 'noun') {
    let k = hit.tokEnd;
    if (['علي', 'ضد', 'on', 'against'].includes(toks[k]?.key ?? '')) k++;
    const next = mentions.find(
      (m) => m.tokStart >= k && m.tokStart <= k + 1 && !m.demonym && !isCountry(m) && m.target?.kind !== 'city',
    );
    // "هجمات داعش": an armed group right after the noun is who attacked.
    if (next && k === hit.tokEnd && next.target?.subtype === 'ARMED_GROUP') return { agent: next };
    return { target: next };
  }
  if (lang === 'ar' && after.length >= 2 && (after[0] as Mention).tokStart <= hit.tokEnd + 2)
    return { agent: after[0], target: after[1] };
  // "attacked Kharkiv", "struck the Ukrainian city of Kharkiv": a place right after an attack verb is its target.
  const struck =
    hit.trigger.event === 'ATTACK' && lang === 'en'
      ? mentions.find(
          (m) =>
            m.type === 'LOCATION' &&
            !m.demonym &&
            (m.tokStart === hit.tokEnd ||
              (m.tokStart <= hit.tokEnd + 5 && settlementOf(toks, m) && toks[hit.tokEnd]?.key === 'the')),
        )
      : undefined;
  return { agent: before[before.length - 1], target: after[0] ?? struck };
}

/**
 * An ARREST or ATTACK: agent and target (VSO/SVO, markers, members of a group), place, date, and the ARRESTED/ATTACKED relation.
 * @example actorEvent(ctx, { s, mentions, hit, modality, a, b })
 */
export function actorEvent(ctx: Ctx, site: Site): void {
  const { s, mentions, hit, modality } = site;
  const { toks, lang } = ctx.input;
  const { inClause, place } = clauseMentions(toks, site, () => true);
  const read = agentAndTarget(inClause, mentions, toks, hit, lang);
  // Countries do not arrest ("السلطات التركية" names no agent), but their police do: "French police arrested".
  const forces = !!read.agent && forceOf(toks, read.agent);
  const agent =
    hit.trigger.event === 'ARREST' && read.agent && !isActor(read.agent) && !forces ? undefined : read.agent;
  // "عناصر من تنظيم X", "المشتبه بانتمائهم إلى X", "members of X": the group whose members are taken.
  const members =
    hit.trigger.event === 'ARREST'
      ? inClause.find((m) => m.type === 'ORGANIZATION' && m !== agent && memberCue(toks, m))
      : undefined;
  const target = read.target ?? members;
  const type = hit.trigger.event;
  const pred = hit.trigger.predicate as Predicate;
  const span: [number, number] = [(toks[hit.tokStart] as Tok).start, (toks[hit.tokEnd - 1] as Tok).end];
  // "Israeli jets struck X": a country (or its adjective) may be who attacked, never who arrested.
  const attacker = !!agent && (isActor(agent) || forces || (hit.trigger.event === 'ATTACK' && isCountry(agent)));
  if (agent && target && agent.entity !== target.entity && attacker) {
    addRelation(
      ctx,
      agent,
      pred,
      target,
      s,
      [Math.min(agent.start, target.start, span[0]), Math.max(agent.end, target.end, span[1])],
      0.65,
      modality,
    );
  }
  if (!type) return;
  let participants = uniqueByEntity(
    [agent, target].filter(
      (m): m is Mention =>
        !!m &&
        m.entity !== place?.entity &&
        (!m.demonym || (m === agent && attacker)) &&
        (isActor(m) || m.type === 'LOCATION'),
    ),
  );
  if (participants.length === 0) {
    // No agent or target read from the syntax: the named actors of the clause took part.
    // "أعلن التنظيم مسؤوليته عن هجوم", "X claimed the attack": the nearest organisation before the noun.
    const claimant = [...inClause]
      .reverse()
      .find(
        (m) =>
          m.type === 'ORGANIZATION' &&
          isActor(m) &&
          !isMedium(m) &&
          m.tokEnd <= hit.tokStart &&
          hit.tokStart - m.tokEnd <= 8,
      );
    participants = claimant ? [claimant] : [];
  }
  pushEvent(ctx, type, participants, place, s, hit, modality, 0.65);
}

/**
 * A VISIT and VISITED: the person (or body) and the place after the trigger.
 * @example visit(ctx, s, mentions, hit, 'future')
 */
export function visit(ctx: Ctx, s: Sentence, mentions: readonly Mention[], hit: Hit, modality: Modality): void {
  const { lang } = ctx.input;
  const who = subjectOf(mentions, hit, lang, (m) => m.type === 'PERSON' || (m.type === 'ORGANIZATION' && !m.demonym));
  const where = mentions.find(
    (m) => m.tokStart >= hit.tokEnd && m.type === 'LOCATION' && !m.demonym && m.entity !== who?.entity,
  );
  if (!who || !where) return;
  addRelation(
    ctx,
    who,
    'VISITED',
    where,
    s,
    [Math.min(who.start, where.start), Math.max(who.end, where.end)],
    0.7,
    modality,
  );
  pushEvent(ctx, 'VISIT', [who], where, s, hit, modality, 0.7);
}

/** "وأضاف …", "He added …": a verb that continues a statement keeps the speaker of the sentences before. */
function continuedSpeaker(ctx: Ctx, s: Sentence, hit: Hit): Mention | undefined {
  const last = ctx.lastSpeaker;
  const verb = ctx.input.toks[hit.tokStart] as Tok;
  if (!last || s.index - last.sent > 2 || !CONTINUATIONS.has(verb.noClitic)) return undefined;
  return last;
}

/**
 * A STATEMENT by the speaker next to the verb (or the one going on), and SAID_ABOUT what follows إن/أن/that.
 * @example statement(ctx, s, mentions, hit, 'asserted', b)
 */
export function statement(
  ctx: Ctx,
  s: Sentence,
  mentions: readonly Mention[],
  hit: Hit,
  modality: Modality,
  b: number,
): void {
  const { toks, lang } = ctx.input;
  // "X said" / "قال X": the speaker sits next to the verb; "…, officials said" names no one.
  // The reported clause starts at the complementiser: a name after "أن/that" is not the speaker.
  let k = hit.tokEnd;
  while (k < b && !COMPLEMENTISERS.has((toks[k] as Tok).key) && !COMPLEMENTISERS.has((toks[k] as Tok).noClitic)) k++;
  const speaker =
    subjectOf(
      mentions.filter((m) => m.tokStart < k),
      hit,
      lang,
      (m) => isActor(m) && m.type !== 'LOCATION',
      lang === 'en' ? 3 : 8,
    ) ?? continuedSpeaker(ctx, s, hit);
  if (!speaker) return;
  ctx.lastSpeaker = speaker;
  // "X arrested Y in Lyon, the ministry said": a place in the reported clause before an English verb of
  // saying is where the reported thing happened, not where it was said (sentence-initial "In X," still is).
  const place = placeOf(
    toks,
    mentions.filter(
      (m) =>
        Math.abs(m.tokStart - hit.tokStart) <= 8 &&
        (lang === 'ar' ||
          m.tokStart > hit.tokStart ||
          (toks[m.tokStart - 1]?.key === 'in' && toks[m.tokStart - 2]?.sent !== s.index)),
    ),
    hit,
  );
  pushEvent(ctx, 'STATEMENT', [speaker], place, s, hit, modality === 'asserted' ? 'asserted' : modality, 0.6);
  // What the statement is about: the first actor or country after the complementiser.
  if (k >= b) return;
  const about = mentions.find(
    (m) =>
      m.tokStart > k &&
      m.entity !== speaker.entity &&
      (isActor(m) || isCountry(m)) &&
      !m.demonym &&
      m.target?.key !== 'name:x',
  );
  if (about) addRelation(ctx, speaker, 'SAID_ABOUT', about, s, [speaker.start, about.end], 0.55, modality);
}

/**
 * A binary relation (ACCUSED, SUPPORTS, OPPOSES, MEMBER_OF, LEADS, SIGNED_AGREEMENT_WITH) from its subject and object around the trigger.
 * @example binary(ctx, s, mentions, hit, 'asserted')
 */
export function binary(ctx: Ctx, s: Sentence, mentions: readonly Mention[], hit: Hit, modality: Modality): void {
  const { lang, toks } = ctx.input;
  const pred = hit.trigger.predicate as Predicate;
  const okSubject = (m: Mention): boolean => isActor(m) || isCountry(m);
  let subject: Mention | undefined;
  let object: Mention | undefined;
  if (pred === 'LEADS') {
    // "حزب X الذي يترأسه Y", "X led by Y": the organisation before, the leader after.
    object = [...mentions].reverse().find((m) => m.tokEnd <= hit.tokStart && m.type === 'ORGANIZATION');
    subject = mentions.find((m) => m.tokStart >= hit.tokEnd && m.tokStart <= hit.tokEnd + 3 && m.type === 'PERSON');
    if (lang === 'en' && /^(leads|chairs|heads)$/.test((toks[hit.tokStart] as Tok).key)) {
      subject = [...mentions].reverse().find((m) => m.tokEnd <= hit.tokStart && m.type === 'PERSON');
      object = mentions.find(
        (m) => m.tokStart >= hit.tokEnd && m.tokStart <= hit.tokEnd + 3 && m.type === 'ORGANIZATION',
      );
    }
  } else if (pred === 'MEMBER_OF') {
    object = mentions.find(
      (m) => m.tokStart >= hit.tokEnd && m.tokStart <= hit.tokEnd + 4 && m.type === 'ORGANIZATION',
    );
    subject =
      [...mentions]
        .reverse()
        .find((m) => m.tokEnd <= hit.tokStart && hit.tokStart - m.tokEnd <= 4 && m.type === 'PERSON') ??
      mentions.find(
        (m) =>
          m.tokStart > (object?.tokEnd ?? hit.tokEnd) &&
          m.tokStart <= (object?.tokEnd ?? hit.tokEnd) + 2 &&
          m.type === 'PERSON',
      );
  } else {
    subject = subjectOf(
      mentions.filter((m) => m.tokEnd <= hit.tokStart || m.tokStart <= hit.tokEnd + 3),
      hit,
      lang,
      okSubject,
    );
    object = mentions.find(
      (m) =>
        m.tokStart >= hit.tokEnd &&
        m.tokStart <= hit.tokEnd + (pred === 'OPPOSES' || pred === 'SUPPORTS' ? 2 : 5) &&
        m !== subject &&
        m.entity !== subject?.entity &&
        (isActor(m) || isCountry(m)) &&
        !m.demonym,
    );
    if (pred === 'SIGNED_AGREEMENT_WITH') {
      const withTok = toks.findIndex(
        (t, i) => i >= hit.tokStart && i < hit.tokEnd + 8 && (t.key === 'مع' || t.key === 'with'),
      );
      object =
        withTok >= 0
          ? mentions.find((m) => m.tokStart > withTok && m.tokStart <= withTok + 3 && okSubject(m))
          : undefined;
      // "Egypt and Jordan signed an agreement": the parties are coordinated before the verb.
      const and = subject && toks[subject.tokStart - 1]?.key === 'and' ? subject.tokStart - 1 : -1;
      if (!object && and >= 0) object = [...mentions].reverse().find((m) => m.tokEnd === and && okSubject(m));
    }
  }
  if (!subject || !object || subject.entity === object.entity) return;
  addRelation(
    ctx,
    subject,
    pred,
    object,
    s,
    [Math.min(subject.start, object.start), Math.max(subject.end, object.end)],
    0.55,
    modality,
  );
}
