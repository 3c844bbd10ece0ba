// The bad-input corpus through the real `shabaka ingest` (child process): every bad file is reported with a
// clear line in --errors, every readable document is stored (nothing else lost), the process neither crashes
// nor grows (peak RSS measured; the 50 MB file is never loaded), and hostile text reaches Neo4j verbatim.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import Database from 'better-sqlite3';
import {
  CYPHER_TEXT,
  HOSTILE_NAME,
  writeBadFiles,
} from '../../../../packages/ingest/src/readers/bad-input/bad-files.fixtures.js';
import { requireBuiltCli } from '../cli.fixtures.js';
import { runCli } from './child-run.fixtures.js';
import { recordFigures } from './figures.fixtures.js';
import { NEO4J, sliceSession } from './neo4j-slice.fixtures.js';
import { documentIds, writeJsonl } from './synthetic-news.fixtures.js';

const FEED_ITEMS = 300;
/** Far above what ingesting these small documents needs (~300 MB), far below holding the 50 MB file as text. */
const RSS_BOUND_MB = 900;

jest.setTimeout(240_000);
beforeAll(() => requireBuiltCli());

describe('shabaka ingest over the bad-input corpus (SQLite)', () => {
  it('reports each bad file, stores every readable document, stays within bounded memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shabaka-bad-cli-'));
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    const files = writeBadFiles(corpus, FEED_ITEMS);
    const expectedIds = new Set(await documentIds([corpus]));
    const db = join(dir, 'g.db');
    const errors = join(dir, 'errors.jsonl');
    const run = await runCli([
      'ingest',
      corpus,
      '--store',
      `sqlite:${db}`,
      '--errors',
      errors,
      '--workers',
      '1',
      '--no-progress',
    ]);
    expect(run.signal).toBeNull();
    expect(run.code).toBe(2); // some inputs failed, each reported; not a crash (1) nor a silent success (0)

    const issues = readFileSync(errors, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { input: string; code: string; reason: string; line?: number });
    for (const file of files) {
      const own = issues.filter((i) => i.input === join(corpus, file.name)).map((i) => i.code);
      expect({ file: file.name, codes: own }).toEqual({ file: file.name, codes: file.issues });
    }
    for (const issue of issues) {
      expect(run.stderr).toContain(`${issue.code} ${issue.reason}`);
      expect(issue.reason).not.toMatch(/Maximum call stack|undefined|\[object/);
    }

    const store = new Database(db, { readonly: true });
    const stored = new Set((store.prepare('SELECT id FROM articles').all() as { id: string }[]).map((r) => r.id));
    const sentences = (store.prepare('SELECT text FROM sentences').all() as { text: string }[]).map((r) => r.text);
    store.close();
    expect(stored).toEqual(expectedIds);
    expect(sentences.join('\n')).toContain('MATCH (n) DETACH DELETE n; CALL db.clear()');
    expect(sentences.some((s) => s.includes(HOSTILE_NAME))).toBe(true);
    expect(run.peakRssMb).toBeGreaterThan(0);
    expect(run.peakRssMb).toBeLessThan(RSS_BOUND_MB);
    recordFigures('bad-input-cli', {
      files: files.length,
      feedItems: FEED_ITEMS,
      issues: issues.length,
      documentsStored: stored.size,
      peakRssMb: run.peakRssMb,
      seconds: Math.round(run.ms / 100) / 10,
      codes: Object.fromEntries(files.map((f) => [f.name, f.issues.length ? f.issues.join(',') : `${f.docs} docs`])),
    });
  });
});

describe('hostile text into Neo4j', () => {
  const neo = sliceSession();

  it('stores bidi controls, joiners and Cypher metacharacters as plain text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shabaka-bad-neo4j-'));
    const marker = `run${Date.now().toString(36)}`;
    const input = writeJsonl(dir, 'hostile.jsonl', [
      { title: `${HOSTILE_NAME} ${marker}`, text: `وزير الخارجية ${HOSTILE_NAME} زار أنقرة يوم الخميس. ${marker}` },
      { title: `O'Neil \`x\` } // ${marker}`, text: `${CYPHER_TEXT} ${marker}` },
    ]);
    const ids = await documentIds([input]);
    neo.ids = ids;
    const run = await runCli(['ingest', input, '--store', NEO4J.uri, '--workers', '1', '--no-progress'], {
      env: { NEO4J_USER: NEO4J.user, NEO4J_PASSWORD: NEO4J.password },
    });
    expect(run.code).toBe(0);
    const { records } = await neo.driver.executeQuery(
      'MATCH (a:Article)-[:HAS_SENTENCE]->(s) WHERE a.id IN $ids RETURN a.title AS title, s.text AS text',
      { ids },
    );
    const titles = new Set(records.map((r) => r.get('title') as string));
    const texts = records.map((r) => r.get('text') as string).join('\n');
    expect(titles).toEqual(new Set([`${HOSTILE_NAME} ${marker}`, `O'Neil \`x\` } // ${marker}`]));
    expect(texts).toContain("Minister O'Neil said `x` })");
    expect(texts).toContain('MATCH (n) DETACH DELETE n; CALL db.clear()');
    expect(texts).toContain(HOSTILE_NAME.trim());
  });
});
