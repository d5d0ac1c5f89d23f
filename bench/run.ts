import 'reflect-metadata';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../seeds/demo/users.js';
import { runSeeds } from '../seeds/run-seeds.js';
import { createApp } from '../src/bootstrap.js';
import { loadConfig } from '../src/platform/config/app.config.js';
import { startEmbeddedPostgres } from '../src/platform/database/embedded-postgres.js';
import { migrate } from '../src/platform/database/resolve-database.js';
import { ensureDatabaseExists } from '../src/platform/database/run-migrations.js';

/**
 * `npm run bench`: how much slower than `GET /health` the registry's two busiest reads and the
 * cluster-year report (its model and its PDF) are, on a throw-away embedded PostgreSQL holding the demo data, over loopback. It prints ratios, not
 * absolute times, because the machine decides those; the requests interleave so that all the
 * endpoints see the same conditions. Every request carries the token of a demo account, so the
 * baseline pays the same sign-in check as the reads.
 */
const WARMUP_ROUNDS = 50;
const ROUNDS = 500;
const DATABASE = 'thidua_bench';

interface Endpoint {
  name: string;
  path: string;
}

/** The server and the bearer token every request carries. */
interface Client {
  base: string;
  authorization: string;
}

async function get(client: Client, path: string): Promise<unknown> {
  const response = await fetch(`${client.base}${path}`, { headers: { authorization: client.authorization } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** Reads the whole body as bytes, so JSON and documents (PDF) are timed alike. */
async function time(client: Client, path: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${client.base}${path}`, { headers: { authorization: client.authorization } });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return performance.now() - started;
}

/** Signs in as VUSTA's demo officer: every registry read needs a signed-in user. */
async function signIn(base: string): Promise<Client> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'vusta.canbo', password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`Sign-in answered ${response.status}: ${await response.text()}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { base, authorization: `Bearer ${accessToken}` };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(client: Client, endpoints: Endpoint[]): Promise<Map<string, number[]>> {
  const samples = new Map(endpoints.map((endpoint) => [endpoint.name, [] as number[]]));
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    for (const endpoint of endpoints) {
      const ms = await time(client, endpoint.path);
      if (round >= WARMUP_ROUNDS) samples.get(endpoint.name)?.push(ms);
    }
  }
  return samples;
}

async function cluster3Id(client: Client): Promise<string> {
  const page = (await get(client, '/api/v1/clusters?q=VUSTA-CUM-3')) as { items: { id: string; code: string }[] };
  const cluster = page.items.find((item) => item.code === 'VUSTA-CUM-3');
  if (!cluster) throw new Error('Cluster 3 is missing from the demo data');
  return cluster.id;
}

async function bench(databaseUrl: string): Promise<void> {
  const logger = pino({ level: 'warn' });
  await migrate(databaseUrl, logger);
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const app = await createApp({ ...config, database: { ...config.database, url: databaseUrl } }, pino({ level: 'silent' }));
  await app.listen(0, '127.0.0.1');
  try {
    await runSeeds(app.get(DataSource), { demo: true }, logger);
    const client = await signIn(`http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`);
    const cluster3 = await cluster3Id(client);
    const endpoints: Endpoint[] = [
      { name: 'baseline GET /health', path: '/health' },
      { name: 'search GET /api/v1/organizations?q=hoa binh', path: '/api/v1/organizations?q=hoa%20binh' },
      { name: 'members GET /api/v1/clusters/{id}/members?year=2023', path: `/api/v1/clusters/${cluster3}/members?year=2023` },
      { name: 'report GET /api/v1/reports/clusters/{id}/years/2023', path: `/api/v1/reports/clusters/${cluster3}/years/2023` },
      {
        name: 'summary report PDF …/years/2023/documents/summary-report?format=pdf',
        path: `/api/v1/reports/clusters/${cluster3}/years/2023/documents/summary-report?format=pdf`,
      },
    ];
    const samples = await measure(client, endpoints);
    const stats = endpoints.map(({ name }) => {
      const sorted = [...(samples.get(name) ?? [])].sort((a, b) => a - b);
      return { endpoint: name, median: percentile(sorted, 50), p95: percentile(sorted, 95) };
    });
    const baseline = stats[0].median;
    const rows = stats.map(({ endpoint, median, p95 }) => ({
      endpoint,
      medianMs: Number(median.toFixed(3)),
      p95Ms: Number(p95.toFixed(3)),
      ratioToBaseline: Number((median / baseline).toFixed(2)),
    }));
    console.table(rows);
    const resultsDir = join(process.cwd(), 'bench', 'results');
    await mkdir(resultsDir, { recursive: true });
    const file = join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    await writeFile(file, `${JSON.stringify({ rounds: ROUNDS, warmupRounds: WARMUP_ROUNDS, node: process.version, rows }, null, 2)}\n`);
    console.log(`${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up rounds; results in ${file}`);
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const parent = await mkdtemp(join(tmpdir(), 'thidua-bench-'));
  // As root, the data folder belongs to the `postgres` system user, who must be able to reach it.
  await chmod(parent, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: join(parent, 'postgres'), port: 0, persistent: false });
  try {
    await ensureDatabaseExists(server.databaseUrl('postgres'), DATABASE);
    await bench(server.databaseUrl(DATABASE));
  } finally {
    await server.stop();
    await rm(parent, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
