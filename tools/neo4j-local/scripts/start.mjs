// `pnpm neo4j:start`: builds the launcher once with Maven, starts Neo4j detached and waits until Bolt answers.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  boltHandshake,
  fileStats,
  isAlive,
  logTail,
  mainClass,
  queryOne,
  readSettings,
  runDir,
  runningPid,
  sleep,
  storeWarning,
  toolDir,
} from './local-neo4j.mjs';

const targetDir = path.join(toolDir, 'target');
const jarFile = path.join(targetDir, 'neo4j-local.jar');
const classpathFile = path.join(targetDir, 'classpath.txt');

function fail(message) {
  console.error(`neo4j-local: ${message}`);
  process.exit(1);
}

function newestSourceTime(dir) {
  let newest = 0;
  for (const stats of fileStats(dir)) newest = Math.max(newest, stats.mtimeMs);
  return newest;
}

// Maven takes seconds even when nothing changed, so skip it while the jar is newer than its sources and every
// jar on the cached classpath is still in the local Maven repository.
function buildIsFresh() {
  if (!existsSync(jarFile) || !existsSync(classpathFile)) return false;
  const built = Math.min(statSync(jarFile).mtimeMs, statSync(classpathFile).mtimeMs);
  const sources = Math.max(
    statSync(path.join(toolDir, 'pom.xml')).mtimeMs,
    newestSourceTime(path.join(toolDir, 'src', 'main')),
  );
  if (sources > built) return false;
  return readFileSync(classpathFile, 'utf8')
    .trim()
    .split(path.delimiter)
    .every((jar) => existsSync(jar));
}

function build() {
  if (buildIsFresh()) return;
  console.log('neo4j-local: building the launcher with Maven (first run downloads Neo4j 5.26 from Maven Central)…');
  const started = Date.now();
  const mvn = spawnSync('mvn', ['-q', '-B', 'package'], { cwd: toolDir, stdio: 'inherit' });
  if (mvn.error)
    fail(
      `could not run Maven (${mvn.error.message}). Install Maven 3 and a JDK 17, e.g. apt-get install maven openjdk-17-jdk-headless.`,
    );
  if (mvn.status !== 0) fail(`Maven build failed (exit ${mvn.status}); see its output above.`);
  console.log(`neo4j-local: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function answers(settings) {
  if (!(await boltHandshake(settings.port))) return false;
  const result = await queryOne(settings);
  if (result === 'no-driver')
    console.log('neo4j-local: neo4j-driver is not installed; checked the Bolt handshake only');
  return true;
}

async function waitUntilReady(settings, child) {
  const deadline = Date.now() + settings.startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || !isAlive(child.pid)) {
      rmSync(settings.pidFile, { force: true });
      fail(
        `Neo4j exited during start-up (code ${child.exitCode}). Last lines of ${settings.logFile}:\n${logTail(settings)}`,
      );
    }
    if (await boltHandshake(settings.port)) {
      try {
        await answers(settings);
        return;
      } catch (error) {
        // Bolt is up before the system database has applied the password: keep trying until the deadline.
        if (Date.now() + 1000 >= deadline) {
          fail(
            `Bolt answers but RETURN 1 fails: ${error.message}\nLast lines of ${settings.logFile}:\n${logTail(settings)}`,
          );
        }
      }
    }
    await sleep(500);
  }
  fail(
    `Neo4j did not answer on bolt://127.0.0.1:${settings.port} within ${settings.startTimeoutMs / 1000} s ` +
      `(pid ${child.pid} left running; stop it with \`pnpm neo4j:stop\`). Last lines of ${settings.logFile}:\n${logTail(settings)}`,
  );
}

async function main() {
  const settings = readSettings(process.env);
  const pid = runningPid(settings);
  if (pid && (await boltHandshake(settings.port))) {
    await queryOne(settings);
    console.log(`neo4j-local: already running (pid ${pid}) and answering on bolt://127.0.0.1:${settings.port}`);
    return;
  }
  if (pid)
    fail(
      `a launcher is running (pid ${pid}) but Bolt does not answer on port ${settings.port}: run \`pnpm neo4j:stop\` first.`,
    );
  if (await boltHandshake(settings.port)) {
    await queryOne(settings);
    console.log(`neo4j-local: a Neo4j not started by this script already answers on port ${settings.port}; using it`);
    return;
  }

  build();
  mkdirSync(runDir, { recursive: true });
  mkdirSync(settings.dataDir, { recursive: true });
  const classpath = [jarFile, readFileSync(classpathFile, 'utf8').trim()].join(path.delimiter);
  const log = openSync(settings.logFile, 'a');
  writeFileSync(
    log,
    `\n--- neo4j-local start ${new Date().toISOString()} port ${settings.port} data ${settings.dataDir}\n`,
  );
  const started = Date.now();
  // The classpath goes through CLASSPATH so that `ps` shows a short, recognisable command line.
  const child = spawn(
    'java',
    [`-Xmx${settings.heap}`, '-XX:+UseG1GC', '-XX:+ExitOnOutOfMemoryError', '-Dfile.encoding=UTF-8', mainClass],
    {
      cwd: path.dirname(runDir),
      detached: true,
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        CLASSPATH: classpath,
        NEO4J_PORT: String(settings.port),
        NEO4J_DATA_DIR: settings.dataDir,
        NEO4J_PASSWORD: settings.password,
        NEO4J_PAGECACHE: settings.pageCache,
      },
    },
  );
  closeSync(log);
  child.on('error', (error) =>
    fail(`could not run java (${error.message}). Install a JDK 17, e.g. apt-get install openjdk-17-jdk-headless.`),
  );
  writeFileSync(settings.pidFile, `${child.pid}\n`);
  child.unref();

  await waitUntilReady(settings, child);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `neo4j-local: Neo4j is up on bolt://127.0.0.1:${settings.port} (pid ${child.pid}, ${seconds} s; log ${settings.logFile})`,
  );
  // Only after a start: a server already running may have been started with another data directory or cache.
  const warning = storeWarning(settings);
  if (warning) console.warn(warning);
}

main().catch((error) =>
  fail(
    `${error.message} (is NEO4J_PASSWORD the password this database was started with? \`pnpm neo4j:stop\` and start again to apply a new one)`,
  ),
);
