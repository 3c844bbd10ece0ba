// Events as graph parts: one node per n-ary event, joined to its participants and its place, so the graph
// answers (overview) can draw "who met whom, where and when" and not only binary relations.
import { Modality } from './vocabulary.js';
import type { EventType } from './vocabulary.js';
import type { GraphData, GraphEdge, GraphNode } from './graph-data.js';
import type { EventSummary } from './store.js';

/** Edge types of event edges: participant → event, event → place (DESIGN.md "Graph model"). */
export const EVENT_EDGE_TYPES = { participant: 'PARTICIPATED_IN', place: 'OCCURRED_IN' } as const;

/** How an event type is named in the viewer's two label scripts. */
export const EVENT_TYPE_NAMES: Readonly<Record<EventType, { ar: string; en: string }>> = {
  MEETING: { ar: 'اجتماع', en: 'Meeting' },
  CALL: { ar: 'اتصال', en: 'Call' },
  ARREST: { ar: 'اعتقال', en: 'Arrest' },
  ATTACK: { ar: 'هجوم', en: 'Attack' },
  VISIT: { ar: 'زيارة', en: 'Visit' },
  NEGOTIATION: { ar: 'مفاوضات', en: 'Negotiation' },
  STATEMENT: { ar: 'تصريح', en: 'Statement' },
};

function eventNode(event: EventSummary): GraphNode {
  const names = EVENT_TYPE_NAMES[event.type];
  const place = event.location;
  const label = [names.ar, place?.name, event.date].filter(Boolean).join(' · ');
  const labelEn = [names.en, place?.nameEn, event.date].filter(Boolean).join(' · ');
  // `dates` holds the event's date, else its article's (an undated event is placed when it was reported);
  // `eventDate` keeps only what the text fixed, so the card can say which one it is.
  const when = event.date ?? event.evidence.doc.date;
  return {
    id: event.id,
    label,
    labelEn,
    kind: 'EVENT',
    score: event.participants.length + (place ? 1 : 0),
    attributes: {
      eventType: event.type,
      eventDate: event.date,
      articleDate: event.evidence.doc.date,
      modality: event.modality,
      location: place?.id ?? null,
      // The place's coordinates, so a map can put the event there without another request.
      lat: place?.lat ?? null,
      lon: place?.lon ?? null,
      participants: event.participants.map((p) => p.id),
      dates: when ? [when] : [],
      source: event.evidence.doc.source,
    },
  };
}

/**
 * Event nodes with a PARTICIPATED_IN edge from each participant and an OCCURRED_IN edge to the place. With
 * `ends`, only edges whose entity is in it are kept (the entities the answer holds), so no edge dangles.
 * @example eventGraph(await store.events({ limit: 50 })).nodes[0].kind // 'EVENT'
 */
export function eventGraph(events: readonly EventSummary[], ends?: ReadonlySet<string>): GraphData {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const keep = (id: string) => !ends || ends.has(id);
  const common = (event: EventSummary) => {
    const modality = Modality.safeParse(event.modality);
    return {
      weight: 1,
      ...(modality.success ? { modality: modality.data } : {}),
      firstSeen: event.date,
      lastSeen: event.date,
    };
  };
  for (const event of events) {
    nodes.push(eventNode(event));
    for (const participant of event.participants) {
      if (!keep(participant.id)) continue;
      edges.push({
        id: `${event.id}<${participant.id}`,
        source: participant.id,
        target: event.id,
        type: EVENT_EDGE_TYPES.participant,
        ...common(event),
      });
    }
    if (event.location && keep(event.location.id)) {
      edges.push({
        id: `${event.id}@${event.location.id}`,
        source: event.id,
        target: event.location.id,
        type: EVENT_EDGE_TYPES.place,
        ...common(event),
      });
    }
  }
  return { nodes, edges };
}

/**
 * An entity graph answer with the given events added as nodes, each joined only to the entities it holds.
 * @example withEvents(overview, await store.events({ limit: 200 }))
 */
export function withEvents(data: GraphData, events: readonly EventSummary[]): GraphData {
  const parts = eventGraph(events, new Set(data.nodes.map((n) => n.id)));
  return { ...data, nodes: [...data.nodes, ...parts.nodes], edges: [...data.edges, ...parts.edges] };
}
