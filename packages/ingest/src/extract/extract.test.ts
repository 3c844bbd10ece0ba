// Unit tests of extract(): linking, coreference, roles, events, modality and evidence, in Arabic and English.
// The NER model is switched off (tagger: null) or faked and relations come from the hand rules
// (relations: 'rules'), so these tests check the extractor's own rules; the learned relation layer that
// decides relations by default is tested in learned-relations.test.ts.
import { describe, expect, it } from '@jest/globals';
import { ExtractionResult, parseContractLine, toContractLines } from '@shabaka/schema';
import type { Entity, ExtractionResult as Result, TaggedMention } from '@shabaka/schema';
import { extract } from './extract.js';

const run = (text: string, publishedAt?: string): Result =>
  extract(text, { tagger: null, relations: 'rules', ...(publishedAt ? { publishedAt } : {}) });
const byEn = (r: Result, nameEn: string): Entity | undefined => r.entities.find((e) => e.nameEn === nameEn);
const nameOf = (r: Result, id: string | null): string | undefined => r.entities.find((e) => e.id === id)?.nameEn;

describe('extract: documents, sentences, linking', () => {
  const text =
    'استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة وزير الخارجية الروسي سيرغي لافروف. وبحث الجانبان الأوضاع في السودان.';
  const r = run(text, '2025-02-20');

  it('returns a valid ExtractionResult with one document and its sentences', () => {
    expect(ExtractionResult.safeParse(r).success).toBe(true);
    expect(r.documents).toHaveLength(1);
    expect(r.documents[0]?.lang).toBe('ar');
    expect(r.sentences.map((s) => text.slice(s.start, s.end))).toEqual(r.sentences.map((s) => s.text));
    expect(r.sentences).toHaveLength(2);
  });

  it('links countries (names and adjectives) to ISO codes and Wikidata', () => {
    const egypt = byEn(r, 'Egypt');
    expect(egypt?.iso).toBe('EG');
    expect(egypt?.wikidata).toBe('Q79');
    expect(egypt?.aliases).toContain('المصري');
    expect(byEn(r, 'Sudan')?.iso).toBe('SD');
  });

  it('links capitals to GeoNames and known office holders to the curated list', () => {
    expect(byEn(r, 'Cairo')?.type).toBe('LOCATION');
    expect(byEn(r, 'Sergey Lavrov')?.type).toBe('PERSON');
    expect(byEn(r, 'Abdel Fattah el-Sisi')?.name).toBe('عبد الفتاح السيسي');
  });

  it('does not read a surname as a country whose name takes the article (كاميرون ≠ الكاميرون)', () => {
    const r = run('أشاد المخرج جيمس كاميرون بالفيلم. وزار الرئيس وفدا من الكاميرون.');
    expect(byEn(r, 'Cameroon')?.mentions).toHaveLength(1);
  });

  it('gives every mention a span that points at its text', () => {
    for (const e of r.entities) {
      for (const m of e.mentions)
        expect([e.name, ...e.aliases]).toContain(text.slice(m.start, m.end).replace(/[«»]/g, ''));
    }
  });
});

describe('extract: roles', () => {
  it('reads "ROLE NATIONALITY NAME" and apposition "NAME، ROLE" as HOLDS_ROLE with the country', () => {
    const text =
      'وقال وزير الدفاع الفرنسي جان لوك مارتان إن بلاده سترسل قوات. والتقى مراد بن علي، وزير الداخلية التونسي، بالسفير.';
    // The apposition needs the name from the tagger (Arabic has no capitals to find it otherwise).
    const start = text.indexOf('مراد بن علي');
    const tagger = (): TaggedMention[] => [
      { text: 'مراد بن علي', type: 'PERSON', start, end: start + 11, confidence: 0.9, source: 'model' },
    ];
    const r = extract(text, { tagger });
    const roles = r.relations.filter((x) => x.predicate === 'HOLDS_ROLE');
    expect(roles.map((x) => [nameOf(r, x.subject), x.role, nameOf(r, x.object)])).toEqual(
      expect.arrayContaining([
        [expect.stringMatching(/^Jan|^Jean/), 'وزير الدفاع', 'France'],
        [expect.any(String), 'وزير الداخلية', 'Tunisia'],
      ]),
    );
  });

  it('reads an Arabic apposition without a comma ("وقال X وزير الخارجية العراقي")', () => {
    const r = run('وقال فؤاد حسين وزير الخارجية العراقي إن بغداد تدعم الحوار.');
    const role = r.relations.find((x) => x.predicate === 'HOLDS_ROLE');
    expect([nameOf(r, role?.subject ?? null), role?.role, nameOf(r, role?.object ?? null)]).toEqual([
      'Fuad Hussein',
      'وزير الخارجية',
      'Iraq',
    ]);
  });

  it('binds each minister of a plural role to the country named before him', () => {
    const r = run('وعقد في الرياض اجتماع لوزراء خارجية مصر بدر عبد العاطي، وإيران عباس عراقجي، وروسيا سيرغي لافروف.');
    const pairs = r.relations
      .filter((x) => x.predicate === 'HOLDS_ROLE')
      .map((x) => `${nameOf(r, x.subject)}→${nameOf(r, x.object)}:${x.role}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        'Badr Abdelatty→Egypt:وزير الخارجية',
        'Abbas Araghchi→Iran:وزير الخارجية',
        'Sergey Lavrov→Russia:وزير الخارجية',
      ]),
    );
  });

  it('gives a counterpart ("نظيره الإيراني X", "his Iranian counterpart X") the role of the person he mirrors', () => {
    for (const text of [
      'التقى وزير الخارجية المصري بدر عبد العاطي نظيره الإيراني عباس عراقجي في القاهرة.',
      'Egyptian Foreign Minister Badr Abdelatty met his Iranian counterpart Abbas Araghchi in Cairo.',
    ]) {
      const r = run(text);
      const araghchi = r.relations.find(
        (x) => x.predicate === 'HOLDS_ROLE' && nameOf(r, x.subject) === 'Abbas Araghchi',
      );
      expect(nameOf(r, araghchi?.object ?? null)).toBe('Iran');
      expect(araghchi?.role).toMatch(/وزير الخارجية|foreign minister/);
    }
  });

  it('resolves a later role description to the person the article named with it', () => {
    const r = run('التقى الرئيس الفرنسي إيمانويل ماكرون نظيره اللبناني. وقال الرئيس الفرنسي إن باريس ستدعم الجيش.');
    const macron = byEn(r, 'Emmanuel Macron');
    expect(macron?.aliases).toContain('الرئيس الفرنسي');
    expect(macron?.mentions.length).toBeGreaterThanOrEqual(2);
  });

  it('reads English titles: "Turkish Foreign Minister X" and "X, the Egyptian foreign minister"', () => {
    const r = run(
      'Egyptian Foreign Minister Badr Abdelatty met Iranian Foreign Minister Abbas Araghchi in Cairo on Monday.',
    );
    const roles = r.relations
      .filter((x) => x.predicate === 'HOLDS_ROLE')
      .map((x) => `${nameOf(r, x.subject)}→${nameOf(r, x.object)}`);
    expect(roles).toEqual(expect.arrayContaining(['Badr Abdelatty→Egypt', 'Abbas Araghchi→Iran']));
    expect(r.relations.some((x) => x.predicate === 'MET')).toBe(true);
  });
});

describe('extract: events and relations', () => {
  it('makes one MEETING event with all participants, its place and its date', () => {
    const r = run(
      'واجتمع في عمّان يوم 4 يونيو وزراء خارجية مصر بدر عبد العاطي، وإيران عباس عراقجي، وروسيا سيرغي لافروف.',
      '2025-06-06',
    );
    const meetings = r.events.filter((e) => e.type === 'MEETING');
    expect(meetings).toHaveLength(1);
    const m = meetings[0];
    expect(m?.participants.map((p) => nameOf(r, p)).sort()).toEqual([
      'Abbas Araghchi',
      'Badr Abdelatty',
      'Sergey Lavrov',
    ]);
    expect(nameOf(r, m?.location ?? null)).toBe('Amman');
    expect(m?.date).toBe('2025-06-04');
    expect(m?.dateText).toBe('4 يونيو');
    expect(r.relations.filter((x) => x.predicate === 'MET')).toHaveLength(3);
  });

  it('reads "بحث X مع Y" as a meeting, but not the purpose "لبحث"', () => {
    const met = run('وبحث وزير الخارجية السعودي فيصل بن فرحان مع نظيره الإيراني عباس عراقجي العلاقات الثنائية.');
    expect(met.events.map((e) => e.type)).toEqual(['MEETING']);
    const purpose = run('وصل وزير الخارجية السعودي فيصل بن فرحان إلى طهران لبحث العلاقات مع عباس عراقجي.');
    expect(purpose.events.some((e) => e.type === 'MEETING')).toBe(false);
  });

  it('marks negated and future meetings instead of asserting them', () => {
    const neg = run('ولم يلتق وزير الخارجية الروسي سيرغي لافروف بنظيره الإيراني عباس عراقجي.');
    expect(neg.relations.find((x) => x.predicate === 'MET')?.modality).toBe('negated');
    const fut = run('وسيلتقي وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني عباس عراقجي في موسكو.');
    expect(fut.events.find((e) => e.type === 'MEETING')?.modality).toBe('planned');
  });

  it('reads an arrest by a named force of members of a named group, with the place', () => {
    const r = run('واعتقلت الشرطة التركية 20 عضوا في تنظيم «داعش» في مدينة إزمير.');
    const ev = r.events.find((e) => e.type === 'ARREST');
    expect(ev?.participants.map((p) => nameOf(r, p))).toEqual(expect.arrayContaining(['Islamic State']));
    expect(nameOf(r, ev?.location ?? null)).toBe('Izmir');
    expect(r.relations.some((x) => x.predicate === 'ARRESTED' && nameOf(r, x.object) === 'Islamic State')).toBe(true);
  });

  it('reads a visit (VISITED + VISIT) and a statement about someone (SAID_ABOUT)', () => {
    const r = run('وزار وزير الخارجية المصري بدر عبد العاطي بغداد. وقال لافروف إن إيران شريك مهم.');
    expect(r.relations.some((x) => x.predicate === 'VISITED' && nameOf(r, x.object) === 'Baghdad')).toBe(true);
    expect(r.events.some((e) => e.type === 'VISIT')).toBe(true);
  });

  it('reads a place stated with a compass direction ("مدينة X شمال البلاد")', () => {
    const r = run('وأفادت السلطات الأردنية بوقوع انفجار في مدينة إربد شمال البلاد.');
    expect(
      r.relations.some(
        (x) => x.predicate === 'LOCATED_IN' && nameOf(r, x.subject) === 'Irbid' && nameOf(r, x.object) === 'Jordan',
      ),
    ).toBe(true);
  });

  it('gives every relation and event evidence inside its sentence and an extractor name', () => {
    const r = run('واجتمع الرئيس الروسي فلاديمير بوتين بالرئيس الصيني شي جينبينغ في بكين.');
    for (const x of [...r.relations, ...r.events]) {
      const s = r.sentences[x.evidence.sentenceIndex ?? -1];
      expect(s?.text).toBe(x.evidence.sentence);
      expect(x.evidence.start).toBeGreaterThanOrEqual(s?.start ?? Infinity);
      expect(x.evidence.end).toBeLessThanOrEqual(s?.end ?? -1);
      expect(x.evidence.extractor).toMatch(/^shabaka-rules@/);
      expect(x.confidence).toBeGreaterThan(0);
    }
  });
});

describe('extract: English wire style', () => {
  const text =
    'BEIRUT (AP) - Israeli jets struck Hezbollah positions in southern Lebanon on Wednesday. ' +
    'Turkish President Recep Tayyip Erdogan accused Israel of war crimes. ' +
    'French President Emmanuel Macron spoke by phone with Lebanese President Joseph Aoun, the Elysee said.';
  const r = run(text, '2025-10-03');

  it('reads an attack by a country named through its adjective, with the place after "in southern"', () => {
    const ev = r.events.find((e) => e.type === 'ATTACK');
    expect(ev?.participants.map((p) => nameOf(r, p)).sort()).toEqual(['Hezbollah', 'Israel']);
    expect(nameOf(r, ev?.location ?? null)).toBe('Lebanon');
    expect(ev?.date).toBe('2025-10-01');
    expect(r.relations.some((x) => x.predicate === 'ATTACKED' && nameOf(r, x.subject) === 'Israel')).toBe(true);
  });

  it('keeps the subject of a transitive verb before it ("X accused Y")', () => {
    const acc = r.relations.find((x) => x.predicate === 'ACCUSED');
    expect([nameOf(r, acc?.subject ?? null), nameOf(r, acc?.object ?? null)]).toEqual([
      'Recep Tayyip Erdogan',
      'Israel',
    ]);
  });

  it('makes a call between the two presidents, not the office that reported it', () => {
    const call = r.events.find((e) => e.type === 'CALL');
    expect(call?.participants.map((p) => nameOf(r, p)).sort()).toEqual(['Emmanuel Macron', 'Joseph Aoun']);
    expect(r.relations.some((x) => x.predicate === 'SPOKE_WITH')).toBe(true);
  });
});

describe('extract: coreference and identity', () => {
  it('joins a surname to the full name given earlier', () => {
    const fake = (text: string): TaggedMention[] => {
      const out: TaggedMention[] = [];
      for (const name of ['كريم الزهراني', 'الزهراني']) {
        let i = text.indexOf(name);
        while (i >= 0) {
          if (!out.some((o) => o.start <= i && i < o.end)) {
            out.push({ text: name, type: 'PERSON', start: i, end: i + name.length, confidence: 0.9, source: 'model' });
          }
          i = text.indexOf(name, i + name.length);
        }
      }
      return out;
    };
    const r = extract('وصل كريم الزهراني إلى جدة. وقال الزهراني إن الرحلة كانت طويلة.', { tagger: fake });
    const people = r.entities.filter((e) => e.type === 'PERSON');
    expect(people).toHaveLength(1);
    expect(people[0]?.mentions).toHaveLength(2);
    expect(people[0]?.aliases).toContain('الزهراني');
  });

  it('gives the same id to an entity in an Arabic and an English article', () => {
    const ar = run('وصل الرئيس الروسي فلاديمير بوتين إلى تركيا.');
    const en = run('Russian President Vladimir Putin arrived in Turkey.');
    for (const name of ['Vladimir Putin', 'Turkey', 'Russia']) {
      expect(byEn(ar, name)?.id).toBeDefined();
      expect(byEn(ar, name)?.id).toBe(byEn(en, name)?.id);
    }
  });

  it('treats hamza and taa-marbuta spelling variants as one name', () => {
    const r = run('زار اردوغان انقره. ثم عاد أردوغان إلى أنقرة.');
    expect(byEn(r, 'Recep Tayyip Erdogan')?.mentions).toHaveLength(2);
    expect(byEn(r, 'Ankara')?.mentions).toHaveLength(2);
  });

  it('references only entities it defines, so every JSONL contract line parses', () => {
    const r = run(
      'والتقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جينبينغ في بكين أمس، وبحثا الأوضاع في أوكرانيا.',
      '2025-05-09',
    );
    const ids = new Set(r.entities.map((e) => e.id));
    for (const x of r.relations) expect([ids.has(x.subject), ids.has(x.object)]).toEqual([true, true]);
    for (const e of r.events) {
      for (const p of e.participants) expect(ids.has(p)).toBe(true);
      if (e.location) expect(ids.has(e.location)).toBe(true);
    }
    const lines = toContractLines(r).map((l) => JSON.stringify(l));
    lines.forEach((line, i) => expect(parseContractLine(line, i + 1).kind).toBeDefined());
  });

  it('rejects an invalid Document with a typed error', () => {
    expect(() => extract({ id: '', title: 't', text: 'x', lang: 'ar', kind: 'article' })).toThrow(/ingest.extract/);
  });
});
