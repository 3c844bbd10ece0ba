// A bounded loopback load generator: N keep-alive connections, a fixed time budget, latency percentiles.
import { Agent, request } from 'node:http';

export interface PhaseResult {
  name: string;
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/**
 * Refuses any target that is not on this machine's loopback interface.
 * @example assertLoopback('http://127.0.0.1:5178')
 */
export function assertLoopback(url: string): URL {
  const parsed = new URL(url);
  if (!LOOPBACK.test(parsed.hostname)) {
    throw new Error(`load: ${parsed.hostname} is not a loopback address; this tool only targets 127.0.0.0/8 or [::1]`);
  }
  return parsed;
}

/**
 * The value at quantile `q` of sorted samples (nearest rank).
 * @example percentile([1, 2, 3, 4], 0.5) // 2
 */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

function get(agent: Agent, base: URL, path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Runs `connections` loops that GET `nextPath()` until `seconds` pass or `maxRequests` are sent.
 * @example await runPhase({ name: 'search', base, connections: 8, seconds: 5, nextPath: () => '/api/search?q=a' })
 */
export async function runPhase(options: {
  name: string;
  base: URL;
  connections: number;
  seconds: number;
  nextPath: () => string;
  headers?: Record<string, string>;
  maxRequests?: number;
}): Promise<PhaseResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const maxRequests = options.maxRequests ?? 1_000_000;
  const loop = async () => {
    while (performance.now() < deadline && latencies.length + errors < maxRequests) {
      const t0 = performance.now();
      try {
        const status = await get(agent, options.base, options.nextPath(), options.headers ?? {});
        if (status >= 200 && status < 300) latencies.push(performance.now() - t0);
        else errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, loop));
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name: options.name,
    requests: latencies.length + errors,
    errors,
    seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? 0,
  };
}

/**
 * A Markdown table of phase results.
 * @example console.log(formatTable(results))
 */
export function formatTable(results: readonly PhaseResult[]): string {
  const ms = (v: number) => v.toFixed(1);
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.requests} | ${r.errors} | ${(r.requests / r.seconds).toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} |`,
  );
  return [
    '| endpoint | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
