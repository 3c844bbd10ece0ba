// Every Cypher the store builds is parameterised: a compiler-based scan of the package's non-test sources finds
// no value spliced into Cypher text — only constants, validated vocabulary (labels/relationship types from the
// closed EntityType/Predicate enums), numbers, and fragment builders called with those. The scan is shown to
// catch the mistakes it exists for on planted sources, so a pass means something.
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, jest } from '@jest/globals';
import { scanCypher, sourceLine } from './cypher-scan.fixtures.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const TEST_FILE = /\.(test|fixtures|fake)\.ts$|\.d\.ts$/;
// lucene.ts builds a Lucene query string (full-text search syntax) that travels as the `$lucene` parameter,
// never as Cypher text; its escaping of Lucene syntax is tested in cypher/lucene.test.ts.
const NOT_CYPHER = new Set(['cypher/lucene.ts']);

jest.setTimeout(120_000);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__snapshots__' ? [] : sources(path);
    const own = path.slice(SRC.length);
    return name.endsWith('.ts') && !TEST_FILE.test(name) && !NOT_CYPHER.has(own) ? [path] : [];
  });
}

describe('Cypher built by @shabaka/store-neo4j', () => {
  it('scans every non-test source file, including the builders', () => {
    const files = sources(SRC).map((f) => f.slice(SRC.length));
    expect(files).toEqual(expect.arrayContaining(['cypher/upsert.ts', 'cypher/read-graph.ts', 'neo4j-store.ts']));
  });

  it('splices no value into Cypher text', () => {
    const findings = scanCypher(sources(SRC), ['/src/cypher/']);
    const report = findings.map(
      (f) => `${f.file.slice(SRC.length)}:${f.line} \${${f.expression}} in ${sourceLine(f.file, f.line)}`,
    );
    expect(report).toEqual([]);
  });
});

describe('the scan itself', () => {
  const planted = `
import { entityLabel, predicateAlternation } from '${join(SRC, 'cypher/statement.js')}';
type Kind = 'MET' | 'VISITED';
const LIMIT = 10;
export function bad1(name: string) { return { cypher: \`MATCH (n {name: '\${name}'}) RETURN n\`, params: {} }; }
export function bad2(label: string) { return 'MATCH (n:' + label + ') RETURN n'; }
export function bad3(q: { id: string }) { return \`MATCH (n) WHERE n.id = "\${q.id}" RETURN n\`; }
export function bad4(types: string[]) { return \`MATCH ()-[r:\${types.join('|')}]->() RETURN r\`; }
export function bad5(x: string) { return \`MATCH (n:\${x as Kind}) RETURN n\`; }
export function ok1(type: string) { return \`MATCH (n:\${entityLabel(type)}) RETURN n LIMIT \${LIMIT}\`; }
export function ok2(ps: string[], depth: number) { return \`MATCH p = ()-[:\${predicateAlternation(ps)}*1..\${depth}]-() RETURN p\`; }
export function ok3(kind: Kind) { return \`MATCH ()-[r:\${kind}]->() RETURN r\`; }
function frag(v: string) { return \`\${v} {.id}\`; }
export function ok4() { return \`MATCH (n) RETURN \${frag('n')}\`; }
export function bad6(user: string) { return \`MATCH (n) RETURN \${frag(user)}\`; }
`;

  it('reports spliced values and passes validated ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shabaka-scan-'));
    const file = join(dir, 'planted.ts');
    writeFileSync(file, planted);
    const found = scanCypher([file]).map((f) => f.expression);
    expect(found).toEqual(['name', 'label', 'q.id', "types.join('|')", 'x as Kind', 'frag(user)']);
  });
});
