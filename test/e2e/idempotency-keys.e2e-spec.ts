import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenSignedInUser } from '../helpers/auth.js';
import { givenBlockVote } from '../helpers/block-votes.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { IdempotencyRepository } from '../../src/platform/idempotency/idempotency.repository.js';
import { requestContext } from '../../src/platform/request-context/request-context.js';

function unit(code: string) {
  return {
    code,
    kind: 'provincial_union',
    fullName: `Liên hiệp các Hội KH&KT ${code}`,
    shortName: `LHH ${code}`,
    activeFrom: '2000-01-01',
  };
}

describe('a create retried with the same Idempotency-Key writes once', () => {
  let t: TestApp;
  const count = async (code: string) =>
    Number((await t.dataSource.query('SELECT count(*) AS n FROM organizations WHERE code = $1', [code]))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers a retry with the first answer and writes nothing twice', async () => {
    const key = randomUUID();
    const first = await t.staff.post('/api/v1/organizations').set('idempotency-key', key).send(unit('LHH-IDEM-1'));
    expect(first.status).toBe(201);
    const retry = await t.staff.post('/api/v1/organizations').set('idempotency-key', key).send(unit('LHH-IDEM-1'));
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(await count('LHH-IDEM-1')).toBe(1);
  });

  it('runs concurrent retries once', async () => {
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => t.staff.post('/api/v1/organizations').set('idempotency-key', key).send(unit('LHH-IDEM-2'))),
    );
    for (const response of responses) expect([201, 409]).toContain(response.status);
    expect(
      responses.filter((r) => r.status === 409).every((r) => r.body.code === 'IDEMPOTENCY.IN_PROGRESS' && r.headers['retry-after']),
    ).toBe(true);
    expect(await count('LHH-IDEM-2')).toBe(1);
  });

  it('refuses the same key with another body (422)', async () => {
    const key = randomUUID();
    await t.staff.post('/api/v1/organizations').set('idempotency-key', key).send(unit('LHH-IDEM-3')).expect(201);
    const other = await t.staff.post('/api/v1/organizations').set('idempotency-key', key).send(unit('LHH-IDEM-4'));
    expect(other.status).toBe(422);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
    expect(await count('LHH-IDEM-4')).toBe(0);
  });

  it('frees the key of a refused request, which wrote nothing', async () => {
    const key = randomUUID();
    await t.staff
      .post('/api/v1/organizations')
      .set('idempotency-key', key)
      .send({ ...unit('LHH-IDEM-5'), kind: 'x' })
      .expect(400);
    await t.staff.post('/api/v1/organizations').set('idempotency-key', key).send(unit('LHH-IDEM-5')).expect(201);
    expect(await count('LHH-IDEM-5')).toBe(1);
  });

  it('keeps keys apart per user', async () => {
    const other = await givenSignedInUser(t, { username: 'vusta.thuongtruc2', roles: ['national_staff'] });
    const key = randomUUID();
    await t.staff.post('/api/v1/organizations').set('idempotency-key', key).send(unit('LHH-IDEM-6')).expect(201);
    const theirs = await t.http
      .post('/api/v1/organizations')
      .set('authorization', other.bearer)
      .set('idempotency-key', key)
      .send(unit('LHH-IDEM-7'));
    expect(theirs.status).toBe(201);
    expect(await count('LHH-IDEM-7')).toBe(1);
  });

  it('refuses a malformed key', async () => {
    const response = await t.staff.post('/api/v1/organizations').set('idempotency-key', 'x'.repeat(201)).send(unit('LHH-IDEM-8'));
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('IDEMPOTENCY.KEY_INVALID');
    expect(await count('LHH-IDEM-8')).toBe(0);
  });

  it('stores nothing of a ballot, which must never be kept beside its caller; a retry is refused by one ballot per unit', async () => {
    const vote = await givenBlockVote(t, 3);
    const key = randomUUID();
    const ballot = { code: vote.codes[0], choices: [vote.candidates[0]] };
    await t.http.post('/api/v1/ballots').set('idempotency-key', key).send(ballot).expect(201);
    const retry = await t.http.post('/api/v1/ballots').set('idempotency-key', key).send(ballot).expect(409);
    expect(retry.body.code).toBe('BALLOT.ALREADY_VOTED');
    const stored = await t.dataSource.query(`SELECT count(*) AS n FROM idempotency_keys WHERE route LIKE '%ballots'`);
    expect(Number(stored[0].n)).toBe(0);
  });

  it('stores nothing of a sign-in', async () => {
    await t.http.post('/api/v1/auth/login').set('idempotency-key', randomUUID()).send({ username: 'khong-co', password: 'x' });
    const stored = await t.dataSource.query(`SELECT count(*) AS n FROM idempotency_keys WHERE route LIKE '%/auth/%'`);
    expect(Number(stored[0].n)).toBe(0);
  });

  it('marks the key written in the very transaction of the write, so an answer lost with its process is never run again', async () => {
    const key = randomUUID();
    await t.staff.post('/api/v1/organizations').set('idempotency-key', key).send(unit('LHH-IDEM-9')).expect(201);
    const [row] = await t.dataSource.query(`SELECT written_at, status_code FROM idempotency_keys WHERE key = $1`, [key]);
    expect(row.written_at).not.toBeNull();
    expect(row.status_code).toBe(201);

    // What a process killed between its COMMIT and storing the answer leaves, a minute later.
    await t.dataSource.query(
      `UPDATE idempotency_keys SET status_code = NULL, response_body = NULL, created_at = now() - interval '1 minute' WHERE key = $1`,
      [key],
    );
    const retry = await t.staff.post('/api/v1/organizations').set('idempotency-key', key).send(unit('LHH-IDEM-9'));
    expect(retry.status).toBe(409);
    expect(retry.body.code).toBe('IDEMPOTENCY.ANSWER_LOST');
    expect(await count('LHH-IDEM-9')).toBe(1);
  });

  it('runs again an attempt abandoned before it wrote anything', async () => {
    const key = randomUUID();
    const attempt = { scope: 'user:x', key, route: 'POST /api/v1/organizations', token: randomUUID() };
    const store = new IdempotencyRepository(t.dataSource.manager);
    await store.claim(attempt, 'h', { ttlSeconds: 3600, abandonedAfterSeconds: 40 });
    await t.dataSource.query(`UPDATE idempotency_keys SET created_at = now() - interval '1 minute' WHERE key = $1`, [key]);
    const retry = { ...attempt, token: randomUUID() };
    expect(await store.claim(retry, 'h', { ttlSeconds: 3600, abandonedAfterSeconds: 40 })).toEqual({ state: 'claimed' });
  });

  it('rolls back the late write of an attempt whose key a retry has taken over', async () => {
    const key = randomUUID();
    const store = new IdempotencyRepository(t.dataSource.manager);
    const times = { ttlSeconds: 3600, abandonedAfterSeconds: 40 };
    const late = { scope: 'user:x', key, route: 'POST /api/v1/organizations', token: randomUUID() };
    await store.claim(late, 'h', times);
    await t.dataSource.query(`UPDATE idempotency_keys SET created_at = now() - interval '1 minute' WHERE key = $1`, [key]);
    await store.claim({ ...late, token: randomUUID() }, 'h', times);

    const lateWrite = requestContext.runAs(undefined, () =>
      requestContext.underIdempotencyKey(late, () =>
        t.dataSource.transaction((tx) =>
          tx.query(`INSERT INTO audit_events (action, entity_type, entity_id) VALUES ('test.late_write', 'test', $1)`, [key]),
        ),
      ),
    );
    await expect(lateWrite).rejects.toMatchObject({ code: 'IDEMPOTENCY.SUPERSEDED' });
    const [written] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1`, [key]);
    expect(written.n).toBe(0);
  });
});
