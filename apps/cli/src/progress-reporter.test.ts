import { describe, expect, it } from '@jest/globals';
import type { IngestProgress } from '@shabaka/ingest';
import { createProgressReporter, progressLine } from './progress-reporter.js';
import { renderTable } from './summary-table.js';

describe('progress reporting', () => {
  it('prints one plain line at most every 5 s when not on a TTY', () => {
    let out = '';
    let t = 0;
    const reporter = createProgressReporter({ write: (s: string) => (out += s), isTTY: false }, 3, () => t);
    const p: IngestProgress = {
      inputs: 1,
      read: 10,
      skipped: 0,
      written: 10,
      failed: 0,
      sentences: 30,
      entities: 40,
      relations: 7,
      events: 0,
      tokens: 900,
      elapsedMs: 2000,
    };
    reporter.update(p, 1);
    expect(out).toBe('');
    t = 5000;
    reporter.update(p, 1);
    t = 6000;
    reporter.update(p, 2);
    reporter.stop();
    expect(out.trim().split('\n')).toEqual([progressLine(p)]);
    expect(progressLine(p)).toBe(
      'ingest: 10 written, 0 skipped, 0 failed | 40 entities, 7 relations, 0 events | 5.0 docs/s',
    );
  });

  it('renders aligned tables, Arabic included', () => {
    expect(
      renderTable(
        ['name', 'n'],
        [
          ['تركيا', 3],
          ['Jordan', 12],
        ],
      ).split('\n'),
    ).toEqual(['name    n', '──────  ──', 'تركيا   3', 'Jordan  12']);
  });
});
