import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { binBounds, coveredBins, nextFilled, timeline } from './timeline.js';

describe('timeline', () => {
  test('days when the span is short, empty days included, timestamps cut to their day', () => {
    const t = timeline(['2025-05-14T08:00:00Z', '2025-05-12', '2025-05-12', 'someday']);
    expect(t.unit).toBe('day');
    expect(t.bins.map((b) => [b.key, b.count])).toEqual([
      ['2025-05-12', 2],
      ['2025-05-13', 0],
      ['2025-05-14', 1],
    ]);
  });

  test('months, then years, as the span grows; a partial date counts in its first bin', () => {
    const months = timeline(['2024-10-30', '2025-02', '2025-03-01']);
    expect(months.unit).toBe('month');
    expect(months.bins.map((b) => `${b.key}:${b.count}`)).toEqual([
      '2024-10:1',
      '2024-11:0',
      '2024-12:0',
      '2025-01:0',
      '2025-02:1',
      '2025-03:1',
    ]);
    const years = timeline(['2001', '2025-06-01']);
    expect(years.unit).toBe('year');
    expect(years.bins).toHaveLength(25);
    expect(timeline([]).bins).toEqual([]);
  });

  test('bin bounds are the first and last day (leap years included)', () => {
    expect(binBounds('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(binBounds('2025-12')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(binBounds('2025')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(binBounds('2025-05-12')).toEqual({ from: '2025-05-12', to: '2025-05-12' });
  });

  test('a range maps back to the bins it covers', () => {
    const { bins } = timeline(['2025-01-15', '2025-06-15']);
    expect(coveredBins(bins, null, null)).toBeNull();
    expect(coveredBins(bins, '2025-03-01', '2025-04-30')).toEqual([2, 3]);
    expect(coveredBins(bins, null, '2025-02-10')).toEqual([0, 1]);
    expect(nextFilled(bins, 0)).toBe(0);
    expect(nextFilled(bins, 1)).toBe(5);
    expect(nextFilled(bins, 6)).toBe(bins.length);
  });

  test('property: every dated input is counted once, and bins are consecutive and ordered', () => {
    const day = fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 30 }), (dates) => {
        const t = timeline(dates.map((d) => d.toISOString().slice(0, 10)));
        expect(t.bins.reduce((n, b) => n + b.count, 0)).toBe(dates.length);
        for (let i = 1; i < t.bins.length; i++) {
          const previous = t.bins[i - 1];
          const bin = t.bins[i];
          expect(previous && bin && previous.to < bin.from).toBe(true);
        }
      }),
      { seed: 7, numRuns: 150 },
    );
  });
});
