// Three tiers, one runner: unit (*.test.ts), integration (*.int.test.ts: real Neo4j, SQLite, HTTP)
// and end-to-end (*.e2e.test.ts: Debian Chromium). Tests import workspace packages from source.
const transform = {
  '^.+\\.tsx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'es6' } },
  ],
};
const shared = {
  transform,
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  testEnvironment: 'node',
  moduleNameMapper: {
    '^@shabaka/(server|cli)$': '<rootDir>/apps/$1/src/index.ts',
    '^@shabaka/([a-z0-9-]+)$': '<rootDir>/packages/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  roots: ['<rootDir>/packages', '<rootDir>/apps', '<rootDir>/tools'],
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
  setupFilesAfterEnv: ['<rootDir>/tools/test-env/test-timeout.mjs'],
};
const tiers = ['int', 'e2e'];
// The integration and e2e tiers start the local Neo4j when none answers at NEO4J_URI (and stop only that one),
// and e2e fails at once without Chromium: tools/test-env/README.md.
const stopsWhatItStarted = { globalTeardown: '<rootDir>/tools/test-env/global-teardown.mjs' };
export default {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['**/src/**/*.test.ts', '**/lab/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...tiers.map((t) => `\\.${t}\\.test\\.ts$`)],
    },
    {
      ...shared,
      ...stopsWhatItStarted,
      displayName: 'integration',
      testMatch: ['**/src/**/*.int.test.ts'],
      globalSetup: '<rootDir>/tools/test-env/global-setup.mjs',
    },
    {
      ...shared,
      ...stopsWhatItStarted,
      displayName: 'e2e',
      testMatch: ['**/src/**/*.e2e.test.ts'],
      globalSetup: '<rootDir>/tools/test-env/global-setup-e2e.mjs',
    },
  ],
};
