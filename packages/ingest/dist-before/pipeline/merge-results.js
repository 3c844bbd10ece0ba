/**
 * Concatenates results; an entity found in several documents becomes one entity with all aliases
 * and mentions, so a batch never carries the same id twice.
 * @example mergeResults([a, b]).documents.length // a.documents.length + b.documents.length
 */
export function mergeResults(results) {
  const entities = new Map();
  for (const r of results) {
    for (const e of r.entities) {
      const seen = entities.get(e.id);
      if (!seen) entities.set(e.id, { ...e, aliases: [...e.aliases], mentions: [...e.mentions] });
      else {
        for (const a of e.aliases) if (!seen.aliases.includes(a)) seen.aliases.push(a);
        seen.mentions.push(...e.mentions);
        seen.wikidata ??= e.wikidata;
        seen.iso ??= e.iso;
        seen.subtype ??= e.subtype;
      }
    }
  }
  return {
    documents: results.flatMap((r) => r.documents),
    sentences: results.flatMap((r) => r.sentences),
    entities: [...entities.values()],
    relations: results.flatMap((r) => r.relations),
    events: results.flatMap((r) => r.events),
  };
}
//# sourceMappingURL=merge-results.js.map
