import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

/**
 * Issue 14's measure: a flood of deeply nested bodies on the public sign-in must not delay `/health` by
 * more than 100 ms. `/health` is sampled one request at a time, first on a quiet server, then while
 * several connections post the 400 KB body of the issue (80,000 levels, about 0.8 s of the request
 * thread each before the shape check) as fast as the server answers them.
 */
export const HEALTH_DELAY_BUDGET_MS = 100;
/** Bodies a second: ten times the "few requests a second" that stalled /health before the check. */
const FLOOD_PER_SECOND = 50;

export interface LatencySummary {
  samples: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface HealthUnderFlood {
  quiet: LatencySummary;
  flooded: LatencySummary;
  floodRequests: number;
  seconds: number;
  /** The flood's answers by status: all 400 (`REQUEST.BODY_TOO_COMPLEX`) when the check works. */
  floodStatuses: Record<string, number>;
  /** How much later `/health` answers under the flood (p99 against p99). */
  delayMs: number;
  withinBudget: boolean;
  /** The server's CPU time (user + system) per flood body, when its process id is given: what one body costs it. */
  serverCpuMsPerFloodBody: number | null;
}

/** `{"a":{"a":…1…}}`, `depth` levels deep. */
export function nestedBody(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** CPU time of a process so far (utime + stime from /proc, in clock ticks of 10 ms). */
async function cpuMs(pid: number | undefined): Promise<number | null> {
  if (!pid) return null;
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function summary(latencies: number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (ms: number) => Number(ms.toFixed(1));
  return {
    samples: sorted.length,
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? 0),
  };
}

/** `/health` one request at a time for `durationMs`, a pause of `intervalMs` between them. */
async function sampleHealth(base: string, durationMs: number, intervalMs: number): Promise<number[]> {
  const latencies: number[] = [];
  const end = performance.now() + durationMs;
  while (performance.now() < end) {
    const started = performance.now();
    const response = await fetch(`${base}/health`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`/health answered ${response.status}`);
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return latencies;
}

export async function healthUnderFlood(
  base: string,
  options: { durationMs: number; floodPerSecond?: number; floodConnections?: number; intervalMs?: number; serverPid?: number },
): Promise<HealthUnderFlood> {
  const intervalMs = options.intervalMs ?? 20;
  const quiet = summary(await sampleHealth(base, options.durationMs, intervalMs));
  const body = nestedBody(80_000);
  const floodStatuses: Record<string, number> = {};
  let floodRequests = 0;
  let flooding = true;
  // Open loop: each connection posts at its share of the rate, whatever the answers' times (an attacker does not wait).
  const connections = options.floodConnections ?? 4;
  const gapMs = (1000 * connections) / (options.floodPerSecond ?? FLOOD_PER_SECOND);
  const flood = Array.from({ length: connections }, async () => {
    while (flooding) {
      const next = performance.now() + gapMs;
      const response = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await response.arrayBuffer();
      floodRequests++;
      floodStatuses[response.status] = (floodStatuses[response.status] ?? 0) + 1;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
    }
  });
  let flooded: LatencySummary;
  const cpuBefore = await cpuMs(options.serverPid);
  try {
    flooded = summary(await sampleHealth(base, options.durationMs, intervalMs));
  } finally {
    flooding = false;
    await Promise.all(flood);
  }
  const cpuAfter = await cpuMs(options.serverPid);
  const serverCpuMsPerFloodBody =
    cpuBefore === null || cpuAfter === null || floodRequests === 0 ? null : Number(((cpuAfter - cpuBefore) / floodRequests).toFixed(2));
  const delayMs = Number(Math.max(0, flooded.p99Ms - quiet.p99Ms).toFixed(1));
  return {
    quiet,
    flooded,
    floodRequests,
    seconds: options.durationMs / 1000,
    floodStatuses,
    delayMs,
    withinBudget: delayMs <= HEALTH_DELAY_BUDGET_MS,
    serverCpuMsPerFloodBody,
  };
}

export function describeHealthUnderFlood(result: HealthUnderFlood): string {
  const statuses = Object.entries(result.floodStatuses)
    .map(([status, n]) => `${n}× ${status}`)
    .join(', ');
  return [
    `/health under a nested-body flood on POST /api/v1/auth/login (${result.floodRequests} bodies of 400 KB in ${result.seconds} s: ${statuses}):`,
    `  quiet   p50 ${result.quiet.p50Ms} ms, p99 ${result.quiet.p99Ms} ms, max ${result.quiet.maxMs} ms (${result.quiet.samples} samples)`,
    `  flooded p50 ${result.flooded.p50Ms} ms, p99 ${result.flooded.p99Ms} ms, max ${result.flooded.maxMs} ms (${result.flooded.samples} samples)`,
    ...(result.serverCpuMsPerFloodBody === null
      ? []
      : [`  server CPU per flood body ${result.serverCpuMsPerFloodBody} ms (with /health's own requests)`]),
    `  delay at p99 ${result.delayMs} ms: ${result.withinBudget ? 'within' : 'OVER'} the ${HEALTH_DELAY_BUDGET_MS} ms of issue 14`,
  ].join('\n');
}

/** `node dist/bench/health-under-flood.js [base URL] [seconds] [bodies a second] [server pid]`: the same measure against a server already running. */
async function main(): Promise<void> {
  const base = process.argv[2] ?? 'http://127.0.0.1:3000';
  const seconds = Number(process.argv[3] ?? 5);
  const floodPerSecond = Number(process.argv[4] ?? FLOOD_PER_SECOND);
  const serverPid = process.argv[5] ? Number(process.argv[5]) : undefined;
  const result = await healthUnderFlood(base, { durationMs: seconds * 1000, floodPerSecond, serverPid });
  console.log(describeHealthUnderFlood(result));
  process.exitCode = result.withinBudget ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
