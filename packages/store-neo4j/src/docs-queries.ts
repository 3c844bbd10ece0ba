// Reads the analyst queries out of docs/cypher.md (sections "## N. Title" with a cypher and a json block),
// so the integration test runs exactly what the page shows.
import { readFileSync } from 'node:fs';

export interface DocQuery {
  number: number;
  title: string;
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * Every numbered query of the markdown file, in order.
 * @example parseDocQueries(readFileSync('docs/cypher.md', 'utf8'))[0]?.title // 'Who met X'
 */
export function parseDocQueries(markdown: string): DocQuery[] {
  return markdown
    .split(/^## /m)
    .slice(1)
    .flatMap((section) => {
      const heading = /^(\d+)\.\s+(.+)$/m.exec(section);
      if (!heading) return [];
      const cypher = /```cypher\n([\s\S]*?)```/.exec(section)?.[1]?.trim();
      const json = /Parameters:\s*```json\n([\s\S]*?)```/.exec(section)?.[1];
      if (!cypher || json === undefined)
        throw new Error(`docs: query ${heading[1]} needs a cypher block and a Parameters json block`);
      return [
        {
          number: Number(heading[1]),
          title: (heading[2] ?? '').trim(),
          cypher,
          params: JSON.parse(json) as Record<string, unknown>,
        },
      ];
    });
}

/** The queries of the repository's docs/cypher.md. */
export function loadDocQueries(path = new URL('../../../docs/cypher.md', import.meta.url)): DocQuery[] {
  return parseDocQueries(readFileSync(path, 'utf8'));
}
