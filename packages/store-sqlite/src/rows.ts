// Row shapes the queries return and their conversion to the wire types of @shabaka/schema.
import type { ArticleRef, EntityType, GraphEdge, GraphNode } from '@shabaka/schema';
import { EntitySubtype, storedModality } from '@shabaka/schema';

export type EntityRow = {
  id: string;
  type: EntityType;
  subtype: string | null;
  name: string;
  name_en: string;
  wikidata: string | null;
  iso: string | null;
  degree: number;
  lat: number | null;
  lon: number | null;
};

export type RelationRow = {
  key: string;
  subject: string;
  predicate: string;
  object: string;
  role: string | null;
  role_en: string | null;
  modality: string;
  weight: number;
  first_seen: string | null;
  last_seen: string | null;
};

export type ArticleRow = {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  published_at: string | null;
};

/** Columns of `entities` in the order EntityRow expects, for `SELECT ${ENTITY_COLUMNS} FROM entities e`. */
export const ENTITY_COLUMNS = 'e.id, e.type, e.subtype, e.name, e.name_en, e.wikidata, e.iso, e.degree, e.lat, e.lon';
export const RELATION_COLUMNS =
  'r.key, r.subject, r.predicate, r.object, r.role, r.role_en, r.modality, r.weight, r.first_seen, r.last_seen';

/** @example toNode(row) // { id, label: 'أنقرة', labelEn: 'Ankara', kind: 'LOCATION', score: 3 } */
export function toNode(row: EntityRow): GraphNode {
  const subtype = EntitySubtype.safeParse(row.subtype);
  const attributes: Record<string, string | number> = {};
  if (row.wikidata) attributes['wikidata'] = row.wikidata;
  if (row.iso) attributes['iso'] = row.iso;
  if (row.lat !== null && row.lon !== null) {
    attributes['lat'] = row.lat;
    attributes['lon'] = row.lon;
  }
  return {
    id: row.id,
    label: row.name,
    labelEn: row.name_en,
    kind: row.type,
    ...(subtype.success ? { subtype: subtype.data } : {}),
    score: row.degree,
    ...(Object.keys(attributes).length ? { attributes } : {}),
  };
}

/** @example toEdge(row, ['doc_1#0']) // { id: 'rel_…', source, target, type: 'MET', weight: 2, … } */
export function toEdge(row: RelationRow, sentenceIds: readonly string[]): GraphEdge {
  return {
    id: row.key,
    source: row.subject,
    target: row.object,
    type: row.predicate,
    weight: row.weight,
    role: row.role,
    ...(row.role_en ? { roleEn: row.role_en } : {}),
    ...(storedModality(row.modality) ? { modality: storedModality(row.modality) } : {}),
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    attributes: { sentenceIds: [...sentenceIds] },
  };
}

/** @example toArticleRef(row) // { id, title, source, date, url } */
export function toArticleRef(row: ArticleRow): ArticleRef {
  return { id: row.id, title: row.title, source: row.source, date: row.published_at, url: row.url };
}
