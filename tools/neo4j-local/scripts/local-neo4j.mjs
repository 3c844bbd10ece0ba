// Settings, paths, pid file and Bolt probes shared by start.mjs and stop.mjs (plain Node, no dependencies).
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const toolDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(toolDir, '..', '..');
export const runDir = path.join(repoRoot, '.neo4j');
export const mainClass = 'org.shabaka.neo4jlocal.Neo4jLocal';

/**
 * Reads the launcher settings from the environment, with the defaults that the integration tests use.
 * @example
 * const { port, password } = readSettings(process.env); // 7687, 'shabaka-local'
 */
export function readSettings(env) {
  const uri = env.NEO4J_URI ?? 'neo4j://127.0.0.1:7687';
  const portText = env.NEO4J_PORT ?? portOfUri(uri) ?? '7687';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`neo4j-local: NEO4J_PORT must be a port number (1-65535), got '${portText}'`);
  }
  return {
    port,
    uri: env.NEO4J_URI ?? `neo4j://127.0.0.1:${port}`,
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? 'shabaka-local',
    // Like the pid and log files, a launcher on another port gets its own store: two servers cannot share one.
    dataDir: path.resolve(repoRoot, env.NEO4J_DATA_DIR ?? path.join('.neo4j', port === 7687 ? 'data' : `data-${port}`)),
    // 512m holds the whole dev store (≈300 MB after a 100k-entity bench) so writes do not evict pages; a 2g heap
    // stops the G1 churn seen at 768m under bulk upserts (1,399 young GCs, 109 s of pauses in 75 min).
    pageCache: env.NEO4J_PAGECACHE ?? '512m',
    heap: env.NEO4J_HEAP ?? '2g',
    startTimeoutMs: Number(env.NEO4J_START_TIMEOUT_MS ?? 120_000),
    // A launcher on another port gets its own pid and log files, so it can run beside the default one.
    pidFile: path.join(runDir, port === 7687 ? 'neo4j.pid' : `neo4j-${port}.pid`),
    logFile: path.join(runDir, port === 7687 ? 'neo4j.log' : `neo4j-${port}.log`),
  };
}

function portOfUri(uri) {
  try {
    return new URL(uri).port || undefined;
  } catch {
    return undefined;
  }
}

const UNITS = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };

/**
 * Bytes of a Neo4j memory setting: a plain number, or a number with a k/m/g/t suffix (case-insensitive).
 * @example sizeBytes('512m') // 536870912
 */
export function sizeBytes(text) {
  const match = /^(\d+(?:\.\d+)?)([kmgt])?b?$/i.exec(String(text).trim());
  if (!match) throw new Error(`neo4j-local: '${text}' is not a size such as 512m, 1g or 1048576`);
  return Math.round(Number(match[1]) * (match[2] ? UNITS[match[2].toLowerCase()] : 1));
}

/** The stats of every file under `dir`, sub-directories included (none when it does not exist). */
export function* fileStats(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* fileStats(full);
    else yield statSync(full);
  }
}

/** Total size of the files under `dir` (0 when it does not exist). */
export function directoryBytes(dir) {
  let total = 0;
  for (const stats of fileStats(dir)) total += stats.size;
  return total;
}

/**
 * A warning when the default database's store files outgrow the page cache, else null. Neo4j reuses freed
 * record ids lazily, so a dev store that benches delete from still grows (≈300 MB per store bench run); once it
 * is larger than the page cache, writes evict pages and bench figures fall run after run.
 * @example storeWarning({ dataDir: '.neo4j/data', pageCache: '512m' })
 */
export function storeWarning({ dataDir, pageCache }) {
  const store = directoryBytes(path.join(dataDir, 'data', 'databases', 'neo4j'));
  if (store <= sizeBytes(pageCache)) return null;
  const mb = (bytes) => `${Math.round(bytes / 2 ** 20)} MB`;
  return (
    `neo4j-local: the store in ${dataDir} is ${mb(store)}, more than the page cache (${pageCache}): ` +
    `raise NEO4J_PAGECACHE, or for a dev store stop Neo4j and delete the directory to start afresh`
  );
}

/** The pid in the pid file when that process is alive and is our launcher; removes a stale pid file. */
export function runningPid({ pidFile }) {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isOurLauncher(pid)) return pid;
  rmSync(pidFile, { force: true });
  return undefined;
}

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

// A pid can be reused after a reboot or crash: only a live java running our main class counts as ours.
function isOurLauncher(pid) {
  if (!isAlive(pid)) return false;
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true;
  return readFileSync(cmdline, 'utf8').split('\0').includes(mainClass);
}

/**
 * Opens a TCP connection and performs the Bolt handshake (magic preamble + four proposed versions); resolves
 * to the version the server agreed on, e.g. '5.8', or undefined when nothing answers like a Bolt server.
 * @example
 * if (await boltHandshake(7687)) console.log('Bolt is up');
 */
export function boltHandshake(port, host = '127.0.0.1', timeoutMs = 2000) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (version) => {
      socket.destroy();
      resolve(version);
    };
    socket.setTimeout(timeoutMs, () => done(undefined));
    socket.on('error', () => done(undefined));
    socket.on('connect', () => {
      const hello = Buffer.alloc(20);
      hello.writeUInt32BE(0x6060b017, 0);
      // Proposals: 5.8 down to 5.0 as a range, then 4.4, 4.3, 3.0 (what neo4j-driver 5 proposes too).
      hello.writeUInt32BE(0x00080805, 4);
      hello.writeUInt32BE(0x00000404, 8);
      hello.writeUInt32BE(0x00000304, 12);
      hello.writeUInt32BE(0x00000003, 16);
      socket.write(hello);
    });
    let answer = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      answer = Buffer.concat([answer, chunk]);
      if (answer.length < 4) return;
      const agreed = answer.readUInt32BE(0);
      done(agreed === 0 ? undefined : `${agreed & 0xff}.${(agreed >> 8) & 0xff}`);
    });
  });
}

/**
 * Runs `RETURN 1` through neo4j-driver when it is installed (root devDependency), so that a wrong password is
 * caught here rather than in the first test. Resolves to 'ok', 'no-driver' or throws the driver's error.
 * @example
 * await queryOne(readSettings(process.env));
 */
export async function queryOne({ port, user, password }) {
  let neo4j;
  try {
    const require = createRequire(path.join(repoRoot, 'package.json'));
    neo4j = (await import(pathToFileURL(require.resolve('neo4j-driver')).href)).default;
  } catch {
    return 'no-driver';
  }
  // bolt:// straight to the local port: this checks the server we started, whatever NEO4J_URI routes to.
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic(user, password));
  try {
    await driver.executeQuery('RETURN 1 AS one');
    return 'ok';
  } finally {
    await driver.close();
  }
}

/** The last lines of the launcher log, to show why a start failed. */
export function logTail({ logFile }, lines = 40) {
  if (!existsSync(logFile)) return `(no log at ${logFile})`;
  return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
