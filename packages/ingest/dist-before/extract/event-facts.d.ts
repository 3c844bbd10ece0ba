import type { Modality, Sentence } from '@shabaka/schema';
import type { Ctx } from './fact-context.js';
import type { Site } from './clauses.js';
import type { Mention } from './mention.js';
import type { Hit } from './trigger-hits.js';
/** Nouns of police and military operations (what they "target" is not attacked). */
export declare const OPERATIONS: Set<string>;
/**
 * A MEETING, CALL or NEGOTIATION with every person of the clause (else its countries and organisations), plus MET/SPOKE_WITH pairs and ATTENDED.
 * @example meetingLike(ctx, { s, ms, hit, modality, a, b })
 */
export declare function meetingLike(ctx: Ctx, site: Site): void;
/**
 * An ARREST or ATTACK: agent and target (VSO/SVO, markers, members of a group), place, date, and the ARRESTED/ATTACKED relation.
 * @example actorEvent(ctx, { s, ms, hit, modality, a, b })
 */
export declare function actorEvent(ctx: Ctx, site: Site): void;
/**
 * A VISIT and VISITED: the person (or body) and the place after the trigger.
 * @example visit(ctx, s, ms, hit, 'future')
 */
export declare function visit(ctx: Ctx, s: Sentence, ms: readonly Mention[], hit: Hit, modality: Modality): void;
/**
 * A STATEMENT by the speaker next to the verb (or the one going on), and SAID_ABOUT what follows إن/أن/that.
 * @example statement(ctx, s, ms, hit, 'asserted', b)
 */
export declare function statement(
  ctx: Ctx,
  s: Sentence,
  ms: readonly Mention[],
  hit: Hit,
  modality: Modality,
  b: number,
): void;
/**
 * A binary relation (ACCUSED, SUPPORTS, OPPOSES, MEMBER_OF, LEADS, SIGNED_AGREEMENT_WITH) from its subject and object around the trigger.
 * @example binary(ctx, s, ms, hit, 'asserted')
 */
export declare function binary(ctx: Ctx, s: Sentence, ms: readonly Mention[], hit: Hit, modality: Modality): void;
//# sourceMappingURL=event-facts.d.ts.map
