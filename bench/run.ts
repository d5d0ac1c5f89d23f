import 'reflect-metadata';
import autocannon from 'autocannon';
import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { VUSTA_CODE } from '../seeds/reference/organizations.js';
import { DEMO_PASSWORD } from '../seeds/demo/users.js';
import { runSeeds } from '../seeds/run-seeds.js';
import { pdfFile } from '../test/helpers/dossier-files.js';
import { createApp } from '../src/bootstrap.js';
import { loadConfig } from '../src/platform/config/app.config.js';
import { startEmbeddedPostgres } from '../src/platform/database/embedded-postgres.js';
import { migrate } from '../src/platform/database/resolve-database.js';
import { ensureDatabaseExists } from '../src/platform/database/run-migrations.js';
import { Clock } from '../src/platform/time/clock.js';
import { describeHealthUnderFlood, healthUnderFlood } from './health-under-flood.js';
import { buildDataset, type DatasetCounts, type DatasetSize, FULL_SIZE, QUICK_SIZE, VOTING_BLOCK } from './dataset.js';

/**
 * `npm run bench [-- --quick] [--clusters=N]`: the national-scale benchmark of issue 16 (see docs/performance.md).
 *
 * 1. A throw-away embedded PostgreSQL (or DATABASE_URL), migrated, with the reference and demo seeds, then the
 *    national data set of bench/dataset.ts inserted by SQL through every constraint.
 * 2. The real server (`node dist/src/main.js`) and the bare baseline (bench/bare-server.ts) as child processes.
 * 3. autocannon drives each scenario at a fixed number of connections for a fixed time; the server's CPU time
 *    (utime + stime from /proc) is read before and after, its peak RSS (VmHWM) after.
 * 4. One table: throughput, p50/p99, CPU per request, peak RSS, and the ratio of throughput to the
 *    scenario's baseline measured in the same run; the same as JSON under bench/results/ (not committed).
 */
const DATABASE = 'thidua_bench';
const TOKEN_SECRET = 'bench-only-secret-that-is-long-enough-for-the-config-check';
const quick = process.argv.includes('--quick');
/** `--clusters=N` scales the chosen size (for the three sizes of docs/performance.md). */
const clustersArgument = process.argv.find((argument) => argument.startsWith('--clusters='));
const SIZE: DatasetSize = {
  ...(quick ? QUICK_SIZE : FULL_SIZE),
  ...(clustersArgument ? { clusters: Number(clustersArgument.slice(11)) } : {}),
};
const DURATION_SECONDS = quick ? 3 : 15;
const CONNECTIONS = 10;

interface Server {
  name: string;
  base: string;
  process: ChildProcess;
}

interface Scenario {
  name: string;
  server: Server;
  path: string;
  connections?: number;
  /** The scenario whose throughput this one is compared with. */
  baseline?: string;
  /** Sent without the bearer token (the framework ceiling, a ballot with a printed code). */
  anonymous?: boolean;
  /** POSTed JSON bodies, each sent once (ballots with one-time codes); the scenario ends when all are sent. */
  bodies?: string[];
  /** A sequence of requests each connection repeats for the scenario's time (create, upload, submit), with its own token. */
  sequence?: { requests: autocannon.Request[]; authorization: string };
  /** Why the scenario is missing from this run, instead of a figure. */
  notSetUp?: string;
}

interface Row {
  scenario: string;
  connections: number | null;
  requestsPerSecond: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
  cpuMsPerRequest: number | null;
  peakRssMb: number | null;
  errors: number | null;
  baseline: string | null;
  ratioToBaseline: number | null;
  note: string | null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function startChild(name: string, script: string, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return { name, base, process: child };
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 120_000) throw new Error(`${name} did not start within 2 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** User + system CPU of a process in milliseconds, and its peak resident set in MB, from /proc. */
async function usage(pid: number): Promise<{ cpuMs: number; peakRssMb: number }> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of proc(5) (utime, stime), in clock ticks of 10 ms; `fields` starts at field 3.
  const cpuMs = (Number(fields[11]) + Number(fields[12])) * 10;
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { cpuMs, peakRssMb: Math.round(peakKb / 1024) };
}

function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

async function measure(scenario: Scenario, authorization: string): Promise<Row> {
  const connections = scenario.connections ?? CONNECTIONS;
  const empty: Row = {
    scenario: scenario.name,
    connections,
    requestsPerSecond: null,
    p50Ms: null,
    p99Ms: null,
    cpuMsPerRequest: null,
    peakRssMb: null,
    errors: null,
    baseline: scenario.baseline ?? null,
    ratioToBaseline: null,
    note: scenario.notSetUp ?? null,
  };
  if (scenario.notSetUp) return empty;
  const url = `${scenario.server.base}${scenario.path}`;
  const headers: Record<string, string> = scenario.anonymous ? {} : { authorization: scenario.sequence?.authorization ?? authorization };
  if (!scenario.bodies && !scenario.sequence) {
    const check = await fetch(url, { headers });
    await check.arrayBuffer();
    if (!check.ok) return { ...empty, note: `answered ${check.status}` };
  }
  const pid = scenario.server.process.pid ?? 0;
  const before = await usage(pid);
  const result = await autocannon(
    scenario.bodies
      ? posting(url, connections, scenario.bodies)
      : { url, connections, duration: DURATION_SECONDS, headers, requests: scenario.sequence?.requests },
  );
  const after = await usage(pid);
  const total = result.requests.total;
  return {
    ...empty,
    requestsPerSecond: round(total / result.duration, 1),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    cpuMsPerRequest: total > 0 ? round((after.cpuMs - before.cpuMs) / total, 3) : null,
    peakRssMb: after.peakRssMb,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Each body POSTed once, in order, over `connections` connections. */
function posting(url: string, connections: number, bodies: string[]): autocannon.Options {
  let next = 0;
  return {
    url,
    connections,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    amount: bodies.length,
    // autocannon notices the end only at its next sample: by default a whole second, which would round up a
    // vote's 250 ballots (1–2 s) to 1 or 2 s.
    sampleInt: 20,
    requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
  };
}

async function call(base: string, authorization: string, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { authorization, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer;
}

/** Printed codes of the open votes, one list per vote, for the app and for the bare baseline. */
interface Codes {
  app: string[][];
  bare: string[][];
}

/**
 * Open votes of the block's conference per side (app, bare): one with `--quick` (its 250 codes are the whole
 * scenario), eight in the full run, so that the scenario across many votes lasts long enough to be measured.
 */
const VOTES_PER_SIDE = quick ? 1 : 8;

/**
 * The voting block's conference recorded through the API with one voting delegate per unit, and open electronic
 * votes with a printed code per unit: `VOTES_PER_SIDE` for the app, as many for the bare baseline.
 */
async function openVotes(app: Server, authorization: string, block: string, units: string[], year: number): Promise<Codes> {
  const meeting = await call(app.base, authorization, 'POST', '/meetings', {
    clusterId: block,
    year,
    kind: 'year_end_summary',
    title: 'Hội nghị tổng kết khối biểu quyết',
    startsAt: `${year}-12-01T08:00:00+07:00`,
    place: 'Hà Nội',
  });
  const delegates = units.map((organizationId, i) => ({ organizationId, fullName: `Đại biểu ${i}`, present: true, votesForUnit: true }));
  await call(app.base, authorization, 'PUT', `/meetings/${String(meeting.id)}/delegates`, { delegates, version: meeting.version });
  const codesOfNewVote = async (): Promise<string[]> => {
    const vote = await call(app.base, authorization, 'POST', `/meetings/${String(meeting.id)}/votes`, {
      subject: 'question',
      title: 'Thông qua phương hướng năm sau',
      question: 'Tán thành phương hướng, nhiệm vụ năm sau?',
      method: 'electronic',
    });
    await call(app.base, authorization, 'POST', `/votes/${String(vote.id)}/open`);
    const issued = await call(app.base, authorization, 'POST', `/votes/${String(vote.id)}/ballot-codes`);
    return (issued.codes as { code: string }[]).map((entry) => entry.code);
  };
  const codes: Codes = { app: [], bare: [] };
  for (let vote = 0; vote < VOTES_PER_SIDE; vote++) {
    codes.app.push(await codesOfNewVote());
    codes.bare.push(await codesOfNewVote());
  }
  return codes;
}

/** The codes of many votes, taken in turn from each: concurrent ballots fall on different votes, as in many meetings at once. */
function interleaved(votes: string[][]): string[] {
  const longest = Math.max(0, ...votes.map((codes) => codes.length));
  return Array.from({ length: longest }, (_, i) => votes.flatMap((codes) => (i < codes.length ? [codes[i]] : []))).flat();
}

async function signIn(base: string, username = 'vusta.canbo'): Promise<string> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`Sign-in answered ${response.status}: ${await response.text()}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return `Bearer ${accessToken}`;
}

/** Migrations, the reference and demo seeds (through the app, as at first start), then the national data. */
async function prepare(databaseUrl: string): Promise<{ counts: DatasetCounts; currentYear: number; seconds: number }> {
  const started = performance.now();
  const logger = pino({ level: 'warn' });
  await migrate(databaseUrl, logger);
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const app = await createApp({ ...config, database: { ...config.database, url: databaseUrl } }, pino({ level: 'silent' }));
  const currentYear = app.get(Clock).currentYear();
  try {
    await runSeeds(app.get(DataSource), { demo: true }, logger);
  } finally {
    await app.close();
  }
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const owner = (await db.query<{ id: string }>('SELECT id FROM organizations WHERE code = $1', [VUSTA_CODE])).rows[0].id;
    const counts = await buildDataset(db, SIZE, currentYear, owner);
    return { counts, currentYear, seconds: round((performance.now() - started) / 1000, 1) };
  } finally {
    await db.end();
  }
}

interface Ids {
  benchCluster: string;
  cluster3: string;
  votingBlock: string;
  voters: string[];
  /** The demo officer's union of Cluster 3, and the award its officer proposes people for in the submit scenario. */
  sonLa: string;
  certificateOfMerit: string;
}

async function idsFor(databaseUrl: string): Promise<Ids> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ code: string; id: string }>(
      `SELECT code, id FROM clusters WHERE code IN ('BENCH-CUM-0', 'VUSTA-CUM-3', $1)`,
      [VOTING_BLOCK],
    );
    const id = (code: string) => rows.find((row) => row.code === code)?.id ?? '';
    const voters = await db.query<{ id: string }>('SELECT organization_id AS id FROM cluster_memberships WHERE cluster_id = $1', [
      id(VOTING_BLOCK),
    ]);
    const [{ sonLa, certificateOfMerit }] = (
      await db.query<{ sonLa: string; certificateOfMerit: string }>(
        `SELECT (SELECT id FROM organizations WHERE code = 'LHH-SON-LA') AS "sonLa",
                (SELECT id FROM award_types WHERE code = 'LHHVN_BANG_KHEN') AS "certificateOfMerit"`,
      )
    ).rows;
    return {
      benchCluster: id('BENCH-CUM-0'),
      cluster3: id('VUSTA-CUM-3'),
      votingBlock: id(VOTING_BLOCK),
      voters: voters.rows.map((row) => row.id),
      sonLa,
      certificateOfMerit,
    };
  } finally {
    await db.end();
  }
}

/** A multipart/form-data body holding one dossier file of `kind`, as a browser uploads it. */
function dossierUpload(kind: string): { body: Buffer; contentType: string } {
  const boundary = `thidua-bench-${kind}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${kind}.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    pdfFile(kind),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * Submitting a nomination as a unit's officer does it: a Certificate of Merit (no quota, no window) for a person
 * of the unit, new each time (the nominee must have no live nomination for the award and year), then the three
 * files of its dossier, then `submit`, which runs every eligibility check. Five requests per nomination.
 */
function submittingNominations(ids: Ids, year: number): autocannon.Request[] {
  let next = 0;
  const run = Date.now().toString(36);
  const json = (request: autocannon.Request) => ({ ...request.headers, 'content-type': 'application/json' });
  const idOf = (context: object) => (context as { nominationId?: string }).nominationId ?? 'none';
  const upload = (kind: string): autocannon.Request => {
    const { body, contentType } = dossierUpload(kind);
    return {
      method: 'POST',
      setupRequest: (request, context) => ({
        ...request,
        path: `/api/v1/nominations/${idOf(context)}/attachments`,
        headers: { ...request.headers, 'content-type': contentType },
        body,
      }),
    };
  };
  return [
    {
      method: 'POST',
      path: '/api/v1/nominations',
      setupRequest: (request) => ({
        ...request,
        headers: json(request),
        body: JSON.stringify({
          awardTypeId: ids.certificateOfMerit,
          year,
          nominee: { organizationId: ids.sonLa, person: { fullName: `Người thử ${run} ${next++}`, gender: 'female', birthYear: 1980 } },
          proposingOrganizationId: ids.sonLa,
          clusterId: ids.cluster3,
          achievementsSummary: 'Chủ trì đề tài khoa học cấp tỉnh.',
        }),
      }),
      onResponse: (status, body, context) => {
        (context as { nominationId?: string }).nominationId = status === 201 ? (JSON.parse(body) as { id: string }).id : undefined;
      },
    },
    upload('to_trinh'),
    upload('bao_cao_thanh_tich'),
    upload('bien_ban_binh_xet'),
    {
      method: 'POST',
      setupRequest: (request, context) => ({
        ...request,
        path: `/api/v1/nominations/${idOf(context)}/transitions`,
        headers: json(request),
        body: JSON.stringify({ action: 'submit' }),
      }),
    },
  ];
}

function scenarios(app: Server, bare: Server, ids: Ids, currentYear: number, codes: Codes | Error, officer: string): Scenario[] {
  const year = currentYear - 1;
  const api = '/api/v1';
  const documents = `${api}/reports/clusters/${ids.cluster3}/years/2023/documents/summary-report`;
  return [
    { name: 'bare: GET /health (SELECT 1)', server: bare, path: '/health', anonymous: true },
    { name: 'bare: signed-in SELECT 1', server: bare, path: '/health/signed-in' },
    { name: 'bare: members of a cluster for a year', server: bare, path: `/clusters/${ids.benchCluster}/members?year=${year}` },
    { name: 'bare: term of a cluster for a year', server: bare, path: `/clusters/${ids.benchCluster}/terms/${year}` },
    {
      name: 'app: GET /health (framework ceiling)',
      server: app,
      path: '/health',
      anonymous: true,
      baseline: 'bare: GET /health (SELECT 1)',
    },
    { name: 'app: GET /health with a token', server: app, path: '/health', baseline: 'bare: signed-in SELECT 1' },
    {
      name: 'app: members of a cluster for a year',
      server: app,
      path: `${api}/clusters/${ids.benchCluster}/members?year=${year}&pageSize=50`,
      baseline: 'bare: members of a cluster for a year',
    },
    {
      name: 'app: term of a cluster for a year',
      server: app,
      path: `${api}/clusters/${ids.benchCluster}/terms/${year}`,
      baseline: 'bare: term of a cluster for a year',
    },
    {
      name: 'app: nominations list, default',
      server: app,
      path: `${api}/nominations?pageSize=50`,
      baseline: 'app: GET /health (framework ceiling)',
    },
    {
      name: 'app: nominations list, filtered',
      server: app,
      path: `${api}/nominations?pageSize=50&year=${currentYear}&clusterId=${ids.benchCluster}&state=submitted`,
      baseline: 'app: GET /health (framework ceiling)',
    },
    {
      name: 'app: nominations list, text search',
      server: app,
      path: `${api}/nominations?pageSize=50&q=${encodeURIComponent('thủy lợi số 17')}`,
      baseline: 'app: GET /health (framework ceiling)',
    },
    {
      name: 'app: review queue, default',
      server: app,
      path: `${api}/reviews?pageSize=50`,
      baseline: 'app: GET /health (framework ceiling)',
    },
    {
      name: 'app: review queue, filtered',
      server: app,
      path: `${api}/reviews?pageSize=50&year=${currentYear}&clusterId=${ids.benchCluster}`,
      baseline: 'app: GET /health (framework ceiling)',
    },
    {
      name: 'app: cluster-year document, HTML',
      server: app,
      path: `${documents}?format=html`,
      baseline: 'app: GET /health (framework ceiling)',
    },
    {
      name: 'app: cluster-year document, DOCX',
      server: app,
      path: `${documents}?format=docx`,
      baseline: 'app: GET /health (framework ceiling)',
    },
    {
      name: 'app: cluster-year document, PDF',
      server: app,
      path: `${documents}?format=pdf`,
      baseline: 'app: GET /health (framework ceiling)',
    },
    {
      name: 'app: national overview, JSON',
      server: app,
      path: `${api}/reports/years/${year}?format=json`,
      connections: 2,
      baseline: 'app: GET /health (framework ceiling)',
    },
    {
      name: 'app: national overview, HTML',
      server: app,
      path: `${api}/reports/years/${year}?format=html`,
      connections: 2,
      baseline: 'app: GET /health (framework ceiling)',
    },
    {
      name: 'app: national overview, XLSX',
      server: app,
      path: `${api}/reports/years/${year}?format=xlsx`,
      connections: 2,
      baseline: 'app: GET /health (framework ceiling)',
    },
    ballot('bare: cast a ballot with a code (minimal transaction)', bare, codes, 'bare', 'one'),
    {
      ...ballot(`app: cast a ballot with a code (open ${ids.voters.length}-unit vote)`, app, codes, 'app', 'one'),
      baseline: 'bare: cast a ballot with a code (minimal transaction)',
    },
    ...(VOTES_PER_SIDE > 1
      ? [
          ballot(`bare: cast ballots across ${VOTES_PER_SIDE - 1} votes (minimal transaction)`, bare, codes, 'bare', 'others'),
          {
            ...ballot(`app: cast ballots across ${VOTES_PER_SIDE - 1} open ${ids.voters.length}-unit votes`, app, codes, 'app', 'others'),
            baseline: `bare: cast ballots across ${VOTES_PER_SIDE - 1} votes (minimal transaction)`,
          },
        ]
      : []),
    {
      name: 'app: submit a nomination (create, 3 dossier files, submit: 5 requests)',
      server: app,
      path: '',
      sequence: { requests: submittingNominations(ids, currentYear), authorization: officer },
      baseline: 'app: GET /health (framework ceiling)',
    },
  ];
}

/** Every unit's ballot once, with its printed code, answering yes: in the first vote, or in all the others in turn. */
function ballot(name: string, server: Server, codes: Codes | Error, which: 'app' | 'bare', votes: 'one' | 'others'): Scenario {
  const path = server.name === 'app' ? '/api/v1/ballots' : '/ballots';
  if (codes instanceof Error) return { name, server, path, notSetUp: `not set up: ${codes.message.slice(0, 120)}` };
  const [first, ...others] = codes[which];
  const chosen = votes === 'one' ? first : interleaved(others);
  return { name, server, path, anonymous: true, bodies: chosen.map((code) => JSON.stringify({ code, answer: 'yes' })) };
}

function withRatios(rows: Row[]): Row[] {
  const byName = new Map(rows.map((row) => [row.scenario, row]));
  return rows.map((row) => {
    const baseline = row.baseline ? byName.get(row.baseline) : undefined;
    const ratio = baseline?.requestsPerSecond && row.requestsPerSecond ? round(row.requestsPerSecond / baseline.requestsPerSecond) : null;
    return { ...row, ratioToBaseline: ratio };
  });
}

async function bench(databaseUrl: string): Promise<void> {
  const prepared = await prepare(databaseUrl);
  console.log(`Data set (${quick ? 'quick' : 'full'}) built in ${prepared.seconds} s:`, prepared.counts);
  const env = { DATABASE_URL: databaseUrl, AUTH_TOKEN_SECRET: TOKEN_SECRET, HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'development' };
  const dist = join(process.cwd(), 'dist');
  const app = await startChild('app', join(dist, 'src', 'main.js'), env);
  const bare = await startChild('bare', join(dist, 'bench', 'bare-server.js'), env);
  try {
    const authorization = await signIn(app.base);
    const ids = await idsFor(databaseUrl);
    const codes = await openVotes(app, authorization, ids.votingBlock, ids.voters, prepared.currentYear - 1).catch((error: unknown) =>
      error instanceof Error ? error : new Error(String(error)),
    );
    const officer = await signIn(app.base, 'sonla.canbo');
    const rows: Row[] = [];
    for (const scenario of scenarios(app, bare, ids, prepared.currentYear, codes, officer)) {
      const row = await measure(scenario, authorization);
      rows.push(row);
      console.log(`${row.scenario}: ${row.requestsPerSecond ?? '—'} req/s, p99 ${row.p99Ms ?? '—'} ms${row.note ? ` (${row.note})` : ''}`);
    }
    // Issue 14: a nested-body flood on the public sign-in must not delay /health by more than 100 ms.
    const flood = await healthUnderFlood(app.base, { durationMs: DURATION_SECONDS * 1000, serverPid: app.process.pid });
    console.log(describeHealthUnderFlood(flood));
    const table = withRatios(rows);
    console.table(
      table.map((row) => ({
        scenario: row.scenario,
        conn: row.connections,
        'req/s': row.requestsPerSecond ?? '—',
        'p50 ms': row.p50Ms ?? '—',
        'p99 ms': row.p99Ms ?? '—',
        'CPU ms/req': row.cpuMsPerRequest ?? '—',
        'peak RSS MB': row.peakRssMb ?? '—',
        errors: row.errors ?? '—',
        '× baseline': row.ratioToBaseline ?? '—',
        note: row.note ?? '',
      })),
    );
    const resultsDir = join(process.cwd(), 'bench', 'results');
    await mkdir(resultsDir, { recursive: true });
    const file = join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`);
    const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: round(totalmem() / 2 ** 30, 1), node: process.version };
    await writeFile(
      file,
      `${JSON.stringify({ quick, size: SIZE, counts: prepared.counts, durationSeconds: DURATION_SECONDS, machine, rows: table, healthUnderFlood: flood }, null, 2)}\n`,
    );
    console.log(`Each scenario ${DURATION_SECONDS} s; results in ${file}`);
  } finally {
    app.process.kill('SIGTERM');
    bare.process.kill('SIGTERM');
  }
}

async function main(): Promise<void> {
  if (process.env.DATABASE_URL) return bench(process.env.DATABASE_URL);
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
