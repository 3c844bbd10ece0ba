import { describe, expect, it } from '@jest/globals';
import { parseFieldMap, readJson, readJsonl } from './json-reader.js';
import { collect, context } from './readers.fixtures.js';

describe('parseFieldMap', () => {
  it('parses pairs and rejects unknown fields with a hint', () => {
    expect(parseFieldMap('title=headline, text=body,date=meta.published')).toEqual({
      title: 'headline',
      text: 'body',
      date: 'meta.published',
    });
    expect(() => parseFieldMap('author=by')).toThrow(/--map entry "author=by".*fields: title, text/);
  });
});

describe('readJsonl', () => {
  it('reads good lines, reports a bad middle line and a truncated last line', async () => {
    const content =
      '{"title":"A","text":"Alpha went to Ankara."}\n{oops}\n{"title":"B","text":"Beta."}\n{"title":"C","te';
    const results = await collect(readJsonl(content, context({ input: 'a.jsonl' })));
    expect(results.map((r) => r.ok)).toEqual([true, false, true, false]);
    expect(results[1]).toMatchObject({ issue: { line: 2, code: 'MALFORMED' } });
    expect(results[3]).toMatchObject({ issue: { line: 4, reason: expect.stringContaining('truncated') } });
  });

  it('applies the field map with dotted paths and defaults for the rest', async () => {
    const line = JSON.stringify({
      headline: 'H',
      body: 'Body text.',
      meta: { published: '2026-01-02' },
      url: 'https://x.test/1',
      source_name: 'X',
    });
    const [r] = await collect(
      readJsonl(line, context({ map: { title: 'headline', text: 'body', date: 'meta.published' } })),
    );
    expect(r?.ok && r.document).toMatchObject({
      title: 'H',
      text: 'Body text.',
      publishedAt: '2026-01-02',
      url: 'https://x.test/1',
      source: 'X',
    });
  });

  it('names the missing text field', async () => {
    const [r] = await collect(readJsonl('{"title":"x"}', context()));
    expect(r).toMatchObject({ ok: false, issue: { line: 1, reason: expect.stringContaining('--map text=') } });
  });
});

describe('readJson', () => {
  it('reads an array, an object with items, and one object', async () => {
    expect(await collect(readJson('[{"text":"a."},{"text":"b."}]', context()))).toHaveLength(2);
    expect(await collect(readJson('{"items":[{"text":"a."}]}', context()))).toHaveLength(1);
    expect(await collect(readJson('{"text":"a."}', context()))).toHaveLength(1);
  });

  it('reports malformed JSON and an empty array', async () => {
    expect((await collect(readJson('{"text":', context())))[0]).toMatchObject({
      ok: false,
      issue: { code: 'MALFORMED' },
    });
    expect((await collect(readJson('[]', context())))[0]).toMatchObject({ ok: false, issue: { code: 'NO_ITEMS' } });
  });
});
