// Jest's 5 s default is too short on 2 busy cores: a re-upsert against a just-started Neo4j took longer, and so
// does loading both committed NER models in a unit test at load 12 (4.4 s measured). 60 s still catches a hang.
// Set before each test file runs; a file or test that needs longer says so itself.
import { jest } from '@jest/globals';

jest.setTimeout(60_000);
