// The HTTP route suite against the real embedded SQLite store (temp database file per run).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from '@jest/globals';
import { createSqliteStore } from '@shabaka/store-sqlite';
import { describeServerRoutes } from './server-suite.fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'shabaka-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Written for this test (not from the dev set): the real extract() must find the two ministers.
const article =
  'التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمّان يوم الأحد، وبحث الجانبان الأوضاع في المنطقة.';
describeServerRoutes('sqlite', () => createSqliteStore({ path: join(dir, 'graph.db') }), {
  ingestText: article,
  expectSearch: 'الصفدي',
});
