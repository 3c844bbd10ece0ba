// The shared name-list readers on the real lists in ../shared/data (the files both compilers read).
import { describe, expect, test } from '@jest/globals';
import {
  anergazet,
  anetacPairs,
  arabicCityNames,
  countryCodes,
  defaultDataDir,
  nationalities,
  politicians,
} from './sources.js';

const dataDir = defaultDataDir();

describe('name lists', () => {
  test('ANETAC pairs carry one of the three classes and an Arabic transliteration', () => {
    const pairs = anetacPairs(dataDir);
    expect(pairs.length).toBeGreaterThan(70_000);
    expect(new Set(pairs.map((p) => p.cls))).toEqual(new Set(['PER', 'LOC', 'ORG']));
    expect(pairs.filter((p) => !/[\u0621-\u064A]/.test(p.ar)).length / pairs.length).toBeLessThan(0.01);
  });

  test('ANERGazet entries are trimmed, never blank and never a separator line', () => {
    for (const cls of ['PER', 'LOC', 'ORG'] as const) {
      const entries = anergazet(dataDir, cls);
      expect(entries.length).toBeGreaterThan(300);
      expect(entries.every((e) => e === e.trim() && e.length > 0 && !/^[=*]+$/.test(e))).toBe(true);
    }
  });

  test('GeoNames Arabic names: capitals are flagged and names are split on |', () => {
    const cities = arabicCityNames(dataDir);
    expect(cities.filter((c) => c.capital).length).toBeGreaterThan(100);
    expect(cities.some((c) => c.names.length > 1)).toBe(true);
    expect(cities.every((c) => c.names.every((n) => !n.includes('|')))).toBe(true);
  });

  test('the CSV and TSV tables come back as records keyed by their header', () => {
    expect(countryCodes(dataDir).find((c) => c['ISO3166-1-Alpha-2'] === 'TR')?.['official_name_ar']).toMatch(/تركيا/);
    expect(nationalities(dataDir).find((n) => n.iso === 'EG')?.en).toBe('Egyptian');
    const { heads, foreignMinisters } = politicians(dataDir);
    expect(heads.length).toBeGreaterThan(100);
    expect(foreignMinisters.every((m) => m['name'] !== undefined)).toBe(true);
  });
});
