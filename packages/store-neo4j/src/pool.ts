// inPool: runs async work over a list with a bounded number of calls in flight (parallel write batches).

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
