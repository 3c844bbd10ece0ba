#!/usr/bin/env node
// The `shabaka` executable.
import { processIo } from './cli-io.js';
import { runCli } from './program.js';

// `pnpm -s shabaka …` runs this script from the repository root wherever it was typed; pnpm passes the folder it
// was typed in as INIT_CWD, so relative paths mean what the user sees there.
if (process.env['npm_lifecycle_event'] === 'shabaka' && process.env['INIT_CWD']) process.chdir(process.env['INIT_CWD']);

process.exitCode = await runCli(process.argv.slice(2), processIo());
