// Contract case: curation. Every action changes the graph as asked, survives re-upserting the same articles and
// a new one naming the same entities, and its undo leaves the store answering exactly as an untouched copy of
// the same world does.
import { describe, expect, test } from '@jest/globals';
import type { CurationRecord, CurationRequestInput, GraphStore } from '@shabaka/schema';
import { ShabakaError } from '@shabaka/schema';
import type { ContractContext } from './contract-context.js';
import { edgesBetween } from './contract-context.js';
import { buildCurationWorld, snapshotWorld } from './curation-world.fixtures.js';
import type { CurationWorld } from './curation-world.fixtures.js';

/** A scenario is ~40 store calls, each a round trip to Neo4j on a busy machine. */
const TIMEOUT = 120_000;

type Scenario = {
  splitCase?: boolean;
  act: (w: CurationWorld) => CurationRequestInput[];
  /** What must hold after the decisions, after re-upserting the first articles and after the later one. */
  check: (store: GraphStore, w: CurationWorld, stage: 'acted' | 'reupserted' | 'later') => Promise<void>;
};

async function upsertAll(store: GraphStore, results: readonly CurationWorld['later'][]): Promise<void> {
  for (const r of results) await store.upsert(r);
}

export function curationCases(ctx: ContractContext): void {
  let n = 0;
  const worlds = (splitCase = false) => {
    n += 1;
    const base = `${ctx.tokens.prefix}cur${n}`;
    return {
      curated: buildCurationWorld(`${base}x_`, `${ctx.tokens.ar}${n}`, splitCase),
      control: buildCurationWorld(`${base}y_`, `${ctx.tokens.ar}${n}`, splitCase),
    };
  };

  const run = async ({ splitCase, act, check }: Scenario): Promise<CurationRecord[]> => {
    const { store } = ctx;
    const { curated, control } = worlds(splitCase);
    await upsertAll(store, [...control.before, control.later]);
    await upsertAll(store, curated.before);
    const records: CurationRecord[] = [];
    for (const request of act(curated)) records.push(await store.curate(request));
    await check(store, curated, 'acted');
    await upsertAll(store, curated.before);
    await check(store, curated, 'reupserted');
    await store.upsert(curated.later);
    await check(store, curated, 'later');
    const listed = (await store.curationRecords()).filter((r) => records.some((x) => x.id === r.id));
    expect(listed.map((r) => r.id)).toEqual(records.map((r) => r.id));
    for (const r of [...records].reverse())
      expect((await store.undoCuration(r.id, { by: 'tester' })).undone).toBe(true);
    expect(await snapshotWorld(store, curated)).toEqual(await snapshotWorld(store, control));
    return records;
  };

  describe('curation', () => {
    test(
      'merge moves names, mentions, relations and events onto the kept entity, and stays merged',
      async () => {
        const records = await run({
          act: (w) => [{ action: 'merge', keep: w.ids.ahmad, other: w.ids.abuAli, by: 'lina', why: 'same man' }],
          check: async (store, w, stage) => {
            expect(await store.entity(w.ids.abuAli)).toBeNull();
            const ahmad = await store.entity(w.ids.ahmad);
            expect(ahmad?.entity.name).toBe(w.names.ahmad);
            expect(ahmad?.entity.aliases).toContain(w.names.abuAli);
            const graph = await store.neighbors(w.ids.ahmad);
            expect(
              edgesBetween(graph, w.ids.ahmad, w.ids.sami)
                .map((e) => e.type)
                .sort(),
            ).toEqual(['MET', 'OPPOSES']);
            expect(graph.edges.filter((e) => e.source === e.target)).toEqual([]);
            const hits = await store.search(w.names.abuAli, { limit: 100 });
            expect(hits.filter((h) => h.id.startsWith(w.prefix)).map((h) => h.id)).toEqual([w.ids.ahmad]);
            if (stage === 'later') {
              expect(edgesBetween(graph, w.ids.ahmad, w.ids.karim, 'SUPPORTS')).toHaveLength(1);
              const events = await store.events({ participant: w.ids.ahmad });
              expect(events.map((e) => e.type).sort()).toEqual(['MEETING', 'STATEMENT']);
            }
          },
        });
        expect(records[0]).toMatchObject({ action: 'merge', by: 'lina', why: 'same man', undone: false });
      },
      TIMEOUT,
    );

    test(
      'split gives the mentions of one name their own entity, with the facts of their sentences',
      async () => {
        let newId = '';
        const records = await run({
          splitCase: true,
          act: (w) => [{ action: 'split', id: w.ids.ahmad, name: w.names.abuAli, nameEn: 'Abu Ali' }],
          check: async (store, w, stage) => {
            const ahmad = await store.entity(w.ids.ahmad);
            expect(ahmad?.entity.aliases).not.toContain(w.names.abuAli);
            const hits = (await store.search(w.names.abuAli, { limit: 100 })).filter((h) => h.id.startsWith(w.prefix));
            expect(hits.map((h) => h.id)).not.toContain(w.ids.ahmad);
            newId = hits[0]?.id ?? '';
            const abuAli = await store.entity(newId);
            expect(abuAli?.entity).toMatchObject({ name: w.names.abuAli, nameEn: 'Abu Ali', type: 'PERSON' });
            expect(abuAli?.entity.mentionCount).toBe(stage === 'later' ? 2 : 1);
            const graph = await store.neighbors(newId);
            expect(edgesBetween(graph, newId, w.ids.sami, 'OPPOSES')).toHaveLength(1);
            const own = await store.neighbors(w.ids.ahmad);
            expect(edgesBetween(own, w.ids.ahmad, w.ids.sami).map((e) => e.type)).toEqual(['MET']);
            expect(edgesBetween(own, w.ids.ahmad, w.ids.baghdad, 'VISITED')).toHaveLength(1);
            if (stage === 'later') expect(edgesBetween(graph, newId, w.ids.karim, 'SUPPORTS')).toHaveLength(1);
          },
        });
        expect(records[0]?.payload.newId).toBe(newId);
      },
      TIMEOUT,
    );

    test(
      'rename and retype keep the analyst’s names and type through re-ingest',
      async () => {
        await run({
          act: (w) => [
            { action: 'rename', id: w.ids.ahmad, name: `أحمد الجديد ${ctx.tokens.ar}`, nameEn: 'Ahmad Renamed' },
            { action: 'rename', id: w.ids.baghdad, type: 'ORGANIZATION' },
          ],
          check: async (store, w) => {
            const ahmad = await store.entity(w.ids.ahmad);
            expect(ahmad?.entity).toMatchObject({ name: `أحمد الجديد ${ctx.tokens.ar}`, nameEn: 'Ahmad Renamed' });
            expect(ahmad?.entity.aliases).toContain(w.names.ahmad);
            expect((await store.entity(w.ids.baghdad))?.entity.type).toBe('ORGANIZATION');
            const hits = await store.search('Ahmad Renamed', { limit: 100 });
            expect(hits.map((h) => h.id)).toContain(w.ids.ahmad);
          },
        });
      },
      TIMEOUT,
    );

    test(
      'a deleted entity stays deleted, with its relations and event roles',
      async () => {
        await run({
          act: (w) => [{ action: 'delete', id: w.ids.sami }],
          check: async (store, w) => {
            expect(await store.entity(w.ids.sami)).toBeNull();
            const graph = await store.neighbors(w.ids.ahmad);
            expect(graph.nodes.map((x) => x.id)).not.toContain(w.ids.sami);
            const events = await store.events({ participant: w.ids.ahmad });
            expect(events.flatMap((e) => e.participants.map((p) => p.id))).not.toContain(w.ids.sami);
            expect(events.map((e) => e.type)).toContain('MEETING');
          },
        });
      },
      TIMEOUT,
    );

    test(
      'a retracted document stays out, with what only it supported',
      async () => {
        await run({
          act: (w) => [{ action: 'retract', doc: w.docs.second }],
          check: async (store, w, stage) => {
            expect((await store.knownDocuments([w.docs.second])).size).toBe(0);
            const abuAli = await store.entity(w.ids.abuAli);
            // Abu Ali was only in the retracted article, until the later one names him again.
            if (stage === 'later') expect(abuAli?.entity.mentionCount).toBe(1);
            else expect(abuAli).toBeNull();
            const sami = await store.neighbors(w.ids.sami);
            expect(sami.edges.map((e) => e.type).sort()).toEqual(['MET', 'VISITED']);
            const ahmad = await store.entity(w.ids.ahmad);
            expect(ahmad?.articles.map((a) => a.id)).toEqual([w.docs.first]);
          },
        });
      },
      TIMEOUT,
    );

    test(
      'undoing an earlier decision keeps the later ones; unknown targets are refused',
      async () => {
        const { store } = ctx;
        const { curated: w } = worlds();
        await upsertAll(store, w.before);
        const merge = await store.curate({ action: 'merge', keep: w.ids.ahmad, other: w.ids.abuAli });
        await store.curate({ action: 'rename', id: w.ids.ahmad, nameEn: 'Ahmad Kept' });
        await store.undoCuration(merge.id);
        expect((await store.entity(w.ids.abuAli))?.entity.name).toBe(w.names.abuAli);
        expect((await store.entity(w.ids.ahmad))?.entity.nameEn).toBe('Ahmad Kept');
        const refused = await store.curate({ action: 'delete', id: `${w.prefix}nobody` }).catch((e: unknown) => e);
        expect(refused).toBeInstanceOf(ShabakaError);
        expect((refused as ShabakaError).code).toBe('NOT_FOUND');
        const undoUnknown = await store.undoCuration(`${w.prefix}cur_none`).catch((e: unknown) => e);
        expect((undoUnknown as ShabakaError).code).toBe('NOT_FOUND');
      },
      TIMEOUT,
    );
  });
}
