// Scores extract() on the seed dev set (../shared/eval/seed): entities, relations, events → P/R/F1, a table or --json.
// Run: pnpm --filter @shabaka/ingest eval:extract [--json] [--seed DIR] [--no-ner]
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchKey } from '@shabaka/text';
import type { Entity, ExtractionResult } from '@shabaka/schema';
import { extract } from '../src/extract/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const seedArg = args.indexOf('--seed');
const seedDir = resolve(seedArg >= 0 ? (args[seedArg + 1] ?? '') : resolve(here, '../../../../shared/eval/seed'));
const asJson = args.includes('--json');
const noNer = args.includes('--no-ner');

interface GoldEntity {
  name: string;
  aliases: string[];
  type: 'PERSON' | 'ORG' | 'LOCATION';
  canonical: string;
}
interface GoldRelation {
  subject: string;
  predicate: string;
  object: string;
  role: string | null;
}
interface GoldEvent {
  type: string;
  participants: string[];
  location: string | null;
  date: string | null;
}
interface Gold {
  entities: GoldEntity[];
  relations: GoldRelation[];
  events: GoldEvent[];
}

// Scoring configuration taken from the seed README (not extraction rules): in-body photo captions
// are out of the annotation scope, and these entities are neutral (neither right nor wrong).
const CAPTION_LINES: Record<string, number[]> = { a1: [32], a2: [108, 116], a3: [144, 154, 166], a4: [202, 210] };
const NEUTRAL: Record<string, string[]> = {
  a1: ['Uzbekistan'],
  a2: [],
  a3: ['Uzbekistan'],
  a4: ['Palestine', 'Europe'],
};
const SYMMETRIC = new Set(['MET', 'SPOKE_WITH', 'SIGNED_AGREEMENT_WITH']);

const norm = (s: string): string => matchKey(s.replace(/[«»"()]/g, ' '));
const normRole = (s: string | null): string => (s ? norm(s).replace(/^ال/, '') : '');

/** Gold canonical of a predicted entity, or undefined. */
function goldOf(e: Entity, gold: Gold): GoldEntity | undefined {
  const type = e.type === 'ORGANIZATION' ? 'ORG' : e.type;
  const names = new Set([e.name, ...e.aliases].map(norm));
  return gold.entities.find(
    (g) =>
      g.type === type &&
      (norm(g.canonical) === norm(e.nameEn) || [g.name, ...g.aliases].some((n) => names.has(norm(n)))),
  );
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const prf = (c: Counts): { p: number; r: number; f1: number } => {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};
const bump = (m: Map<string, Counts>, k: string, f: keyof Counts): void => {
  const c = m.get(k) ?? zero();
  c[f]++;
  m.set(k, c);
};

function articleText(id: string, page: string[], seg: { firstBodyLine: string; lastBodyLine: string }): string {
  const a = page.indexOf(seg.firstBodyLine);
  const b = page.indexOf(seg.lastBodyLine);
  const drop = new Set((CAPTION_LINES[id] ?? []).map((n) => n - 1));
  return page
    .slice(a, b + 1)
    .filter((_, i) => !drop.has(a + i))
    .join('\n');
}

function main(): void {
  const page = readFileSync(join(seedDir, 'asharq-page.txt'), 'utf8').split('\n');
  const segments = JSON.parse(readFileSync(join(seedDir, 'segments.json'), 'utf8')) as {
    id: string;
    kind: string;
    firstBodyLine: string;
    lastBodyLine: string;
  }[];
  const ent = new Map<string, Counts>();
  const rel = new Map<string, Counts>();
  const evt = new Map<string, Counts>();
  let datesRight = 0;
  let datesMatched = 0;
  const required: Record<string, boolean> = {};
  const details: Record<string, unknown> = {};
  let ms = 0;
  let extractor = '';
  for (const seg of segments.filter((s) => s.kind === 'article')) {
    const gold = JSON.parse(readFileSync(join(seedDir, 'gold', `${seg.id}.json`), 'utf8')) as Gold;
    const text = articleText(seg.id, page, seg);
    const t0 = performance.now();
    const result: ExtractionResult = extract(text, { lang: 'ar', ...(noNer ? { tagger: null } : {}) });
    ms += performance.now() - t0;
    extractor ||= result.relations[0]?.evidence.extractor ?? '';
    const canon = new Map<string, string>();
    const matched = new Set<string>();
    const fps: string[] = [];
    for (const e of result.entities) {
      const g = goldOf(e, gold);
      canon.set(e.id, g?.canonical ?? `?${e.nameEn}`);
      if (g) {
        if (!matched.has(g.canonical)) {
          matched.add(g.canonical);
          bump(ent, g.type, 'tp');
        }
      } else if (!NEUTRAL[seg.id]?.includes(e.nameEn)) {
        bump(ent, e.type === 'ORGANIZATION' ? 'ORG' : e.type, 'fp');
        fps.push(`${e.type}:${e.name}`);
      }
    }
    const fns = gold.entities.filter((g) => !matched.has(g.canonical));
    for (const g of fns) bump(ent, g.type, 'fn');
    // Relations as (subject, predicate, object, role) tuples; symmetric predicates unordered.
    const key = (s: string, p: string, o: string, role: string | null): string => {
      const [a, b] = SYMMETRIC.has(p) && o < s ? [o, s] : [s, o];
      return `${a}|${p}|${b}|${p === 'HOLDS_ROLE' ? normRole(role) : ''}`;
    };
    const goldRel = new Set(gold.relations.map((r) => key(r.subject, r.predicate, r.object, r.role)));
    const predRel = new Set(
      result.relations.map((r) => key(canon.get(r.subject) ?? '', r.predicate, canon.get(r.object) ?? '', r.role)),
    );
    for (const k of predRel) bump(rel, k.split('|')[1] ?? '', goldRel.has(k) ? 'tp' : 'fp');
    for (const k of goldRel) if (!predRel.has(k)) bump(rel, k.split('|')[1] ?? '', 'fn');
    // Events: same type, same place when gold has one, and half of each side's participants shared.
    const used = new Set<number>();
    const eventHits: string[] = [];
    for (const g of gold.events) {
      const gp = new Set(g.participants);
      const idx = result.events.findIndex((e, i) => {
        if (used.has(i) || e.type !== g.type) return false;
        if (g.location && canon.get(e.location ?? '') !== g.location) return false;
        const pp = new Set(e.participants.map((p) => canon.get(p) ?? ''));
        const shared = [...gp].filter((p) => pp.has(p)).length;
        return shared * 2 >= gp.size && shared * 2 >= pp.size;
      });
      if (idx < 0) {
        bump(evt, g.type, 'fn');
        continue;
      }
      used.add(idx);
      bump(evt, g.type, 'tp');
      const e = result.events[idx];
      datesMatched++;
      const dateOk = !g.date
        ? !e?.dateText
        : !!e?.dateText && (norm(g.date).includes(norm(e.dateText)) || norm(e.dateText).includes(norm(g.date)));
      if (dateOk) datesRight++;
      eventHits.push(
        `${g.type}:${g.participants.join('+')}@${g.location ?? '-'} date=${e?.dateText ?? '-'}${dateOk ? '' : ' (gold ' + (g.date ?? '-') + ')'}`,
      );
      if (g.type === 'MEETING' && g.location === 'Ankara' && g.date === '12 مايو')
        required['Ankara trilateral meeting (12 May)'] = dateOk;
      if (g.type === 'MEETING' && g.location === 'Amman') required['Amman meeting (9 March)'] = dateOk;
      if (g.type === 'MEETING' && g.participants.includes('Rustem Umerov') && g.participants.includes('Hakan Fidan'))
        required['Fidan–Umerov meeting event'] = true;
    }
    result.events.forEach((e, i) => {
      if (!used.has(i)) bump(evt, e.type, 'fp');
    });
    if (seg.id === 'a4') required['Fidan MET Umerov'] = predRel.has(key('Hakan Fidan', 'MET', 'Rustem Umerov', null));
    details[seg.id] = {
      entityFalsePositives: fps,
      entityMisses: fns.map((g) => `${g.type}:${g.name}`),
      relationFalsePositives: [...predRel].filter((k) => !goldRel.has(k)),
      relationMisses: [...goldRel].filter((k) => !predRel.has(k)),
      eventsMatched: eventHits,
    };
  }
  for (const k of [
    'Ankara trilateral meeting (12 May)',
    'Amman meeting (9 March)',
    'Fidan–Umerov meeting event',
    'Fidan MET Umerov',
  ])
    required[k] ??= false;
  const total = (m: Map<string, Counts>): Counts =>
    [...m.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), zero());
  const table = (m: Map<string, Counts>): Record<string, Counts & { p: number; r: number; f1: number }> =>
    Object.fromEntries([...m].sort().map(([k, c]) => [k, { ...c, ...prf(c) }]));
  const report = {
    seed: seedDir,
    ner: !noNer,
    extractor,
    extractMs: Math.round(ms),
    entities: { micro: { ...total(ent), ...prf(total(ent)) }, byType: table(ent) },
    relations: { micro: { ...total(rel), ...prf(total(rel)) }, byPredicate: table(rel) },
    events: {
      micro: { ...total(evt), ...prf(total(evt)) },
      byType: table(evt),
      dateAccuracy: datesMatched ? datesRight / datesMatched : 0,
    },
    required,
    details,
  };
  if (asJson) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  const f = (x: number): string => x.toFixed(3);
  const row = (name: string, c: Counts): string => {
    const s = prf(c);
    return `| ${name.padEnd(24)} | ${String(c.tp).padStart(3)} | ${String(c.fp).padStart(3)} | ${String(c.fn).padStart(3)} | ${f(s.p)} | ${f(s.r)} | ${f(s.f1)} |`;
  };
  const lines = [
    '| score                    |  tp |  fp |  fn |     P |     R |    F1 |',
    '|---|---|---|---|---|---|---|',
  ];
  lines.push(row('ENTITIES (micro)', total(ent)));
  for (const [k, c] of [...ent].sort()) lines.push(row(`  ${k}`, c));
  lines.push(row('RELATIONS (micro)', total(rel)));
  for (const [k, c] of [...rel].sort()) lines.push(row(`  ${k}`, c));
  lines.push(row('EVENTS (micro)', total(evt)));
  for (const [k, c] of [...evt].sort()) lines.push(row(`  ${k}`, c));
  lines.push(
    '',
    `event date accuracy (matched events): ${f(report.events.dateAccuracy)}`,
    `extract time, 4 articles: ${report.extractMs} ms (extractor ${extractor})`,
    '',
  );
  for (const [k, v] of Object.entries(required)) lines.push(`${v ? 'PASS' : 'FAIL'}  ${k}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
