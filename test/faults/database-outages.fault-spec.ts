import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { pino } from 'pino';
import { DataSource as DataSourceToken } from 'typeorm';
import supertest from 'supertest';
import { createApp } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/platform/config/app.config.js';
import { type EmbeddedServer, freePort, startEmbeddedPostgres } from '../../src/platform/database/embedded-postgres.js';
import { ensureDatabaseExists } from '../../src/platform/database/run-migrations.js';
import { migrate } from '../../src/platform/database/resolve-database.js';
import { givenSignedInUser, type SignedInUser } from '../helpers/auth.js';
import { freeze, kill, thaw } from './postgres-processes.js';

/** Far above the configured timeouts (1 s statement, 1 s connection, +5 s client grace): "answers, not hangs". */
const ANSWERS_WITHIN_MS = 10_000;
const RECOVERS_WITHIN_MS = 30_000;
const DATABASE = 'thidua_faults';

interface Answer {
  path: string;
  status: number;
  code?: string;
  retryAfter?: string;
  ms: number;
}

describe('database outages are told as 503 and the app recovers by itself', () => {
  let parent: string;
  let dataDir: string;
  let port: number;
  let server: EmbeddedServer;
  let app: NestExpressApplication;
  let http: ReturnType<typeof supertest>;
  let staff: SignedInUser;

  async function startServer(): Promise<void> {
    server = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  }

  async function timed(request: () => PromiseLike<supertest.Response>): Promise<Answer> {
    const started = Date.now();
    const response = await request();
    return {
      path: new URL(response.request.url).pathname,
      status: response.status,
      code: response.body?.code,
      retryAfter: response.headers['retry-after'],
      ms: Date.now() - started,
    };
  }

  const listOrganizations = () => timed(() => http.get('/api/v1/organizations').set('authorization', staff.bearer));
  const createOrganization = (code: string, key: string) =>
    timed(() =>
      http
        .post('/api/v1/organizations')
        .set('authorization', staff.bearer)
        .set('idempotency-key', key)
        .send({ code, kind: 'provincial_union', fullName: `Liên hiệp ${code}`, shortName: code, activeFrom: '2000-01-01' }),
    );

  /** Requests of every kind, several at once, for as long as `during` runs. */
  async function underLoad(
    during: () => Promise<void>,
  ): Promise<{ answers: Answer[]; writes: Map<string, { key: string; status: number }> }> {
    const answers: Answer[] = [];
    const writes = new Map<string, { key: string; status: number }>();
    let running = true;
    const worker = async (n: number) => {
      for (let i = 0; running; i++) {
        if (n % 2 === 0) {
          answers.push(await listOrganizations());
        } else {
          const code = `LHH-F${n}-${i}-${randomUUID().slice(0, 6)}`;
          const key = randomUUID();
          const answer = await createOrganization(code, key);
          answers.push(answer);
          writes.set(code, { key, status: answer.status });
        }
        answers.push(await timed(() => http.get('/health')));
      }
    };
    const workers = Array.from({ length: 6 }, (_, n) => worker(n));
    await during();
    running = false;
    await Promise.all(workers);
    return { answers, writes };
  }

  async function waitForHealth(): Promise<void> {
    const deadline = Date.now() + RECOVERS_WITHIN_MS;
    while ((await http.get('/health')).status !== 200) {
      if (Date.now() > deadline) throw new Error('the app did not recover');
      await sleep(200);
    }
  }

  /** Every answer bounded in time, none a 401 or a 500; outages told as 503 DATABASE.UNAVAILABLE with Retry-After. */
  function expectTruthfulAnswers(answers: Answer[]): void {
    for (const answer of answers) {
      expect(answer.ms).toBeLessThan(ANSWERS_WITHIN_MS);
      expect([200, 201, 409, 503]).toContain(answer.status);
      if (answer.status === 503) expect(answer).toMatchObject({ retryAfter: '5' });
      if (answer.status === 503 && answer.path !== '/health') expect(answer.code).toBe('DATABASE.UNAVAILABLE');
    }
    expect(answers.some((a) => a.status === 503)).toBe(true);
  }

  /**
   * A client retrying with its key: told to wait (409) while the first attempt's outcome is unknown,
   * or to come back (503 with Retry-After) while the database is not yet answering in time (on a
   * loaded machine the 1 s statement timeout can still expire just after a restart), then answered.
   */
  async function retried(code: string, key: string): Promise<Answer> {
    const deadline = Date.now() + RECOVERS_WITHIN_MS;
    for (;;) {
      const answer = await createOrganization(code, key);
      const comeBack = answer.status === 503 || (answer.status === 409 && answer.code === 'IDEMPOTENCY.IN_PROGRESS');
      if (!comeBack || Date.now() > deadline) return answer;
      await sleep(1_000);
    }
  }

  /**
   * Every write answered 201 is there once; every other one, retried with its key, is there once too:
   * created by the retry (201), or found created by the first attempt (409 for its code).
   */
  async function expectNoWriteLostOrDuplicated(writes: Map<string, { key: string; status: number }>): Promise<void> {
    const unanswered = [...writes].filter(([, write]) => write.status !== 201);
    const retries = await Promise.all(unanswered.map(([code, write]) => retried(code, write.key)));
    for (const retry of retries) expect([201, 409]).toContain(retry.status);
    expect(retries.filter((r) => r.status === 409).every((r) => r.code !== 'IDEMPOTENCY.IN_PROGRESS')).toBe(true);
    const rows: { code: string; n: string }[] = await app
      .get(DataSourceToken)
      .query(`SELECT code, count(*) AS n FROM organizations WHERE code LIKE 'LHH-F%' GROUP BY code`);
    const counts = new Map(rows.map((r) => [r.code, Number(r.n)]));
    for (const code of writes.keys()) expect([code, counts.get(code)]).toEqual([code, 1]);
  }

  /** What every outage must come to: truthful answers during it, the app well again after it, no write lost or doubled. */
  async function expectTruthAndRecovery(answers: Answer[], writes: Map<string, { key: string; status: number }>): Promise<void> {
    expectTruthfulAnswers(answers);
    await waitForHealth();
    expect((await listOrganizations()).status).toBe(200);
    await expectNoWriteLostOrDuplicated(writes);
  }

  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'thidua-faults-'));
    await chmod(parent, 0o755);
    dataDir = join(parent, 'postgres');
    port = await freePort();
    await startServer();
    await ensureDatabaseExists(server.databaseUrl('postgres'), DATABASE);
    await migrate(server.databaseUrl(DATABASE), pino({ level: 'warn' }));
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
      DATABASE_POOL_SIZE: '4',
      DATABASE_STATEMENT_TIMEOUT_MS: '1000',
      DATABASE_CONNECT_TIMEOUT_MS: '1000',
    });
    app = await createApp(
      { ...config, database: { ...config.database, url: server.databaseUrl(DATABASE) } },
      pino({ level: config.logLevel }),
    );
    await app.init();
    http = supertest(app.getHttpServer());
    staff = await givenSignedInUser({ app, http }, { username: 'vusta.thuongtruc', roles: ['national_staff'] });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await server?.stop();
    await rm(parent, { recursive: true, force: true });
  }, 60_000);

  it('answers 503 within a bounded time while PostgreSQL is frozen, and recovers when it resumes', async () => {
    const { answers, writes } = await underLoad(async () => {
      await sleep(300);
      const frozen = await freeze(dataDir);
      try {
        await sleep(4_000);
        const health = await timed(() => http.get('/health'));
        expect(health).toMatchObject({ status: 503, retryAfter: '5' });
        expect(health.ms).toBeLessThan(ANSWERS_WITHIN_MS);
        await sleep(2_000);
      } finally {
        thaw(frozen);
      }
    });
    await expectTruthAndRecovery(answers, writes);
  }, 120_000);

  it('answers 503 while PostgreSQL is stopped, /health says what is down, and the same sign-in works once it is back', async () => {
    const { answers, writes } = await underLoad(async () => {
      await sleep(300);
      await server.stop();
      const health = await http.get('/health');
      expect(health.status).toBe(503);
      expect(health.body).toEqual({ status: 'error', database: 'down' });
      await sleep(2_000);
      await startServer();
    });
    await expectTruthAndRecovery(answers, writes);
  }, 120_000);

  it('answers 503 while PostgreSQL is killed (SIGKILL of every process), and recovers once it has started again', async () => {
    const { answers, writes } = await underLoad(async () => {
      await sleep(300);
      await kill(dataDir);
      const health = await timed(() => http.get('/health'));
      expect(health).toMatchObject({ status: 503, retryAfter: '5' });
      expect(health.ms).toBeLessThan(ANSWERS_WITHIN_MS);
      await sleep(2_000);
      await startServer();
    });
    await expectTruthAndRecovery(answers, writes);
  }, 120_000);
});
