import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import supertest from 'supertest';
import { type EmbeddedServer, freePort, startEmbeddedPostgres } from '../../src/platform/database/embedded-postgres.js';
import { councilBallots, councilVote, givenCouncil } from '../helpers/award-factories.js';
import { TEST_PASSWORD } from '../helpers/auth.js';
import { givenBlockVote } from '../helpers/block-votes.js';
import { databaseSnapshot } from '../helpers/database-snapshot.js';
import {
  type Caller,
  givenAwardCatalog,
  givenDossier,
  officerOf,
  onDay,
  ownProposal,
  transition,
} from '../helpers/nomination-factories.js';
import { type Cluster3, givenCluster3In2023 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * SIGKILL of the app process (not the database) in the middle of closing a vote and of issuing an
 * award decision. The app runs in a child process on this test's PostgreSQL; the test holds a
 * lock on the audit trail so that the app's transaction stops at its audit step, after its other
 * writes, kills the app there, then releases the lock. Afterwards every table is as before (vote
 * open with its ballots; no decision), and the same operation then completes whole.
 */
const SECRETS = {
  AUTH_TOKEN_SECRET: 'fault-test-token-secret-0123456789abcdef',
  BALLOT_KEY_SECRET: 'fault-test-ballot-secret-0123456789abcdef',
};
const HOOKS = fileURLToPath(new URL('./support/register-typescript.mjs', import.meta.url));
const APP_PROCESS = fileURLToPath(new URL('./support/app-process.ts', import.meta.url));
const SETUP_MS = 240_000;

interface AppProcess {
  http: ReturnType<typeof supertest>;
  child: ChildProcess;
  exited: Promise<unknown>;
}

describe('the app killed mid-transaction leaves every record all-before', () => {
  let parent: string;
  let server: EmbeddedServer;
  /** The in-process app of the running test, on a database of its own, which sets the data up and reads it. */
  let t: TestApp;
  let databaseUrl: string;
  /** National staff's access token, good in every app process (same secret, same database). */
  let staffBearer: string;
  const apps: TestApp[] = [];

  /** A fresh database and in-process app for one test. */
  async function freshWorld(): Promise<void> {
    t = await startTestApp({ env: SECRETS });
    apps.push(t);
    databaseUrl = (t.dataSource.options as { url: string }).url;
    const login = await t.http.post('/api/v1/auth/login').send({ username: 'vusta.thuongtruc', password: TEST_PASSWORD }).expect(200);
    staffBearer = `Bearer ${login.body.accessToken}`;
  }

  /** The app alone in a child process on the test's database, with the same secrets as the in-process one. */
  async function startAppProcess(): Promise<AppProcess> {
    const child = spawn(process.execPath, ['--import', HOOKS, APP_PROCESS], {
      env: { ...process.env, ...SECRETS, NODE_ENV: 'test', LOG_LEVEL: 'error', DATABASE_URL: databaseUrl, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const port = await new Promise<number>((resolve, reject) => {
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening (\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
      });
      child.once('exit', (code) => reject(new Error(`the app process ended (${code}) before listening`)));
    });
    return { http: supertest(`http://127.0.0.1:${port}`), child, exited };
  }

  /** Every table's rows (sequences aside: a rolled-back nextval is not given back, by design). */
  async function tables(): Promise<Record<string, string>> {
    const snapshot = await databaseSnapshot((sql) => t.dataSource.query(sql));
    return Object.fromEntries(Object.entries(snapshot).filter(([name]) => !name.startsWith('sequence ')));
  }

  /**
   * Sends `request` to a fresh app process while the audit trail is locked, waits until the app's
   * transaction is stuck on that lock (its other writes done), SIGKILLs the process, releases the
   * lock, and waits until PostgreSQL has ended the orphaned transaction.
   */
  async function killedMidTransaction(request: (app: AppProcess) => PromiseLike<unknown>): Promise<void> {
    const app = await startAppProcess();
    const locker = new pg.Client({ connectionString: databaseUrl });
    // Watches from outside any transaction: within one, pg_stat_activity is a snapshot taken once.
    const observer = new pg.Client({ connectionString: databaseUrl });
    await locker.connect();
    await observer.connect();
    try {
      const [{ pid: lockerPid }] = (await locker.query('SELECT pg_backend_pid() AS pid')).rows;
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE audit_events IN SHARE MODE');
      const answer = Promise.resolve(request(app)).then(
        () => 'answered',
        () => 'cut off',
      );
      let blocked: number | undefined;
      for (let waited = 0; blocked === undefined; waited += 100) {
        if (waited > 30_000) throw new Error('the app never reached its audit step');
        const rows = (
          await observer.query(
            'SELECT pid, backend_xid IS NOT NULL AS wrote FROM pg_stat_activity WHERE $1 = ANY (pg_blocking_pids(pid))',
            [lockerPid],
          )
        ).rows;
        blocked = rows[0]?.pid;
        // A transaction id is given at the first write: the transaction killed has written already.
        if (blocked !== undefined) expect(rows[0].wrote).toBe(true);
        else await sleep(100);
      }
      app.child.kill('SIGKILL');
      await app.exited;
      expect(await answer).toBe('cut off');
      await locker.query('ROLLBACK');
      for (let waited = 0; ; waited += 100) {
        const alive = (await observer.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [blocked])).rows.length > 0;
        if (!alive) break;
        if (waited > 30_000) throw new Error('PostgreSQL kept the killed app’s transaction');
        await sleep(100);
      }
    } finally {
      app.child.kill('SIGKILL');
      await locker.end();
      await observer.end();
    }
  }

  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'thidua-app-kill-'));
    await chmod(parent, 0o755);
    server = await startEmbeddedPostgres({ dataDir: join(parent, 'postgres'), port: await freePort(), persistent: true });
    process.env.THIDUA_TEST_ADMIN_URL = server.databaseUrl('postgres');
  }, SETUP_MS);

  afterAll(async () => {
    for (const app of apps) await app.close();
    await server?.stop();
    await rm(parent, { recursive: true, force: true });
  }, 60_000);

  it(
    'keeps a vote open with its ballots when the app dies while closing it, then closes it whole',
    async () => {
      await freshWorld();
      const vote = await givenBlockVote(t, 6);
      const choices = [vote.candidates[0], vote.candidates[1]];
      for (const code of vote.codes) await t.http.post('/api/v1/ballots').send({ code, choices }).expect(201);
      const before = await tables();

      await killedMidTransaction((app) => app.http.post(`/api/v1/votes/${vote.voteId}/close`).set('authorization', staffBearer));

      expect(await tables()).toEqual(before);
      const [open] = await t.dataSource.query('SELECT state FROM votes WHERE id = $1', [vote.voteId]);
      expect(open.state).toBe('open');

      const app = await startAppProcess();
      try {
        const closed = await app.http.post(`/api/v1/votes/${vote.voteId}/close`).set('authorization', staffBearer).expect(200);
        expect(closed.body.state).toBe('closed');
      } finally {
        app.child.kill('SIGKILL');
        await app.exited;
      }
      const [result] = await t.dataSource.query(
        `SELECT v.state, r.result IS NOT NULL AS counted, (SELECT count(*)::int FROM meeting_resolutions WHERE vote_id = v.id) AS resolutions
         FROM votes v JOIN vote_rounds r ON r.vote_id = v.id AND r.round = v.current_round WHERE v.id = $1`,
        [vote.voteId],
      );
      expect(result).toEqual({ state: 'closed', counted: true, resolutions: 1 });
    },
    SETUP_MS,
  );

  it(
    'leaves no decision, no register entry and no awarded nomination when the app dies while issuing a decision, then issues it whole',
    async () => {
      await freshWorld();
      const c3: Cluster3 = await givenCluster3In2023(t.dataSource);
      const awards = await givenAwardCatalog(t);
      const sonLa: Caller = await officerOf(t, c3, 'sonLa');
      const council = await givenCouncil(t, 9, '2025-01-01');
      onDay(t, '2025-08-20');
      const nominations: string[] = [];
      for (const n of [1, 2]) {
        const person = { fullName: `Lò Văn Thưởng ${n}`, gender: 'male', birthYear: 1970 + n };
        const created = await sonLa
          .post('/api/v1/nominations')
          .send(ownProposal(c3, 'sonLa', awards.LHHVN_BANG_KHEN, person))
          .expect(201);
        await givenDossier(sonLa, created.body.id);
        await transition(sonLa, created.body.id, 'submit').expect(200);
        await transition(t.staff, created.body.id, 'forward_to_council').expect(200);
        await councilVote(t.staff, created.body.id, '2025-08-20', councilBallots(council, { inFavour: 5, against: 4 })).expect(201);
        nominations.push(created.body.id);
      }
      const decision = {
        signerName: 'Phan Xuân Dũng',
        signerPosition: 'Chủ tịch',
        number: '45/QĐ-LHHVN',
        decidedOn: '2025-08-20',
        nominationIds: nominations,
      };
      const before = await tables();

      await killedMidTransaction((app) => app.http.post('/api/v1/award-decisions').set('authorization', staffBearer).send(decision));

      expect(await tables()).toEqual(before);

      const app = await startAppProcess();
      try {
        const issued = await app.http.post('/api/v1/award-decisions').set('authorization', staffBearer).send(decision).expect(201);
        expect(issued.body).toMatchObject({ reference: '45/QĐ-LHHVN', recipientCount: 2 });
      } finally {
        app.child.kill('SIGKILL');
        await app.exited;
      }
      const [complete] = await t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM award_decisions) AS decisions,
                (SELECT count(*)::int FROM award_register WHERE register_number IS NOT NULL AND nomination_id = ANY ($1::uuid[])) AS entries,
                (SELECT count(*)::int FROM nominations WHERE state = 'awarded' AND id = ANY ($1::uuid[])) AS awarded`,
        [nominations],
      );
      expect(complete).toEqual({ decisions: 1, entries: 2, awarded: 2 });
    },
    SETUP_MS,
  );
});
