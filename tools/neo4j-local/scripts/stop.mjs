// `pnpm neo4j:stop`: SIGTERM to the launcher started by start.mjs, SIGKILL after 30 s, then removes the pid file.
import { rmSync } from 'node:fs';
import { isAlive, readSettings, runningPid, sleep } from './local-neo4j.mjs';

const graceMs = 30_000;

async function waitForExit(pid, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(200);
  }
  return !isAlive(pid);
}

async function main() {
  const settings = readSettings(process.env);
  const pid = runningPid(settings);
  if (!pid) {
    console.log(`neo4j-local: nothing to stop (no running launcher recorded in ${settings.pidFile})`);
    return;
  }
  const started = Date.now();
  process.kill(pid, 'SIGTERM');
  if (!(await waitForExit(pid, graceMs))) {
    console.warn(`neo4j-local: pid ${pid} still running after ${graceMs / 1000} s; sending SIGKILL`);
    process.kill(pid, 'SIGKILL');
    if (!(await waitForExit(pid, 5000))) {
      console.error(`neo4j-local: pid ${pid} survived SIGKILL; pid file kept`);
      process.exit(1);
    }
  }
  rmSync(settings.pidFile, { force: true });
  console.log(`neo4j-local: stopped pid ${pid} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(`neo4j-local: ${error.message}`);
  process.exit(1);
});
