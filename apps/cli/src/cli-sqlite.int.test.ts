import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createSqliteStore } from '@shabaka/store-sqlite';
import { REPO, SHARED, requireBuiltCli, runShabaka } from './cli.fixtures.js';

interface GoldSegment {
  kind: 'article' | 'teaser';
  title: string;
}
const gold = JSON.parse(readFileSync(join(SHARED, 'eval/seed/segments.json'), 'utf8')) as GoldSegment[];
const PAGE = join(REPO, 'examples/asharq-page.txt');

jest.setTimeout(120_000);
beforeAll(() => requireBuiltCli());

function tempStore(): string {
  return `sqlite:${join(mkdtempSync(join(tmpdir(), 'shabaka-cli-')), 'g.db')}`;
}

describe('shabaka on the seed page (SQLite)', () => {
  it('extract --format jsonl yields the gold 4 articles and 5 teasers with their titles', async () => {
    const r = await runShabaka(['extract', PAGE, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const docs = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string; title: string; docKind: string })
      .filter((l) => l.kind === 'document');
    expect(docs.map((d) => [d.docKind, d.title])).toEqual(gold.map((g) => [g.kind, g.title]));
  });

  it('ingest stores 9 documents; running it twice leaves the store unchanged', async () => {
    const store = tempStore();
    const first = await runShabaka(['ingest', PAGE, '--store', store, '--workers', '1']);
    expect(first.code).toBe(0);
    const stats1 = await runShabaka(['stats', '--json', '--store', store]);
    const before = JSON.parse(stats1.stdout) as Record<string, unknown>;
    expect(before).toMatchObject({ documents: 9 });
    expect(before.entities).toEqual(expect.any(Number));
    const second = await runShabaka(['ingest', PAGE, '--store', store]);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/skipped \(already stored\)\s+9/);
    expect(second.stderr).toMatch(/written\s+0/);
    expect(JSON.parse((await runShabaka(['stats', '--json', '--store', store])).stdout)).toEqual(before);
  });

  it('extract --out writes <name>.jsonl per input', async () => {
    const out = mkdtempSync(join(tmpdir(), 'shabaka-out-'));
    const r = await runShabaka(['extract', PAGE, join(REPO, 'examples/english-sample.txt'), '--out', out]);
    expect(r.code).toBe(0);
    const english = readFileSync(join(out, 'english-sample.jsonl'), 'utf8').trim().split('\n');
    expect(JSON.parse(english[0] as string)).toMatchObject({
      kind: 'document',
      title: 'Foreign ministers meet in Ankara to discuss regional security',
      lang: 'en',
    });
    expect(
      readFileSync(join(out, 'asharq-page.jsonl'), 'utf8')
        .split('\n')
        .filter((l) => l.includes('"kind":"document"')),
    ).toHaveLength(9);
  });
});

describe('shabaka export', () => {
  it('writes GEXF, GraphML, JSONL and neo4j-admin CSV with every entity', async () => {
    const store = tempStore();
    expect((await runShabaka(['ingest', join(REPO, 'examples'), '--store', store])).code).toBe(0);
    const stats = JSON.parse((await runShabaka(['stats', '--json', '--store', store])).stdout) as { entities: number };
    const out = mkdtempSync(join(tmpdir(), 'shabaka-export-'));
    for (const format of ['gexf', 'graphml', 'jsonl']) {
      const r = await runShabaka(['export', '--format', format, '--out', join(out, `g.${format}`), '--store', store]);
      expect(r.code).toBe(0);
    }
    expect(readFileSync(join(out, 'g.gexf'), 'utf8').match(/<node /g)).toHaveLength(stats.entities);
    expect(readFileSync(join(out, 'g.graphml'), 'utf8').match(/<node /g)).toHaveLength(stats.entities);
    const jsonl = readFileSync(join(out, 'g.jsonl'), 'utf8').trim().split('\n');
    expect(jsonl.filter((l) => (JSON.parse(l) as { kind: string }).kind === 'entity')).toHaveLength(stats.entities);
    expect((await runShabaka(['export', '--format', 'csv', '--out', join(out, 'csv'), '--store', store])).code).toBe(0);
    const nodes = readFileSync(join(out, 'csv', 'nodes.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(nodes[0]).toBe('id:ID,:LABEL,name,nameEn,subtype,aliases:string[],wikidata,iso');
    expect(nodes).toHaveLength(stats.entities + 1);
    const rels = readFileSync(join(out, 'csv', 'relationships.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(rels[0]).toBe(':START_ID,:END_ID,:TYPE,weight:float,role,modality,firstSeen,lastSeen');
  });
});

describe('shabaka ingest on a folder with bad inputs', () => {
  it('ingests the good files, reports each bad one, writes --errors and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shabaka-mixed-'));
    writeFileSync(join(dir, 'good.txt'), 'Ministers meet\n\nHakan Fidan met Ayman Safadi in Ankara on Thursday.');
    writeFileSync(
      join(dir, 'good.jsonl'),
      `${JSON.stringify({ title: 'A', text: 'Police arrested suspects in Istanbul.' })}\n${JSON.stringify({ title: 'B', text: 'Erdogan spoke with Trump.' })}\n{"title":"C","text":"Trunc`,
    );
    writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
    writeFileSync(join(dir, 'empty.txt'), '');
    const errors = join(dir, 'errors.jsonl');
    const store = tempStore();
    const r = await runShabaka(['ingest', dir, '--store', store, '--errors', errors, '--ignore', '**/errors.jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${dir}/empty.txt EMPTY`);
    expect(r.stderr).toContain(`${dir}/photo.jpg BINARY`);
    expect(r.stderr).toContain(`${dir}/good.jsonl:3 MALFORMED truncated last line`);
    const lines = readFileSync(errors, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { code: string });
    expect(lines.map((l) => l.code).sort()).toEqual(['BINARY', 'EMPTY', 'MALFORMED']);
    const stats = JSON.parse((await runShabaka(['stats', '--json', '--store', store])).stdout) as { documents: number };
    expect(stats.documents).toBe(3);
  });

  it('reads stdin with - and rejects bad flags with exit 1', async () => {
    const store = tempStore();
    const r = await runShabaka(['ingest', '-', '--store', store, '--lang', 'en'], {
      stdin: 'Title\n\nHakan Fidan met Ayman Safadi in Ankara.',
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/written\s+1/);
    const bad = await runShabaka(['ingest', '-', '--store', store, '--workers', 'many']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('ingest: --workers');
  });

  it('query explains that SQLite has no Cypher', async () => {
    const store = tempStore();
    await (await createSqliteStore({ path: store.slice('sqlite:'.length) })).close();
    const r = await runShabaka(['query', 'MATCH (n) RETURN n', '--store', store]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('query: the sqlite store has no Cypher');
  });
});
