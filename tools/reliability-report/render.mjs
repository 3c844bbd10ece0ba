// `pnpm reliability:report` renders the table of docs/reliability.md (between its markers) from the last run:
// jest's JSON results (.artifacts/reliability/jest.json: pass/fail per test file) and the figures the tests
// wrote (.artifacts/reliability/<name>.json).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.join(repo, '.artifacts', 'reliability');
const doc = path.join(repo, 'docs', 'reliability.md');

function read(name) {
  const file = path.join(dir, `${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const jest = read('jest');
if (!jest) throw new Error('reliability-report: run the tests first (.artifacts/reliability/jest.json is missing)');
function result(file) {
  const suite = jest.testResults.find((t) => t.name.endsWith(file));
  if (!suite) return 'not run';
  const tests = suite.assertionResults;
  const passed = tests.filter((t) => t.status === 'passed').length;
  return `${passed === tests.length ? 'pass' : '**FAIL**'} (${passed}/${tests.length} tests)`;
}
const kills = (f) => f.seeds.map((s) => `${s.committedAtKill}`).join(', ');
const p95 = (f) => f.endpoints.map((e) => `${e.name} ${e.requests} req / ${e.errors} errors / p95 ${e.p95} ms`);

/** [scenario, test file, figure(figures) or text]. */
const SCENARIOS = [
  [
    'SIGKILL at 3 seeded points, restart (SQLite)',
    'apps/cli/src/reliability/crash-sqlite.reliability.int.test.ts',
    'crash-sqlite',
    (f) =>
      `${f.documents} docs; killed after ${kills(f)} committed; ${f.rowsCompared} rows / ${f.properties} values identical to a clean run; CLI peak RSS ${f.peakRssMb} MB`,
  ],
  [
    'SIGKILL at 3 seeded points, restart (Neo4j)',
    'apps/cli/src/reliability/crash-neo4j.reliability.int.test.ts',
    'crash-neo4j',
    (f) =>
      `${f.documents} docs; killed after ${kills(f)} committed; ${f.linesCompared} slice lines / ${f.properties} properties identical (${f.counts.Article} articles, ${f.counts.Entity} entities, ${f.counts.RELATION} relationships, ${f.counts.MENTIONS} mentions)`,
  ],
  [
    'Neo4j stopped mid-ingest, restarted (own instance, free port)',
    'apps/cli/src/reliability/neo4j-restart.reliability.int.test.ts',
    'neo4j-restart',
    (f) =>
      `stopped at ${f.committedAtStop}/${f.documents}; the run gave up after ${f.interruptedRunSeconds} s (driver retries) with exit 1 and one line: "${f.message.replace(/: Could not perform[^(]*/, ': …')}"; resumed run: ${f.linesCompared} lines identical to a clean run`,
  ],
  [
    'two overlapping ingests at once (SQLite)',
    'apps/cli/src/reliability/concurrent-ingest.reliability.int.test.ts',
    'concurrent-sqlite',
    (f) =>
      `${f.documents} docs, ${f.overlap} in both inputs (written by both: ${f.written.join(' + ')}); ${f.rowsCompared} rows identical to one sequential run`,
  ],
  [
    'two overlapping ingests at once (Neo4j)',
    'apps/cli/src/reliability/concurrent-ingest.reliability.int.test.ts',
    'concurrent-neo4j',
    (f) =>
      `${f.documents} docs, ${f.overlap} in both (written ${f.written.join(' + ')}); ${f.linesCompared} slice lines identical to one sequential run`,
  ],
  [
    'server under load (loopback, SQLite, 5k entities)',
    'apps/server/src/security/load.reliability.int.test.ts',
    'load',
    (f) =>
      `${f.connections} connections × ${f.secondsPerEndpoint} s per endpoint: ${p95(f).join('; ')}; server peak RSS ${f.serverPeakRssMb} MB`,
  ],
  [
    'bad-input corpus through `shabaka ingest`',
    'apps/cli/src/reliability/bad-input-cli.reliability.int.test.ts',
    'bad-input-cli',
    (f) =>
      `${f.files} files (50 MB line, 3 encodings, NUL, deep JSON ×2, broken JSONL, HTML bombs ×2, ${f.feedItems}-item feed, hostile names…): ${f.issues} issues reported, ${f.documentsStored} documents stored (all readable ones), peak RSS ${f.peakRssMb} MB`,
  ],
  [
    'bad-input corpus through the readers (3 000-item feed)',
    'packages/ingest/src/readers/bad-input/readers.bad-input.test.ts',
    null,
    'each file read or refused with its code; 50 MB on stdin refused after reading 4 MB + 1 byte',
  ],
  [
    'reader and normaliser properties (fast-check)',
    'packages/ingest/src/readers/bad-input/reader-properties.bad-input.test.ts',
    null,
    'hostile strings (bidi, ZWJ, NUL, lone surrogates, quotes, braces): no throw, one result per JSONL line, offsets map back',
  ],
  [
    'no Cypher built from values (compiler-based scan)',
    'packages/store-neo4j/src/security/cypher-concat.security.int.test.ts',
    null,
    'every template/concatenation in store-neo4j/src: 0 findings; the scan catches 6/6 planted mistakes',
  ],
  [
    'console refuses writes, schema, LOAD CSV, APOC, `;`; timeout; row cap (store)',
    'packages/store-neo4j/src/security/console.security.int.test.ts',
    null,
    '25 hostile queries refused, probe label count 0 after; CYPHER_TIMEOUT at 1.5 s; 50-row cap',
  ],
  [
    'same through `POST /api/cypher`',
    'apps/server/src/security/cypher-http.security.int.test.ts',
    null,
    '25 × 400 with code and hint; 504 CYPHER_TIMEOUT; truncated at 50 rows',
  ],
  [
    'loopback bind, body limit, zod 400 on every parameter, CORS, token',
    'apps/server/src/security/http.security.int.test.ts',
    null,
    'every route of ROUTE_DOCS × 8 hostile values per query parameter: 400 or harmless, never 500; 413 over 2 MB; 401 on all 13 routes without/with a wrong token',
  ],
  [
    'OpenAPI-driven fuzzing of every operation (fast-check; schemathesis by hand: apps/server/schemathesis.toml)',
    'apps/server/src/security/openapi-fuzz.reliability.int.test.ts',
    null,
    '40 seeded requests per operation of /openapi.json (schema values + hostile values, odd content types): every status documented, no undocumented 5XX, JSON error bodies; wrong methods 405 with Allow',
  ],
  [
    '`shabaka serve` default bind and `--token`',
    'apps/cli/src/reliability/serve-token.security.int.test.ts',
    null,
    '127.0.0.1; 401 without/with a wrong token, refused ingest wrote nothing',
  ],
  [
    'viewer escapes text (`<img src=x onerror=alert(1)>` entity, `<script>` title)',
    'apps/viewer/src/e2e/viewer-sqlite.e2e.test.ts',
    null,
    'e2e test of the viewer engineer (Chromium): no dialog, no `<img>` element, the name shown as text',
  ],
];

const rows = SCENARIOS.map(([scenario, file, figures, figure]) => {
  const data = figures ? read(figures) : null;
  const text = typeof figure === 'function' ? (data ? figure(data) : 'no figures (test not run)') : figure;
  return `| ${scenario} | \`${file.split('/').pop()}\` | ${result(file)} | ${text.replace(/\|/g, '\\|')} |`;
});
const table = ['| scenario | test | result | figure (last run) |', '| --- | --- | --- | --- |', ...rows].join('\n');
const when = new Date(jest.startTime).toISOString().slice(0, 16).replace('T', ' ');
const stamp = `Last run: ${when} UTC, ${jest.numPassedTests}/${jest.numTotalTests} tests passed.`;
const text = readFileSync(doc, 'utf8');
const start = '<!-- figures:start -->';
const end = '<!-- figures:end -->';
if (!text.includes(start) || !text.includes(end))
  throw new Error(`reliability-report: ${doc} lacks the figure markers`);
writeFileSync(
  doc,
  `${text.slice(0, text.indexOf(start) + start.length)}\n${stamp}\n\n${table}\n${text.slice(text.indexOf(end))}`,
);
console.log(`reliability-report: ${rows.length} rows written to docs/reliability.md`);
