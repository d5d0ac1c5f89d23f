import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** The maintenance database of the test server, set by the global setup. */
function adminClient(): pg.Client {
  return new pg.Client({ connectionString: process.env.THIDUA_TEST_ADMIN_URL });
}

describe('health when the database is down', () => {
  let t: TestApp;
  let database: string;
  beforeAll(async () => {
    t = await startTestApp();
    [{ database }] = await t.dataSource.query('SELECT current_database() AS database');
  });
  afterAll(async () => {
    const admin = adminClient();
    await admin.connect();
    await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
    await admin.end();
    await t.close();
  });

  it('answers 503 with the database down, not 500, and a signed-in request 503, not 401', async () => {
    await t.http.get('/health').expect(200);
    const admin = adminClient();
    await admin.connect();
    await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
    await admin.end();

    const response = await t.http.get('/health');
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ status: 'error', database: 'down' });

    // A signed-in user is told the database is down, never signed out (401) by it: on the API and on a page.
    const api = await t.staff.get('/api/v1/organizations');
    expect([api.status, api.body.code, api.headers['retry-after']]).toEqual([503, 'DATABASE.UNAVAILABLE', '5']);
    const page = await t.staff.get('/clusters');
    expect([page.status, page.headers['retry-after']]).toEqual([503, '5']);
    expect(page.text).toContain('Cơ sở dữ liệu tạm thời không phản hồi');
    expect(page.headers['content-type']).toContain('text/html');
  });
});
