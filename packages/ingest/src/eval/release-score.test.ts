// The port gives score.py's figures: both score one fixture folder written here (invented articles).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { prf, scoreArticle, sumScores, systemOf } from './release-score.js';
import type { Gold } from './release-score.js';

const scorer = resolve(import.meta.dirname, '../../../../../shared/eval/score.py');

const gold: Record<string, Gold> = {
  x1: {
    entities: [
      { name: 'سامر الحداد', aliases: ['الحداد'], type: 'PERSON', canonical: 'Samer Haddad' },
      { name: 'ليلى نور', aliases: [], type: 'PERSON', canonical: 'Layla Nour' },
      { name: 'مدينة الواحة', aliases: ['الواحة'], type: 'LOCATION', canonical: 'Wahat' },
      { name: 'حزب النخيل', aliases: [], type: 'ORG', canonical: 'Palm Party' },
    ],
    relations: [
      { subject: 'Samer Haddad', predicate: 'MET', object: 'Layla Nour', role: null },
      { subject: 'Samer Haddad', predicate: 'MEMBER_OF', object: 'Palm Party', role: null },
      { subject: 'Samer Haddad', predicate: 'MEMBER_OF', object: 'Palm Party', role: null },
      { subject: 'Palm Party', predicate: 'LOCATED_IN', object: 'Wahat', role: null },
    ],
    events: [
      { type: 'MEETING', participants: ['Samer Haddad', 'Layla Nour'], location: 'Wahat' },
      { type: 'ATTACK', participants: [], location: 'Wahat' },
    ],
  },
  x2: {
    entities: [
      { name: 'Tom Brack', aliases: ['Brack'], type: 'PERSON', canonical: 'Tom Brack' },
      { name: 'Elmora', aliases: [], type: 'LOCATION', canonical: 'Elmora' },
    ],
    relations: [{ subject: 'Tom Brack', predicate: 'VISITED', object: 'Elmora', role: null }],
    events: [{ type: 'VISIT', participants: ['Tom Brack'], location: 'Elmora' }],
  },
};

const entity = (id: string, type: string, name: string, aliases: string[] = [], nameEn = ''): object => ({
  kind: 'entity',
  id,
  type,
  name,
  nameEn,
  aliases,
});
const system: Record<string, object[]> = {
  x1: [
    entity('p1', 'PERSON', 'الحدّاد', ['والحداد']),
    entity('p2', 'PERSON', 'السيدة ليلى نور'),
    entity('p3', 'PERSON', 'ليلى'),
    entity('l1', 'LOCATION', 'الواحة'),
    entity('o1', 'LOCATION', '«حزب النخيل»'),
    { kind: 'relation', subject: 'p2', predicate: 'MET', object: 'p1' },
    { kind: 'relation', subject: 'p1', predicate: 'MEMBER_OF', object: 'o1' },
    { kind: 'relation', subject: 'p1', predicate: 'MEMBER_OF', object: 'o1' },
    { kind: 'relation', subject: 'l1', predicate: 'LOCATED_IN', object: 'o1' },
    { kind: 'event', type: 'MEETING', participants: ['p1', 'p3'], location: null },
    { kind: 'event', type: 'ATTACK', participants: [], location: 'l1' },
    { kind: 'event', type: 'ATTACK', participants: ['p3'], location: 'l1' },
  ],
  x2: [
    entity('e1', 'PERSON', 'Brack', [], 'Tom Brack'),
    entity('e2', 'ORGANIZATION', 'Elmora'),
    { kind: 'relation', subject: 'e1', predicate: 'VISITED', object: 'e2' },
    { kind: 'event', type: 'VISIT', participants: ['e1'], location: 'e2' },
  ],
};

describe('release scorer port', () => {
  it.each([
    [0.0625, 0.062],
    [0.0635, 0.064],
    [2 / 3, 0.667],
  ])('rounds %p as Python does (%p)', (x, want) => {
    expect(prf([x * 10000, 10000, 0, 0]).p).toBe(want);
  });

  (existsSync(scorer) ? it : it.skip)('gives score.py totals on a fixture folder', () => {
    const sysDir = mkdtempSync(join(tmpdir(), 'score-sys-'));
    const goldDir = mkdtempSync(join(tmpdir(), 'score-gold-'));
    for (const [name, g] of Object.entries(gold)) {
      writeFileSync(join(goldDir, `${name}.json`), JSON.stringify(g));
      writeFileSync(join(sysDir, `${name}.jsonl`), (system[name] ?? []).map((l) => JSON.stringify(l)).join('\n'));
    }
    const py = JSON.parse(execFileSync('python3', [scorer, sysDir, goldDir, '--json'], { encoding: 'utf8' })) as {
      total: Record<string, unknown>;
      per: Record<string, Record<string, number[]>>;
    };
    const per = Object.fromEntries(
      Object.entries(gold).map(([name, g]) => [
        name,
        scoreArticle(systemOf(system[name] as object[] as Record<string, unknown>[]), g),
      ]),
    );
    const total = sumScores(Object.values(per));
    expect({ ent: prf(total.ent), rel: prf(total.rel), evt: prf(total.evt) }).toEqual(py.total);
    for (const [name, s] of Object.entries(per)) expect({ ent: s.ent, rel: s.rel, evt: s.evt }).toEqual(py.per[name]);
    // The fixture reaches every branch that matters: a surname match, a mistyped alignment, an unordered
    // MET, a duplicate, an event matched by its place alone.
    expect(total.rel[0]).toBeGreaterThan(0);
    expect(total.ent[0]).toBeLessThan(total.ent[1]);
  });
});
