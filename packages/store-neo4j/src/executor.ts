// Runs statements through managed transactions (the driver retries transient errors) and turns
// records into plain JSON-safe objects.
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { UpsertSummary } from '@shabaka/schema';
import type { Statement } from './cypher/statement.js';
import { GraphCollector, toPlain } from './convert.js';
import { toShabakaError } from './driver-errors.js';

/** Top-level integers are limits: send them as Cypher INTEGER, not FLOAT (JS numbers default to FLOAT). */
function params(statement: Statement): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(statement.params).map(([k, v]) => [
      k,
      typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v,
    ]),
  );
}

/** Records → plain objects keyed by column. */
export function plainRecords(result: QueryResult): Record<string, unknown>[] {
  const graph = new GraphCollector();
  return result.records.map((r) => toPlain(r.toObject(), graph) as Record<string, unknown>);
}

/**
 * Runs one statement inside a transaction and returns its plain rows.
 * @example const rows = await runIn(tx, statsStatement())
 */
export async function runIn(tx: ManagedTransaction, statement: Statement): Promise<Record<string, unknown>[]> {
  return plainRecords(await tx.run(statement.cypher, params(statement)));
}

export class Executor {
  constructor(
    readonly driver: Driver,
    readonly uri: string,
    readonly database: string | undefined,
  ) {}

  /**
   * Work inside one read transaction.
   * @example await executor.read((tx) => runIn(tx, statsStatement()))
   */
  async read<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work, timeoutMs === undefined ? {} : { timeout: timeoutMs });
    } catch (error) {
      throw toShabakaError(error, { uri: this.uri, ...(timeoutMs === undefined ? {} : { timeoutMs }) });
    } finally {
      await session.close();
    }
  }

  /**
   * Runs `statement` in a read transaction and, once the server has accepted it, `local` on this thread while
   * the server works: on two cores the upsert's reference check (≈0.3 s per 100k relations) then overlaps the
   * rows being built instead of preceding them. `local` runs once even if the driver retries the read.
   * @example const { rows, local } = await executor.readAlongside(missingEntitiesStatement(ids), () => toUpsertRows(result))
   */
  async readAlongside<T>(statement: Statement, local: () => T): Promise<{ rows: Record<string, unknown>[]; local: T }> {
    let done: { value: T } | undefined;
    const rows = await this.read(async (tx) => {
      const result = tx.run(statement.cypher, params(statement));
      await result.keys();
      done ??= { value: local() };
      return plainRecords(await result);
    });
    return { rows, local: done!.value };
  }

  /**
   * Work inside one write transaction (retried by the driver on transient errors, so it must be re-runnable).
   * @example await executor.transaction(async (tx) => runCounted(tx, mergeArticles(rows)))
   */
  async transaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work);
    } catch (error) {
      throw toShabakaError(error, { uri: this.uri });
    } finally {
      await session.close();
    }
  }

  /**
   * One statement in its own write transaction; returns Neo4j's update counters.
   * @example await executor.write(mergeArticles(rows))
   */
  async write(statement: Statement): Promise<UpsertSummary> {
    return this.transaction((tx) => runCounted(tx, statement));
  }
}

/**
 * Runs one statement inside a transaction and returns Neo4j's update counters.
 * @example const { relationshipsCreated } = await runCounted(tx, createRelations('MET', rows))
 */
export async function runCounted(tx: ManagedTransaction, statement: Statement): Promise<UpsertSummary> {
  const result = await tx.run(statement.cypher, params(statement));
  const c = result.summary.counters.updates();
  return { nodesCreated: c.nodesCreated, relationshipsCreated: c.relationshipsCreated, propertiesSet: c.propertiesSet };
}
