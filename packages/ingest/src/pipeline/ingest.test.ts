import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ShabakaError } from '@shabaka/schema';
import { fakeExtract } from './extract.fake.js';
import { ingest } from './ingest.js';
import { memorySink } from './memory-sink.fake.js';
import type { IngestProgress } from './progress.js';

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-ingest-'));
  const lines = Array.from({ length: 7 }, (_, i) =>
    JSON.stringify({
      title: `T${i}`,
      text: `Turkish Foreign Minister Hakan Fidan met officials in Ankara on day ${i}.`,
    }),
  );
  writeFileSync(join(dir, 'news.jsonl'), `${lines.join('\n')}\n{"title":"cut`);
  writeFileSync(join(dir, 'empty.txt'), '');
  return dir;
}

describe('ingest', () => {
  it('writes every good document in batches and reports each bad input', async () => {
    const sink = memorySink();
    const seen: IngestProgress[] = [];
    const summary = await ingest([corpus()], {
      sink,
      workers: 0,
      extract: fakeExtract,
      batchSize: 3,
      onProgress: (p) => seen.push({ ...p }),
    });
    expect(summary).toMatchObject({ read: 7, written: 7, skipped: 0, failed: 2, inputs: 2 });
    expect(summary.issues.map((i) => i.code).sort()).toEqual(['EMPTY', 'MALFORMED']);
    expect(sink.batches.map((b) => b.documents.length)).toEqual([3, 3, 1]);
    expect(summary.sentences).toBe(sink.batches.reduce((n, b) => n + b.sentences.length, 0));
    expect(summary.tokens).toBeGreaterThan(7 * 10);
    expect(seen.at(-1)?.written).toBe(7);
  });

  it('skips documents already stored with the same hash, so a re-run writes nothing', async () => {
    const dir = corpus();
    const sink = memorySink();
    await ingest([dir], { sink, workers: 0, extract: fakeExtract });
    const before = sink.batches.length;
    const again = await ingest([dir], { sink, workers: 0, extract: fakeExtract });
    expect(again).toMatchObject({ read: 7, written: 0, skipped: 7 });
    expect(sink.batches.length).toBe(before);
    const forced = await ingest([dir], { sink, workers: 0, extract: fakeExtract, force: true });
    expect(forced.written).toBe(7);
  });

  it('re-extracts a document whose stored hash differs', async () => {
    const dir = corpus();
    const sink = memorySink();
    await ingest([dir], { sink, workers: 0, extract: fakeExtract });
    const [firstId] = [...sink.hashes.keys()];
    sink.hashes.set(firstId as string, 'stale');
    expect((await ingest([dir], { sink, workers: 0, extract: fakeExtract })).written).toBe(1);
  });

  it('skips the same document given twice in one run', async () => {
    const dir = corpus();
    const summary = await ingest([join(dir, 'news.jsonl'), join(dir, 'news.jsonl')], {
      sink: memorySink(),
      workers: 0,
      extract: fakeExtract,
    });
    expect(summary).toMatchObject({ read: 14, written: 7, skipped: 7 });
  });

  it('needs a store or a sink', async () => {
    await expect(ingest(['x'])).rejects.toThrow(/no store or sink/);
  });

  it('stops with the sink error when a write fails', async () => {
    const sink = { write: async () => Promise.reject(new Error('disk full')) };
    await expect(ingest([corpus()], { sink, workers: 0, extract: fakeExtract })).rejects.toThrow('disk full');
  });
});

describe('ingest with an abort signal', () => {
  it('stops reading when aborted and still writes what was read', async () => {
    const stop = new AbortController();
    const sink = memorySink();
    const summary = await ingest([corpus()], {
      sink,
      workers: 0,
      extract: fakeExtract,
      batchSize: 1,
      signal: stop.signal,
      onProgress: (p) => {
        if (p.read >= 2) stop.abort();
      },
    });
    expect(summary.read).toBeLessThan(7);
    expect(summary.written).toBe(summary.read);
    expect(sink.hashes.size).toBe(summary.written);
  });
});

describe('ingest and a model that cannot load', () => {
  it('stops on the first document with the typed error instead of failing each one as malformed', async () => {
    const noModel = (): never => {
      throw new ShabakaError('MODEL_MISSING', 'ingest.extract: cannot load the en NER model: ner: no model at x');
    };
    const sink = memorySink();
    await expect(ingest([corpus()], { sink, workers: 0, extract: noModel })).rejects.toMatchObject({
      code: 'MODEL_MISSING',
    });
    expect(sink.batches).toHaveLength(0);
  });
});
