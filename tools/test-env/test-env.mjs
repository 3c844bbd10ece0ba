// What the integration and e2e tiers need before their first test: a Neo4j answering at NEO4J_URI (started here
// when none answers, and then stopped here too) and, for e2e, a Chromium binary. Plain Node, run by Jest's
// globalSetup/globalTeardown in the Jest process itself.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { boltHandshake, readSettings, repoRoot, toolDir } from '../neo4j-local/scripts/local-neo4j.mjs';

/** Jest lets globalTeardown read what globalSetup put on globalThis; this records a Neo4j we started. */
const STARTED = Symbol.for('shabaka.test-env.startedNeo4jPort');
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const launcher = (script) => path.join(toolDir, 'scripts', `${script}.mjs`);

/**
 * Resolves once a Neo4j answers at NEO4J_URI (default neo4j://127.0.0.1:7687). One that already answers is used
 * and left alone; otherwise the local launcher starts one on that port (Maven build on first use), and
 * `stopStartedNeo4j` stops it after the run. A remote URI that does not answer is an error: it cannot be started.
 * @example await ensureNeo4j(process.env)
 */
export async function ensureNeo4j(env) {
  const settings = readSettings(env);
  const host = hostOf(settings.uri);
  if (await boltHandshake(settings.port, host.replace(/^\[|\]$/g, ''))) return 'running';
  if (!LOCAL_HOSTS.has(host))
    throw new Error(
      `tests: no Neo4j answers at ${settings.uri}, and a server on ${host} cannot be started from here: start it, ` +
        'or unset NEO4J_URI to let the tests start the local one',
    );
  console.log(`\ntests: no Neo4j answers at ${settings.uri}; starting the local one for this run (pnpm neo4j:start)`);
  // A JIT-cold start took 49 s at load 12 on 2 cores (the launcher's own default allows 120 s): give it room.
  const startEnv = { NEO4J_START_TIMEOUT_MS: '300000', ...env };
  const run = spawnSync(process.execPath, [launcher('start')], { cwd: repoRoot, env: startEnv, stdio: 'inherit' });
  if (run.status !== 0)
    throw new Error(`tests: the local Neo4j did not start on port ${settings.port} (its output is above)`);
  globalThis[STARTED] = settings.port;
  return 'started';
}

/**
 * Stops the Neo4j that `ensureNeo4j` started in this process, and nothing else.
 * @example stopStartedNeo4j(process.env) // 'stopped' | 'not ours'
 */
export function stopStartedNeo4j(env) {
  const port = globalThis[STARTED];
  if (port === undefined) return 'not ours';
  delete globalThis[STARTED];
  console.log(`\ntests: stopping the Neo4j this run started on port ${port}`);
  const run = spawnSync(process.execPath, [launcher('stop')], {
    cwd: repoRoot,
    env: { ...env, NEO4J_PORT: String(port) },
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error(`tests: could not stop the Neo4j on port ${port}; run \`pnpm neo4j:stop\``);
  return 'stopped';
}

/**
 * Throws at once, with the command that installs it, when the e2e tier's Chromium is not there; otherwise its path.
 * @example ensureChromium(process.env) // '/usr/bin/chromium'
 */
export function ensureChromium(env) {
  const chromium = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  try {
    accessSync(chromium, constants.X_OK);
  } catch {
    const error = new Error(
      `e2e tests need Chromium at ${chromium} (set CHROMIUM_PATH for another one). Install it with:\n\n` +
        '    sudo apt-get install chromium\n\n' +
        'or run the other tiers alone: pnpm test:unit, pnpm test:int',
    );
    // The message is the whole story; a stack into this file would only bury it.
    error.stack = error.message;
    throw error;
  }
  return chromium;
}

function hostOf(uri) {
  try {
    return new URL(uri).hostname;
  } catch {
    throw new Error(`tests: NEO4J_URI '${uri}' is not a URI such as neo4j://127.0.0.1:7687`);
  }
}
