// Public API of @shabaka/cli: run the command in-process, and open a store from a spec.

// Command
export { buildProgram, runCli } from './program.js';
export { processIo } from './cli-io.js';
export type { CliIo, Output } from './cli-io.js';

// Stores
export { DEFAULT_STORE, describeStore, openStore, parseStoreSpec } from './store-spec.js';
export type { StoreSpec } from './store-spec.js';
