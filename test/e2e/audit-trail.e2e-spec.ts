import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenSignedInUser, type SignedInUser } from '../helpers/auth.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('the audit trail', () => {
  let t: TestApp;
  let staff: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp();
    staff = await givenSignedInUser(t, { username: 'vusta.canbo', roles: ['national_staff'] });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses UPDATE, DELETE and TRUNCATE at the database', async () => {
    const [event] = await t.dataSource.query('SELECT id FROM audit_events LIMIT 1');
    expect(event).toBeDefined();
    await expect(t.dataSource.query(`UPDATE audit_events SET action = 'x' WHERE id = $1`, [event.id])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM audit_events WHERE id = $1', [event.id])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM audit_events WHERE id = $1', [event.id]);
    expect(count).toBe(1);
  });

  it('lets national staff read and filter it, with the request id of each change', async () => {
    const response = await t.http.get('/api/v1/audit').query({ action: 'auth.login' }).set('authorization', staff.bearer).expect(200);
    expect(response.body.total).toBeGreaterThan(0);
    expect(response.body.items[0]).toMatchObject({ action: 'auth.login', entityType: 'user', actorUsername: 'vusta.canbo' });
    expect(response.body.items[0].requestId).toEqual(expect.any(String));
  });

  it('answers bad filters with field errors', async () => {
    const response = await t.http.get('/api/v1/audit').query({ from: '27/11/2023' }).set('authorization', staff.bearer).expect(400);
    expect(response.body.errors[0].field).toBe('from');
  });
});
