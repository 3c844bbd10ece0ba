// Writes the measured figures of a reliability test to `.artifacts/reliability/<name>.json` (read by
// docs/reliability.md's maintainer) and prints them, so every run leaves its numbers behind.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../cli.fixtures.js';

/**
 * Saves and prints one test's figures.
 * @example recordFigures('crash-sqlite', { seeds: 3, rows: 1234 })
 */
export function recordFigures(name: string, figures: Record<string, unknown>): void {
  const dir = join(REPO, '.artifacts', 'reliability');
  mkdirSync(dir, { recursive: true });
  const body = JSON.stringify({ name, at: new Date().toISOString(), ...figures }, null, 2);
  writeFileSync(join(dir, `${name}.json`), `${body}\n`);
  process.stdout.write(`reliability figures ${name}: ${JSON.stringify(figures)}\n`);
}
