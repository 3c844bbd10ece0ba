// Fixtures for the heavier contract cases: one large batch, two overlapping writers, and hostile Unicode.
import { ExtractionResult, Predicate } from '@shabaka/schema';
import type { EntityInput, RelationInput } from '@shabaka/schema';
import { ArticleDraft } from './article-draft.fixtures.js';
import type { Random, RunTokens } from './seeded-random.js';

/** Out-degree of every entity in the large batch; relations = entities × fan-out. */
const FAN_OUT = 10;

export type LargeBatch = {
  result: ExtractionResult;
  entityIds: string[];
  /** Expected number of distinct depth-1 neighbours of each entity (both directions). */
  neighbourCount(entityId: string): number;
};

/**
 * `relationCount` SUPPORTS relations over `relationCount / 10` entities, each one distinct (subject i supports
 * the ten entities after a random offset), all evidenced by one sentence.
 * @example const big = buildLargeBatch(tokens, random, 20_000); await store.upsert(big.result);
 */
export function buildLargeBatch(tokens: RunTokens, random: Random, relationCount: number): LargeBatch {
  const n = Math.max(FAN_OUT + 1, Math.ceil(relationCount / FAN_OUT));
  const draft = new ArticleDraft({
    id: `${tokens.prefix}doc_big`,
    title: `تقرير موسع ${tokens.ar}`,
    lang: 'ar',
    publishedAt: '2025-08-01',
    source: 'bulk',
  });
  const sentence = draft.add(`أعلنت الهيئات المختلفة دعمها لبعضها بعضا ${tokens.ar}.`);
  const evidence = draft.evidence(sentence, 'دعمها');
  const entityIds = Array.from({ length: n }, (_, i) => `${tokens.prefix}org_big${i}`);
  const entities: EntityInput[] = entityIds.map((id, i) => ({
    id,
    type: 'ORGANIZATION',
    name: `هيئة ${i} ${tokens.ar}`,
    nameEn: `Body ${i} ${tokens.en}`,
  }));
  const neighbours = entityIds.map(() => new Set<number>());
  const relations: RelationInput[] = [];
  for (let s = 0; s < n && relations.length < relationCount; s++) {
    const offset = 1 + random.int(n - FAN_OUT);
    for (let k = 0; k < FAN_OUT && relations.length < relationCount; k++) {
      const o = (s + offset + k) % n;
      neighbours[s]!.add(o);
      neighbours[o]!.add(s);
      relations.push({
        subject: entityIds[s]!,
        predicate: Predicate.enum.SUPPORTS,
        object: entityIds[o]!,
        evidence,
        confidence: 0.5,
      });
    }
  }
  const index = new Map(entityIds.map((id, i) => [id, i]));
  return {
    result: ExtractionResult.parse({
      documents: [draft.document()],
      sentences: draft.sentences,
      entities,
      relations,
    }),
    entityIds,
    neighbourCount: (id) => neighbours[index.get(id) ?? -1]?.size ?? 0,
  };
}

export type WriterPair = {
  first: ExtractionResult;
  second: ExtractionResult;
  /** Entity ids both results carry. */
  sharedEntityIds: string[];
  allEntityIds: string[];
  /** The relation both results carry with the same evidence: its weight must stay 1. */
  shared: { subject: string; object: string; predicate: Predicate };
  /** Distinct (subject, predicate, object) triples over both results. */
  relationCount: number;
};

/**
 * Two results from two "ingest processes" that overlap: same article, same people, one shared relation, and
 * each its own extra relation.
 * @example const pair = buildWriterPair(tokens); await Promise.all([a.upsert(pair.first), b.upsert(pair.second)]);
 */
export function buildWriterPair(tokens: RunTokens): WriterPair {
  const { prefix: p, ar: t } = tokens;
  const draft = new ArticleDraft({
    id: `${p}doc_writers`,
    title: `قمة ثلاثية ${t}`,
    lang: 'ar',
    publishedAt: '2025-09-09',
    source: 'الشرق',
  });
  const s0 = draft.add(`استقبل الملك عبدالله ${t} الرئيس عبد الفتاح السيسي ${t} في عمان ${t}.`);
  const s1 = draft.add(`وانضم إليهما محمود عباس ${t} لاحقا.`);
  const person = (key: string, name: string, nameEn: string): EntityInput => ({
    id: `${p}per_${key}`,
    type: 'PERSON',
    name: `${name} ${t}`,
    nameEn: `${nameEn} ${tokens.en}`,
    mentions: draft.mentions(`${name} ${t}`),
  });
  const king = person('abdullah', 'الملك عبدالله', 'King Abdullah');
  const sisi = person('sisi', 'عبد الفتاح السيسي', 'Abdel Fattah el-Sisi');
  const abbas = person('abbas', 'محمود عباس', 'Mahmoud Abbas');
  const amman: EntityInput = {
    id: `${p}loc_amman`,
    type: 'LOCATION',
    subtype: 'CITY',
    name: `عمان ${t}`,
    nameEn: `Amman ${tokens.en}`,
  };
  const met: RelationInput = {
    subject: king.id,
    predicate: 'MET',
    object: sisi.id,
    evidence: draft.evidence(s0, 'استقبل'),
    confidence: 0.9,
  };
  // Both writers saw the same article; each extracted a different part of it.
  const fromArticle = (entities: EntityInput[], relations: RelationInput[]) =>
    ExtractionResult.parse({ documents: [draft.document()], sentences: draft.sentences, entities, relations });
  const visited: RelationInput = {
    subject: sisi.id,
    predicate: 'VISITED',
    object: amman.id,
    evidence: draft.evidence(s0, 'في عمان'),
    confidence: 0.7,
  };
  const joined: RelationInput = {
    subject: abbas.id,
    predicate: 'MET',
    object: king.id,
    evidence: draft.evidence(s1, 'انضم'),
    confidence: 0.6,
  };
  const first = fromArticle([king, sisi, amman], [met, visited]);
  const second = fromArticle([king, sisi, abbas], [met, joined]);
  return {
    first,
    second,
    sharedEntityIds: [king.id, sisi.id],
    allEntityIds: [king.id, sisi.id, abbas.id, amman.id],
    shared: { subject: king.id, object: sisi.id, predicate: 'MET' },
    relationCount: 3,
  };
}

export type UnicodeCase = {
  result: ExtractionResult;
  personId: string;
  orgId: string;
  personName: string;
  orgName: string;
  sentence: string;
  /** Words of the sentence the evidence span covers. */
  highlighted: string;
};

/**
 * Names and sentences full of what breaks naive stores: combining marks, emoji with ZWJ, RTL/LTR marks,
 * quotes, backslashes and Cypher/SQL/FTS metacharacters.
 * @example const u = buildUnicodeCase(tokens); await store.upsert(u.result);
 */
export function buildUnicodeCase(tokens: RunTokens): UnicodeCase {
  const { prefix: p, ar: t } = tokens;
  const personName = `مُحَمَّد\u200F O'Brien "الـــمصري" 👨‍👩‍👧 ${t}`;
  const orgName = `Acme \`} // {Corp}\\ 'Ltd' (OR) * NEAR 🇸🇦 ${t}`;
  const draft = new ArticleDraft({
    id: `${p}doc_unicode`,
    title: `عنوان "مقتبس" 'single' \` } // ${t}`,
    lang: 'ar',
    publishedAt: '2025-10-10',
    source: "O'Reilly \\ News",
  });
  const highlighted = 'هاجم';
  const sentence = `قال ${personName} إنه هاجم ${orgName}; MATCH (n) DETACH DELETE n // '); DROP TABLE entities;--`;
  const index = draft.add(sentence);
  const result = ExtractionResult.parse({
    documents: [draft.document()],
    sentences: draft.sentences,
    entities: [
      {
        id: `${p}per_unicode`,
        type: 'PERSON',
        name: personName,
        nameEn: `Mohammed O'Brien ${tokens.en}`,
        aliases: [`\u202Bمحمد\u202C ${t}`],
        mentions: draft.mentions(personName),
      },
      {
        id: `${p}org_unicode`,
        type: 'ORGANIZATION',
        name: orgName,
        nameEn: orgName,
        mentions: draft.mentions(orgName),
      },
    ],
    relations: [
      {
        subject: `${p}per_unicode`,
        predicate: 'ACCUSED',
        object: `${p}org_unicode`,
        evidence: draft.evidence(index, highlighted),
        confidence: 0.6,
      },
    ],
  });
  return { result, personId: `${p}per_unicode`, orgId: `${p}org_unicode`, personName, orgName, sentence, highlighted };
}
