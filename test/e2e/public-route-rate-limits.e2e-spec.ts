import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { pino } from 'pino';
import supertest from 'supertest';
import { createApp } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/platform/config/app.config.js';
import { givenSignedInUser, TEST_PASSWORD } from '../helpers/auth.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** Both instances sign tokens with the same secret, as instances behind one load balancer do. */
const LIMITS = {
  AUTH_TOKEN_SECRET: 'secret-of-both-instances-0123456789abcdef',
  RATE_LIMITS: 'true',
  HTTP_TRUST_PROXY: '1',
  RATE_LIMIT_SIGN_IN_PER_MINUTE: '3',
  RATE_LIMIT_REFRESH_PER_MINUTE: '2',
  RATE_LIMIT_BALLOTS_PER_MINUTE: '2',
  RATE_LIMIT_RECEIPT_CHECKS_PER_MINUTE: '2',
};
const VOTE = '00000000-0000-4000-8000-000000000000';

/** The public routes are limited per client address and minute, counted in PostgreSQL for every app instance. */
describe('rate limits on the public routes', () => {
  let t: TestApp;
  let second: NestExpressApplication;
  let address = 0;
  /** A client address of its own for each test: no count carries over. */
  const nextAddress = () => `192.0.2.${++address}`;

  beforeAll(async () => {
    t = await startTestApp({ env: LIMITS });
    await givenSignedInUser(t, { username: 'api.client', roles: ['national_staff'] });
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...LIMITS });
    const url = (t.dataSource.options as { url: string }).url;
    second = await createApp({ ...config, database: { ...config.database, url } }, pino({ level: 'silent' }));
    await second.init();
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const signIn = (from: string, http = t.http) =>
    http.post('/api/v1/auth/login').set('x-forwarded-for', from).send({ username: 'api.client', password: TEST_PASSWORD });

  it('refuses the fourth sign-in of a minute from one address with a 429 problem document in Vietnamese and Retry-After', async () => {
    const from = nextAddress();
    for (let attempt = 1; attempt <= 3; attempt++) await signIn(from).expect(200);
    const refused = await signIn(from).expect(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 429, code: 'RATE_LIMIT.EXCEEDED' });
    expect(refused.body.title).toMatch(/^Có quá nhiều yêu cầu từ địa chỉ của bạn\. .*thử lại sau \d+ giây\.$/);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);

    await signIn(nextAddress()).expect(200);
  });

  it('counts the hits of every app instance together', async () => {
    const from = nextAddress();
    await signIn(from).expect(200);
    await signIn(from, supertest(second.getHttpServer())).expect(200);
    await signIn(from).expect(200);
    await signIn(from, supertest(second.getHttpServer())).expect(429);
    await signIn(from).expect(429);
  });

  it('limits ballots cast with a printed code, receipt checks and refreshes the same way', async () => {
    const from = nextAddress();
    const ballot = () => t.http.post('/api/v1/ballots').set('x-forwarded-for', from).send({ code: 'AAAA-BBBB-CCCC-DDDD', answer: 'yes' });
    expect((await ballot()).status).not.toBe(429);
    expect((await ballot()).status).not.toBe(429);
    await ballot().expect(429);

    const check = () => t.http.get(`/api/v1/votes/${VOTE}/receipts/K7QM2XRD9H`).set('x-forwarded-for', from);
    await check().expect(404);
    await check().expect(404);
    await check().expect(429);

    const refresh = () => t.http.post('/api/v1/auth/refresh').set('x-forwarded-for', from).send({ refreshToken: 'abc.def.ghi' });
    await refresh().expect(401);
    await refresh().expect(401);
    await refresh().expect(429);
  });

  it('limits the sign-in page the same way, and answers with a page', async () => {
    const from = nextAddress();
    const form = await t.http.get('/sign-in').set('x-forwarded-for', from).expect(200);
    const cookie = (form.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('thidua_csrf='))!.split(';')[0];
    const token = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    const post = () =>
      t.http
        .post('/sign-in')
        .set('x-forwarded-for', from)
        .set('cookie', cookie)
        .type('form')
        .send({ _csrf: token, username: 'api.client', password: 'sai-mat-khau-1' });
    for (let attempt = 1; attempt <= 3; attempt++) await post().expect(401);
    const refused = await post().expect(429);
    expect(refused.headers['content-type']).toMatch(/^text\/html/);
    expect(refused.text).toContain('Có quá nhiều yêu cầu từ địa chỉ của bạn.');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits the receipt check page of a vote the same way', async () => {
    const from = nextAddress();
    const form = await t.http.get('/sign-in').set('x-forwarded-for', nextAddress()).expect(200);
    const cookie = (form.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('thidua_csrf='))!.split(';')[0];
    const token = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    const check = () =>
      t.http
        .post(`/ballot/receipts/${VOTE}`)
        .set('x-forwarded-for', from)
        .set('cookie', cookie)
        .type('form')
        .send({ _csrf: token, receipt: 'K7QM2XRD9H' });
    await check().expect(404);
    await check().expect(404);
    const refused = await check().expect(429);
    expect(refused.text).toContain('Có quá nhiều yêu cầu từ địa chỉ của bạn.');
  });

  it('leaves the routes that are not public unlimited', async () => {
    const from = nextAddress();
    for (let attempt = 1; attempt <= 6; attempt++) await t.staff.get('/api/v1/auth/me').set('x-forwarded-for', from).expect(200);
  });
});
