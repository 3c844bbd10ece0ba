// Model-load failures and tagger crashes are told apart, typed, and never swallowed.
import { describe, expect, it } from '@jest/globals';
import { NerError } from '@shabaka/ner';
import { ShabakaError } from '@shabaka/schema';
import { extract } from './extract.js';
import { defaultTagger, modelError, nerVersion } from './tagger.js';

describe('modelError', () => {
  it('a missing model or gazetteer is MODEL_MISSING and keeps the problem and the rebuild hint', () => {
    for (const code of ['NER_MODEL_MISSING', 'NER_GAZETTEER_MISSING'] as const) {
      const err = modelError('ar', new NerError(code, 'ner: no model at /x/ar.model.json.gz'));
      expect(err).toBeInstanceOf(ShabakaError);
      expect(err.code).toBe('MODEL_MISSING');
      expect(err.message).toContain('/x/ar.model.json.gz');
      expect(err.hint).toMatch(/pnpm --filter @shabaka\/ner train/);
    }
  });

  it('a corrupt or stale model is MODEL_INVALID', () => {
    const err = modelError(
      'en',
      new NerError('NER_MODEL_INVALID', 'ner: /x/en.model.json.gz is not a gzip JSON model'),
    );
    expect(err.code).toBe('MODEL_INVALID');
    expect(err.message).toMatch(/cannot load the en NER model: ner: \/x\/en\.model\.json\.gz is not a gzip JSON model/);
    expect(err.hint).toMatch(/pnpm --filter @shabaka\/ner train/);
    expect(modelError('en', new TypeError('boom')).code).toBe('MODEL_INVALID');
  });
});

describe('the committed model', () => {
  it('loads for both languages and names its version', () => {
    expect(defaultTagger('ar')('التقى أردوغان بوتين في أنقرة', { lang: 'ar' }).length).toBeGreaterThan(0);
    expect(nerVersion('en')).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('extract and a failing tagger', () => {
  it('reports a crash while tagging as TAGGER_FAILED naming the document, not as a missing model', () => {
    const crash = (): never => {
      throw new RangeError('index out of range');
    };
    expect(() =>
      extract({ id: 'doc-7', title: '', text: 'زار أردوغان أنقرة', lang: 'ar', kind: 'article' }, { tagger: crash }),
    ).toThrow(expect.objectContaining({ code: 'TAGGER_FAILED', message: expect.stringContaining('doc-7') }));
  });

  it("keeps a tagger's own typed error", () => {
    const missing = (): never => {
      throw modelError('ar', new NerError('NER_MODEL_MISSING', 'ner: no model at /x/ar.model.json.gz'));
    };
    expect(() => extract('زار أردوغان أنقرة', { lang: 'ar', tagger: missing })).toThrow(
      expect.objectContaining({ code: 'MODEL_MISSING' }),
    );
  });
});
