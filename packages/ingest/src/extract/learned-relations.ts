// The learned relation decision: every candidate pair scored by the relation model; a class over its
// cross-validated threshold, with argument types the predicate table allows, becomes a relation.
import type { Modality, Predicate } from '@shabaka/schema';
import { addRelation } from './fact-context.js';
import { PREDICATES } from './predicates.js';
import type { Ctx } from './fact-context.js';
import type { Candidate, RuleFinding } from './relation-features.js';
import type { RelationModel } from './relation-model.js';
import type { Mention } from './mention.js';

/** A class name split into its predicate and whether the subject is the later mention. */
export function parseClass(c: string): { predicate: Predicate; reversed: boolean } {
  const [p, d] = c.split(':');
  return { predicate: p as Predicate, reversed: d === 'r' };
}

/**
 * The features saying the rules found this class's relation on the pair.
 * @example ruleFeatures('MET') // ['rule:MET:f', 'rule:MET:r']
 */
export function ruleFeatures(cls: string): string[] {
  const { predicate, reversed } = parseClass(cls);
  if (!cls.includes(':')) return [`rule:${predicate}:f`, `rule:${predicate}:r`];
  return [`rule:${predicate}:${reversed ? 'r' : 'f'}`];
}

/** Role text of a HOLDS_ROLE: the rules' own (counterparts resolved), else the person's role binding (to that owner first). */
function roleOf(ctx: Ctx, person: Mention, owner: Mention, ruleRoles: ReadonlyMap<string, string>): string | null {
  const { bindings, entityIdOf } = ctx.input;
  const stated = ruleRoles.get(`${entityIdOf(person.entity)}|${entityIdOf(owner.entity)}`);
  if (stated) return stated;
  const mine = bindings.filter((b) => b.person.entity === person.entity);
  const best =
    mine.find((b) => b.owner?.entity === owner.entity) ?? mine.find((b) => b.person.sent === person.sent) ?? mine[0];
  return best?.phrase.role ?? null;
}

/**
 * Relations from the model's verdicts on the candidates: a class over its threshold, or over its (lower)
 * rule threshold when the rules found the same relation.
 * @example learnedRelations(ctx, candidates, loadRelationModel(), findings)
 */
export function learnedRelations(
  ctx: Ctx,
  candidates: readonly Candidate[],
  model: RelationModel,
  findings: readonly RuleFinding[],
): void {
  const modalityOf = new Map<string, Modality>();
  const ruleRoles = new Map<string, string>();
  for (const f of findings) {
    const r = f.relation;
    modalityOf.set(`${r.evidence.sentenceIndex}|${r.subject}|${r.object}|${r.predicate}`, r.modality);
    if (r.role && !ruleRoles.has(`${r.subject}|${r.object}`)) ruleRoles.set(`${r.subject}|${r.object}`, r.role);
    // A rule construction precise enough on the training articles is an override: kept as the rule read it.
    const sentence = ctx.input.sentences[r.evidence.sentenceIndex ?? -1];
    if (sentence && model.overrides.has(`${r.predicate}@${r.confidence}`))
      addRelation(
        ctx,
        f.subject,
        r.predicate,
        f.object,
        sentence,
        [r.evidence.start, r.evidence.end],
        r.confidence,
        r.modality,
        r.role,
      );
  }
  const ruled = model.classes.map(ruleFeatures);
  for (const c of candidates) {
    const p = model.score(c.features);
    const has = new Set(c.features.filter((f) => f.startsWith('rule:')));
    for (let k = 0; k < model.classes.length; k++) {
      const prob = p[k] as number;
      const byRule = (ruled[k] as string[]).some((f) => has.has(f));
      if (prob < ((byRule ? model.ruleThresholds : model.thresholds)[k] as number)) continue;
      const { predicate, reversed } = parseClass(model.classes[k] as string);
      const [subject, object] = reversed ? [c.b, c.a] : [c.a, c.b];
      const row = PREDICATES[predicate];
      if (!row.subject.includes(subject.type) || !row.object.includes(object.type)) continue;
      const ids = [ctx.input.entityIdOf(subject.entity), ctx.input.entityIdOf(object.entity)];
      const modality =
        modalityOf.get(`${c.sentence.index}|${ids[0]}|${ids[1]}|${predicate}`) ??
        modalityOf.get(`${c.sentence.index}|${ids[1]}|${ids[0]}|${predicate}`) ??
        'asserted';
      const role = predicate === 'HOLDS_ROLE' ? roleOf(ctx, subject, object, ruleRoles) : null;
      const span: [number, number] = [Math.min(c.a.start, c.b.start), Math.max(c.a.end, c.b.end)];
      addRelation(ctx, subject, predicate, object, c.sentence, span, Number(prob.toFixed(3)), modality, role);
    }
  }
}
