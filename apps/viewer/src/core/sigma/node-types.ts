// The sigma node program names the reducers choose from: entities are discs, events diamonds.

/** sigma's default node type: the disc program (square points on large graphs). */
export const ENTITY_NODE_TYPE = 'circle';
/** Event nodes: diamonds at every graph size, so an event never looks like an entity even without colour. */
export const EVENT_NODE_TYPE = 'event';
