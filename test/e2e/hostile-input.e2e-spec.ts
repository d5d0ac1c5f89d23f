import { randomUUID } from 'node:crypto';
import { ValidationPipe } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Response } from 'supertest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const ORGANIZATION = {
  code: 'LHH-THU-NGHIEM',
  kind: 'provincial_union',
  fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thử Nghiệm',
  shortName: 'LHH Thử Nghiệm',
  activeFrom: '2000-01-01',
};

function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

function expectProblem(response: Response, status: number, code: string): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.body).toMatchObject({ status, code });
}

describe('hostile input is refused early, cheaply and with a problem document', () => {
  let t: TestApp;
  const organizations = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM organizations'))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a body nested 10,000 levels on the public sign-in and ballot routes with 400, not 500', async () => {
    for (const path of ['/api/v1/auth/login', '/api/v1/ballots']) {
      const response = await t.http
        .post(path)
        .set('content-type', 'application/json')
        .send(`{"username":${nested(10_000)}}`);
      expectProblem(response, 400, 'REQUEST.BODY_TOO_COMPLEX');
      expect(response.body.title).toContain('lồng quá 32 cấp');
    }
  });

  it('refuses a 400 KB nested body before parsing it, without holding up /health', async () => {
    const body = nested(80_000);
    expect(body.length).toBeGreaterThan(400_000);
    const flood = Array.from({ length: 10 }, () => t.http.post('/api/v1/auth/login').set('content-type', 'application/json').send(body));
    const health = t.http.get('/health');
    const started = Date.now();
    const [answered] = await Promise.all([health, ...flood]);
    expect(answered.status).toBe(200);
    for (const response of await Promise.all(flood)) expectProblem(response, 400, 'REQUEST.BODY_TOO_COMPLEX');
    // Generous: the point is "answers at once", not a benchmark (the issue measured 0.8 s per body).
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses the 400 KB nested body in the shape check on its raw bytes: JSON.parse never builds it, validation and class-transformer never see it', async () => {
    const body = nested(80_000);
    const parse = jest.spyOn(JSON, 'parse');
    const validate = jest.spyOn(ValidationPipe.prototype, 'transform');
    try {
      const refused = await t.http.post('/api/v1/auth/login').set('content-type', 'application/json').send(body);
      expectProblem(refused, 400, 'REQUEST.BODY_TOO_COMPLEX');
      expect(parse.mock.calls.filter(([text]) => typeof text === 'string' && text.length >= body.length)).toEqual([]);
      expect(validate).not.toHaveBeenCalled();

      // The spies do see a body that passes the check: it is parsed, then validated.
      await t.http.post('/api/v1/auth/login').send({ username: 'khong-ton-tai', password: 'x' }).expect(401);
      expect(parse.mock.calls.some(([text]) => typeof text === 'string' && text.includes('khong-ton-tai'))).toBe(true);
      expect(validate).toHaveBeenCalled();
    } finally {
      parse.mockRestore();
      validate.mockRestore();
    }
  });

  it('refuses a body with too many fields', async () => {
    const fields = Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`f${i}`, 1]));
    const response = await t.staff.post('/api/v1/organizations').send(fields);
    expectProblem(response, 400, 'REQUEST.BODY_TOO_COMPLEX');
  });

  it('refuses NUL in any text field as a field error, on the public sign-in, ballots and staff forms', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ username: 'vusta\u0000', password: 'x' });
    expectProblem(login, 400, 'REQUEST.INVALID');
    expect(login.body.errors).toEqual([{ field: 'username', message: expect.stringContaining('không lưu được') }]);

    const ballot = await t.http.post('/api/v1/ballots').send({ code: 'K7QM-2XRD-9HVA-T4NP\u0000', choices: [] });
    expectProblem(ballot, 400, 'REQUEST.INVALID');
    expect(ballot.body.errors[0].field).toBe('code');

    const before = await organizations();
    const unit = await t.staff.post('/api/v1/organizations').send({ ...ORGANIZATION, shortName: 'LHH \u0000' });
    expectProblem(unit, 400, 'REQUEST.INVALID');
    expect(unit.body.errors[0].field).toBe('shortName');
    const lone = await t.staff.post('/api/v1/organizations').send({ ...ORGANIZATION, shortName: 'LHH \ud800' });
    expect(lone.body.errors[0].field).toBe('shortName');
    expect(await organizations()).toBe(before);
  });

  it.each([
    ['__proto__ at the top', `{"__proto__":{"admin":true},${JSON.stringify(ORGANIZATION).slice(1)}`, '__proto__'],
    ['constructor at the top', JSON.stringify({ ...ORGANIZATION, constructor: { prototype: {} } }), 'constructor'],
    ['toString at the top', JSON.stringify({ ...ORGANIZATION, toString: 'x' }), 'toString'],
    ['prototype nested', JSON.stringify({ ...ORGANIZATION, extra: { deeper: [{ prototype: 1 }] } }), 'extra.deeper.0.prototype'],
  ])('refuses a key that is not a plain data field (%s), and writes nothing', async (_name, body, field) => {
    const before = await organizations();
    const response = await t.staff.post('/api/v1/organizations').set('content-type', 'application/json').send(body);
    expectProblem(response, 400, 'REQUEST.INVALID');
    expect(response.body.errors).toContainEqual({ field, message: 'Trường này không được phép gửi lên.' });
    expect(await organizations()).toBe(before);
  });

  it('answers 415 to a body in a content type the route does not take, and writes nothing', async () => {
    const before = await organizations();
    const response = await t.staff.post('/api/v1/organizations').set('content-type', 'text/plain').send('LHH Thử Nghiệm');
    expectProblem(response, 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE');
    expect(response.body.title).toContain('text/plain');
    expect(await organizations()).toBe(before);
  });

  it.each(['0x7E7', '2023%20', '2.023e3', '+2023', '02023', '２０２３'])(
    'refuses the year %s in a path and closes nothing',
    async (year) => {
      const cluster = randomUUID();
      const response = await t.staff.post(`/api/v1/clusters/${cluster}/terms/${year}/close`).send({});
      expectProblem(response, 400, 'REQUEST.INVALID');
      expect(response.body.errors).toContainEqual({ field: 'year', message: 'Phải là số nguyên.' });
    },
  );

  it('refuses the year 2023%20 in a query string', async () => {
    const response = await t.staff.get(`/api/v1/meetings?year=2023%20`);
    expectProblem(response, 400, 'REQUEST.INVALID');
    expect(response.body.errors).toContainEqual({ field: 'year', message: 'Phải là số nguyên.' });
  });

  it.each(['abc', '1', `${randomUUID()}x`, "1' OR '1'='1"])(
    'answers the malformed id %s with a problem document, not a database error',
    async (id) => {
      const response = await t.staff.get(`/api/v1/award-types/${encodeURIComponent(id)}`);
      expect([400, 404]).toContain(response.status);
      expect(response.headers['content-type']).toContain('application/problem+json');
    },
  );

  it('still takes a well-formed request', async () => {
    const response = await t.staff.post('/api/v1/organizations').send(ORGANIZATION);
    expect(response.status).toBe(201);
  });

  it('limits the time to receive headers and a body', () => {
    const server = t.app.getHttpServer();
    expect(server.headersTimeout).toBe(20_000);
    expect(server.requestTimeout).toBe(120_000);
  });
});
