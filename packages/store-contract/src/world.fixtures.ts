// The contract suite's main fixture: three articles (Arabic and English) about real-looking people,
// places and organisations, with relations, roles and events whose expected answers the suite derives.
import { ExtractionResult } from '@shabaka/schema';
import type { EntityInput, EventInput, RelationInput } from '@shabaka/schema';
import { ArticleDraft } from './article-draft.fixtures.js';
import type { RunTokens } from './seeded-random.js';

const COUNTRIES: ReadonlyArray<readonly [string, string]> = [
  ['مصر', 'Egypt'],
  ['الأردن', 'Jordan'],
  ['قطر', 'Qatar'],
  ['السعودية', 'Saudi Arabia'],
  ['المغرب', 'Morocco'],
  ['تونس', 'Tunisia'],
  ['الجزائر', 'Algeria'],
  ['لبنان', 'Lebanon'],
  ['العراق', 'Iraq'],
  ['الكويت', 'Kuwait'],
  ['عمان', 'Oman'],
  ['اليمن', 'Yemen'],
];

/** The entity ids of the world, by role in the story. */
export type WorldIds = {
  erdogan: string;
  trump: string;
  putin: string;
  turkey: string;
  ankara: string;
  province: string;
  akp: string;
  police: string;
  un: string;
  countries: string[];
  lonely: string;
  islandA: string;
  islandB: string;
  meeting: string;
  call: string;
  arrest: string;
  docAr: string;
  docEn: string;
  docAr2: string;
};

export type World = {
  tokens: RunTokens;
  ids: WorldIds;
  /** Upserted one after the other: the Arabic article, the English one, then a second Arabic one. */
  results: ExtractionResult[];
  /** Display names, for search cases. */
  names: { erdogan: string; trump: string; ankara: string; erdoganEn: string };
  /** Article dates, for firstSeen/lastSeen. */
  dates: { docAr: string; docEn: string; docAr2: string };
};

/**
 * Builds the world for one run: every id starts with `tokens.prefix`, every name ends with a run token.
 * @example const world = buildWorld(runTokens(seededRandom(7))); await store.upsert(world.results[0]!);
 */
export function buildWorld(tokens: RunTokens): World {
  const { prefix: p, ar: t } = tokens;
  const l = tokens.en[0]!.toUpperCase() + tokens.en.slice(1);
  const ids: WorldIds = {
    erdogan: `${p}per_erdogan`,
    trump: `${p}per_trump`,
    putin: `${p}per_putin`,
    turkey: `${p}loc_turkey`,
    ankara: `${p}loc_ankara`,
    province: `${p}loc_ankara_province`,
    akp: `${p}org_akp`,
    police: `${p}org_police`,
    un: `${p}org_un`,
    countries: COUNTRIES.map((_, i) => `${p}loc_country${i}`),
    lonely: `${p}per_lonely`,
    islandA: `${p}org_island_a`,
    islandB: `${p}org_island_b`,
    meeting: `${p}ev_meeting`,
    call: `${p}ev_call`,
    arrest: `${p}ev_arrest`,
    docAr: `${p}doc_ar`,
    docEn: `${p}doc_en`,
    docAr2: `${p}doc_ar2`,
  };
  const dates = { docAr: '2025-05-12', docEn: '2025-06-20', docAr2: '2025-07-01' };

  const ar = new ArticleDraft({
    id: ids.docAr,
    title: `أردوغان يستقبل ترامب في أنقرة ${t}`,
    lang: 'ar',
    publishedAt: dates.docAr,
    source: 'الجزيرة',
    url: `https://example.org/ar/${p}1`,
    contentHash: `${p}hash-ar`,
  });
  const meet = ar.add(
    `التقى الرئيس التركي رجب طيب أردوغان ${t} نظيره الأمريكي دونالد ترامب ${t} في أنقرة ${t} يوم الاثنين.`,
  );
  const role = ar.add(`وقال أردوغان ${t}، رئيس تركيا ${t}، إن المحادثات كانت «صريحة».`);
  const leads = ar.add(`ويتزعم أردوغان ${t} حزب العدالة والتنمية ${t} منذ تأسيسه.`);
  const lies = ar.add(`وتقع أنقرة ${t} في وسط تركيا ${t}.`);
  const capital = ar.add(`وأنقرة ${t} هي عاصمة تركيا ${t} منذ عام 1923.`);

  const en = new ArticleDraft({
    id: ids.docEn,
    title: `Erdogan ${l} and Trump ${l} meet again`,
    lang: 'en',
    publishedAt: dates.docEn,
    source: 'Reuters',
  });
  const met = en.add(`Erdogan ${l} met Trump ${l} in Ankara ${l} on Friday.`);
  const spoke = en.add(`Trump ${l} later spoke with Vladimir Putin ${l} by phone.`);

  const ar2 = new ArticleDraft({
    id: ids.docAr2,
    title: `اعتقالات في أنقرة ${t}`,
    lang: 'ar',
    publishedAt: dates.docAr2,
    source: 'العربية',
  });
  const arrest = ar2.add(`اعتقلت الشرطة التركية ${t} صحفيا في أنقرة ${t} صباح الثلاثاء.`);
  const signed = ar2.add(`وقّعت شركة الجزيرة ${t} اتفاقية مع بنك الواحة ${t}.`);
  const countryList = COUNTRIES.map(([name]) => `${name} ${t}`).join(' و');
  const support = ar2.add(`وأعلنت ${countryList} دعمها لمنظمة الأمم المتحدة ${t}.`);
  ar2.add(`ولم يعلق سليم الوحيد ${t} على الأمر، فيما شددت ولاية أنقرة ${t} الإجراءات.`);

  const mentionsOf = (...surfaces: string[]) =>
    [ar, en, ar2].flatMap((draft) => surfaces.flatMap((s) => draft.mentions(s)));
  const entities: EntityInput[] = [
    {
      id: ids.erdogan,
      type: 'PERSON',
      name: `رجب طيب أردوغان ${t}`,
      nameEn: `Recep Tayyip Erdogan ${l}`,
      aliases: [`أردوغان ${t}`, `إردوغان ${t}`, `Erdogan ${l}`],
      wikidata: 'Q39259',
      mentions: mentionsOf(`أردوغان ${t}`, `Erdogan ${l}`),
    },
    {
      id: ids.trump,
      type: 'PERSON',
      name: `دونالد ترامب ${t}`,
      nameEn: `Donald Trump ${l}`,
      aliases: [`ترامب ${t}`, `ترمب ${t}`, `Trump ${l}`],
      mentions: mentionsOf(`ترامب ${t}`, `Trump ${l}`),
    },
    {
      id: ids.putin,
      type: 'PERSON',
      name: `فلاديمير بوتين ${t}`,
      nameEn: `Vladimir Putin ${l}`,
      aliases: [`بوتين ${t}`],
      mentions: mentionsOf(`Putin ${l}`),
    },
    {
      id: ids.turkey,
      type: 'LOCATION',
      subtype: 'COUNTRY',
      name: `تركيا ${t}`,
      nameEn: `Turkey ${l}`,
      iso: 'TR',
      mentions: mentionsOf(`تركيا ${t}`),
    },
    {
      id: ids.ankara,
      type: 'LOCATION',
      subtype: 'CITY',
      name: `أنقرة ${t}`,
      nameEn: `Ankara ${l}`,
      lat: 39.91987,
      lon: 32.85427,
      mentions: mentionsOf(`أنقرة ${t}`, `Ankara ${l}`),
    },
    {
      id: ids.province,
      type: 'LOCATION',
      subtype: 'REGION',
      name: `ولاية أنقرة ${t}`,
      nameEn: `Ankara Province ${l}`,
      mentions: mentionsOf(`ولاية أنقرة ${t}`),
    },
    {
      id: ids.akp,
      type: 'ORGANIZATION',
      subtype: 'POLITICAL_PARTY',
      name: `حزب العدالة والتنمية ${t}`,
      nameEn: `Justice and Development Party ${l}`,
      mentions: mentionsOf(`حزب العدالة والتنمية ${t}`),
    },
    {
      id: ids.police,
      type: 'ORGANIZATION',
      subtype: 'SECURITY_FORCE',
      name: `الشرطة التركية ${t}`,
      nameEn: `Turkish Police ${l}`,
      mentions: mentionsOf(`الشرطة التركية ${t}`),
    },
    {
      id: ids.un,
      type: 'ORGANIZATION',
      subtype: 'INTERNATIONAL_ORG',
      name: `الأمم المتحدة ${t}`,
      nameEn: `United Nations ${l}`,
      mentions: mentionsOf(`الأمم المتحدة ${t}`),
    },
    ...COUNTRIES.map(([name, nameEn], i): EntityInput => ({
      id: ids.countries[i]!,
      type: 'LOCATION',
      subtype: 'COUNTRY',
      name: `${name} ${t}`,
      nameEn: `${nameEn} ${l}`,
      mentions: mentionsOf(`${name} ${t}`),
    })),
    {
      id: ids.lonely,
      type: 'PERSON',
      name: `سليم الوحيد ${t}`,
      nameEn: `Salim Alwahid ${l}`,
      mentions: mentionsOf(`سليم الوحيد ${t}`),
    },
    {
      id: ids.islandA,
      type: 'ORGANIZATION',
      subtype: 'COMPANY',
      name: `شركة الجزيرة ${t}`,
      nameEn: `Al Jazira Company ${l}`,
      mentions: mentionsOf(`شركة الجزيرة ${t}`),
    },
    {
      id: ids.islandB,
      type: 'ORGANIZATION',
      subtype: 'COMPANY',
      name: `بنك الواحة ${t}`,
      nameEn: `Oasis Bank ${l}`,
      mentions: mentionsOf(`بنك الواحة ${t}`),
    },
  ];
  // An article's result holds the entities it mentions or its relations and events reference.
  const inArticle = (draft: ArticleDraft, referenced: ReadonlySet<string>) =>
    entities
      .map((e) => ({ ...e, mentions: (e.mentions ?? []).filter((m) => m.doc === draft.meta.id) }))
      .filter((e) => e.mentions.length > 0 || referenced.has(e.id));

  const arRelations: RelationInput[] = [
    {
      subject: ids.erdogan,
      predicate: 'MET',
      object: ids.trump,
      evidence: ar.evidence(meet, 'التقى'),
      confidence: 0.9,
    },
    {
      subject: ids.erdogan,
      predicate: 'HOLDS_ROLE',
      object: ids.turkey,
      role: 'رئيس',
      evidence: ar.evidence(role, 'رئيس'),
      confidence: 0.85,
    },
    {
      subject: ids.erdogan,
      predicate: 'LEADS',
      object: ids.akp,
      evidence: ar.evidence(leads, 'يتزعم'),
      confidence: 0.8,
    },
    {
      subject: ids.ankara,
      predicate: 'LOCATED_IN',
      object: ids.turkey,
      evidence: ar.evidence(lies, 'تقع'),
      confidence: 0.9,
    },
    {
      subject: ids.ankara,
      predicate: 'LOCATED_IN',
      object: ids.turkey,
      evidence: ar.evidence(capital, 'عاصمة'),
      confidence: 0.9,
    },
  ];
  const arEvents: EventInput[] = [
    {
      id: ids.meeting,
      type: 'MEETING',
      participants: [ids.erdogan, ids.trump],
      location: ids.ankara,
      date: dates.docAr,
      dateText: 'يوم الاثنين',
      evidence: ar.evidence(meet, 'التقى'),
      confidence: 0.9,
    },
  ];
  // Written in the other direction on purpose: MET is symmetric, so it must aggregate with the Arabic one.
  const enRelations: RelationInput[] = [
    { subject: ids.trump, predicate: 'MET', object: ids.erdogan, evidence: en.evidence(met, 'met'), confidence: 0.9 },
    {
      subject: ids.trump,
      predicate: 'SPOKE_WITH',
      object: ids.putin,
      evidence: en.evidence(spoke, 'spoke with'),
      confidence: 0.85,
    },
  ];
  const enEvents: EventInput[] = [
    {
      id: ids.call,
      type: 'CALL',
      participants: [ids.trump, ids.putin],
      date: dates.docEn,
      dateText: 'later',
      evidence: en.evidence(spoke, 'spoke with'),
      confidence: 0.85,
    },
  ];
  const ar2Relations: RelationInput[] = [
    {
      subject: ids.islandA,
      predicate: 'SIGNED_AGREEMENT_WITH',
      object: ids.islandB,
      evidence: ar2.evidence(signed, 'وقّعت'),
      confidence: 0.8,
    },
    ...ids.countries.map((id): RelationInput => ({
      subject: id,
      predicate: 'SUPPORTS',
      object: ids.un,
      evidence: ar2.evidence(support, 'دعمها'),
      confidence: 0.7,
    })),
  ];
  const ar2Events: EventInput[] = [
    {
      id: ids.arrest,
      type: 'ARREST',
      participants: [ids.police],
      location: ids.ankara,
      date: dates.docAr2,
      dateText: 'صباح الثلاثاء',
      evidence: ar2.evidence(arrest, 'اعتقلت'),
      confidence: 0.8,
    },
  ];

  const result = (draft: ArticleDraft, relations: RelationInput[], events: EventInput[]) => {
    const referenced = new Set([
      ...relations.flatMap((r) => [r.subject, r.object]),
      ...events.flatMap((e) => [...e.participants, ...(e.location ? [e.location] : [])]),
    ]);
    return ExtractionResult.parse({
      documents: [draft.document()],
      sentences: draft.sentences,
      entities: inArticle(draft, referenced),
      relations,
      events,
    });
  };
  return {
    tokens,
    ids,
    results: [
      result(ar, arRelations, arEvents),
      result(en, enRelations, enEvents),
      result(ar2, ar2Relations, ar2Events),
    ],
    names: {
      erdogan: `أردوغان ${t}`,
      trump: `ترامب ${t}`,
      ankara: `أنقرة ${t}`,
      erdoganEn: `Erdogan ${l}`,
    },
    dates,
  };
}
