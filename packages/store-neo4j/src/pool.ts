// inPool: runs async work over a list with a bounded number of calls in flight (parallel write batches);
// roundRobin: orders grouped work so that neighbours in the list, which run at the same time, differ in group.

/**
 * Runs `work` over `items` with at most `limit` calls in flight; after the first failure no new call starts,
 * and that failure is thrown once the calls in flight have settled.
 * @example await inPool(statements, 2, (s) => executor.write(s))
 */
export async function inPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async (): Promise<void> => {
    while (failure === null && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure !== null) throw (failure as { error: unknown }).error;
}

/**
 * The first item of every group, then the second of every group, and so on. `inPool` runs neighbouring items
 * at the same time, and two relationship batches of one type contend on that type's key index: relationship
 * batches in this order ran at 20.3k rel/s against 18.8k grouped by predicate (4 alternating bench runs each).
 * @example roundRobin([['a1', 'a2'], ['b1']]) // ['a1', 'b1', 'a2']
 */
export function roundRobin<T>(groups: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...groups.map((g) => g.length));
  for (let i = 0; i < longest; i++) for (const g of groups) if (i < g.length) out.push(g[i]!);
  return out;
}
