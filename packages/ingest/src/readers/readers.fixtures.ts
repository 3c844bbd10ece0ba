// Test helpers for readers: a default context and a collector for sync or async reader output.
import type { ReadResult } from './read-result.js';
import type { ReaderContext } from './reader-context.js';

export function context(overrides: Partial<ReaderContext> = {}): ReaderContext {
  return { input: 'fixture', lang: 'auto', map: {}, fetch: undefined, maxBytes: 20 * 1024 * 1024, ...overrides };
}

export async function collect(results: AsyncIterable<ReadResult> | Iterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}
