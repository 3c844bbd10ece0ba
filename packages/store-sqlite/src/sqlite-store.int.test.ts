// Runs the GraphStore contract suite on a real SQLite file in a temp folder.
import { afterAll } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeGraphStoreContract } from '@shabaka/store-contract';
import { createSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'shabaka-sqlite-'));
const path = join(dir, 'contract.db');

describeGraphStoreContract('sqlite', () => createSqliteStore({ path }));

afterAll(() => rmSync(dir, { recursive: true, force: true }));
