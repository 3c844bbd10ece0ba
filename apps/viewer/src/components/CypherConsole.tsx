// The Cypher console: CodeMirror with Cypher highlighting and autocompletion; results on the graph and in a table.
import { CypherEditor } from '@neo4j-cypher/react-codemirror';
import { useState } from 'react';
import { useAppState, useSession } from './use-session.js';

const EXAMPLE = 'MATCH (a:Entity)-[r:MET]-(b:Entity) RETURN a, r, b LIMIT 50';

/** Autocompletion vocabulary: our labels, relationship types and properties (DESIGN.md "Graph model"). */
const SCHEMA = {
  labels: [':Entity', ':Person', ':Organization', ':Location', ':Event', ':Article', ':Sentence'],
  relationshipTypes: [
    ':MET',
    ':SPOKE_WITH',
    ':HOLDS_ROLE',
    ':MEMBER_OF',
    ':LEADS',
    ':LOCATED_IN',
    ':ATTENDED',
    ':VISITED',
    ':PARTICIPATED_IN',
    ':OCCURRED_IN',
    ':MENTIONS',
    ':HAS_SENTENCE',
  ],
  propertyKeys: ['id', 'name', 'nameEn', 'aliases', 'type', 'date', 'weight', 'role', 'title', 'source', 'text'],
};

/** A table cell: nodes and relationships by their names and types, other values as JSON. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  const record = value as { labels?: unknown; type?: unknown; properties?: Record<string, unknown> };
  const props = record.properties;
  if (props && Array.isArray(record.labels)) {
    const name = [props['name'], props['nameEn']].filter((v) => typeof v === 'string').join(' / ');
    return `(:${record.labels.join(':')} ${name || String(props['id'] ?? props['title'] ?? '')})`;
  }
  if (props && typeof record.type === 'string') {
    return `[:${record.type}${typeof props['role'] === 'string' ? ` ${props['role']}` : ''}]`;
  }
  return JSON.stringify(value);
}

export default function CypherConsole() {
  const session = useSession();
  const health = useAppState((s) => s.health);
  const result = useAppState((s) => s.cypher);
  const [query, setQuery] = useState(EXAMPLE);
  const supported = health.type === 'ready' ? health.value.cypher : true;

  if (!supported) {
    return (
      <section className="panel cypher" data-testid="cypher-console">
        <p className="notice" data-testid="cypher-unsupported">
          The Cypher console needs Neo4j: this server runs the embedded SQLite store. Start it with{' '}
          <code>shabaka serve --store neo4j://127.0.0.1:7687</code> to query with Cypher. Search, expand, paths and
          filters work on both stores.
        </p>
      </section>
    );
  }

  return (
    <section className="panel cypher" data-testid="cypher-console">
      <div className="cypher-editor" data-testid="cypher-editor">
        <CypherEditor
          value={query}
          onValueChanged={(value: string) => setQuery(value)}
          schema={SCHEMA}
          lineNumbers={false}
          theme="light"
          placeholder="MATCH (n:Person) RETURN n LIMIT 25"
          onKeyDown={(event: KeyboardEvent) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void session.runCypher(query);
          }}
        />
      </div>
      <div className="row">
        <button
          data-testid="cypher-run"
          disabled={result.type === 'loading' || !query.trim()}
          onClick={() => void session.runCypher(query)}
        >
          Run (Ctrl+Enter)
        </button>
        {result.type === 'loading' && <span className="loading">Running…</span>}
        {result.type === 'ready' && (
          <span data-testid="cypher-summary">
            {result.value.rows.length} rows · {result.value.graph.nodes.length} nodes drawn
            {result.value.truncated ? ' · truncated by the row cap' : ''}
          </span>
        )}
      </div>
      {result.type === 'error' && (
        <p className="error" data-testid="cypher-error">
          {result.message}
          {result.hint ? ` — ${result.hint}` : ''}
        </p>
      )}
      {result.type === 'ready' && result.value.columns.length > 0 && (
        <div className="table-wrap">
          <table data-testid="cypher-table">
            <thead>
              <tr>
                {result.value.columns.map((c) => (
                  <th key={c}>{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.value.rows.slice(0, 200).map((row, i) => (
                <tr key={i}>
                  {row.map((value, j) => (
                    <td key={j} dir="auto">
                      {cell(value)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
