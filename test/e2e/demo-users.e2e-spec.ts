import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { DEMO_PASSWORD, DEMO_USERS } from '../../seeds/demo/users.js';
import { runSeeds } from '../../seeds/run-seeds.js';
import { DemoPasswordsInProductionError } from '../../src/access/users/user.errors.js';
import { UsersService } from '../../src/access/users/users.service.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const quiet = pino({ level: 'silent' });

describe('the demo accounts of Cluster 3', () => {
  let t: TestApp;

  async function signInWithDemoPassword(username: string): Promise<string> {
    const response = await t.http.post('/api/v1/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200);
    return `Bearer ${response.body.accessToken}`;
  }

  async function replaceDemoPassword(bearer: string, newPassword: string): Promise<void> {
    await t.http
      .post('/api/v1/users/me/password')
      .set('authorization', bearer)
      .send({ currentPassword: DEMO_PASSWORD, newPassword })
      .expect(204);
  }

  async function demoAccounts(): Promise<{ username: string; demo_password: boolean; active: boolean }[]> {
    return t.dataSource.query('SELECT username, demo_password, active FROM users WHERE username = ANY($1) ORDER BY username', [
      DEMO_USERS.map((user) => user.username),
    ]);
  }

  beforeAll(async () => {
    t = await startTestApp();
    await runSeeds(t.dataSource, { demo: true }, quiet);
  });
  afterAll(async () => {
    await t.close();
  });

  it('signs in Sơn La’s officer as a unit officer of LHH Sơn La', async () => {
    const bearer = await signInWithDemoPassword('sonla.canbo');
    const me = await t.http.get('/api/v1/auth/me').set('authorization', bearer).expect(200);
    const [sonLa] = await t.dataSource.query(`SELECT id FROM organizations WHERE code = 'LHH-SON-LA'`);
    expect(me.body).toMatchObject({ username: 'sonla.canbo', organizationId: sonLa.id, roles: ['unit_officer'] });
  });

  it('creates an administrator, a VUSTA officer and an officer of each of the 8 unions, all with the demo password', async () => {
    const rows: { username: string; roles: string; code: string; demo_password: boolean }[] = await t.dataSource.query(
      `SELECT u.username, u.roles::text AS roles, o.code, u.demo_password
         FROM users u JOIN organizations o ON o.id = u.organization_id
        WHERE u.demo_password ORDER BY u.username`,
    );
    expect(rows).toEqual(
      [
        ['dienbien.canbo', '{unit_officer}', 'LHH-DIEN-BIEN'],
        ['hoabinh.canbo', '{unit_officer}', 'LHH-HOA-BINH'],
        ['laichau.canbo', '{unit_officer}', 'LHH-LAI-CHAU'],
        ['laocai.canbo', '{unit_officer}', 'LHH-LAO-CAI'],
        ['phutho.canbo', '{unit_officer}', 'LHH-PHU-THO'],
        ['quantri', '{system_admin}', 'VUSTA'],
        ['sonla.canbo', '{unit_officer}', 'LHH-SON-LA'],
        ['vinhphuc.canbo', '{unit_officer}', 'LHH-VINH-PHUC'],
        ['vusta.canbo', '{national_staff}', 'VUSTA'],
        ['yenbai.canbo', '{unit_officer}', 'LHH-YEN-BAI'],
      ].map(([username, roles, code]) => ({ username, roles, code, demo_password: true })),
    );
    const vusta = await signInWithDemoPassword('vusta.canbo');
    const clusters = await t.http.get('/api/v1/clusters').set('authorization', vusta).expect(200);
    expect(clusters.body.total).toBe(9);
  });

  it('records the creation of each demo account in the audit trail', async () => {
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_events e JOIN users u ON u.id::text = e.entity_id
        WHERE e.action = 'user.create' AND u.demo_password`,
    );
    expect(count).toBe(DEMO_USERS.length);
  });

  it('keeps one account per name and a changed password when seeded again', async () => {
    const dienBien = await signInWithDemoPassword('dienbien.canbo');
    await replaceDemoPassword(dienBien, 'Dien-bien-phu-1954');
    const [{ count: usersBefore }] = await t.dataSource.query('SELECT count(*)::int AS count FROM users');

    await runSeeds(t.dataSource, { demo: true }, quiet);

    const [{ count: usersAfter }] = await t.dataSource.query('SELECT count(*)::int AS count FROM users');
    expect(usersAfter).toBe(usersBefore);
    const duplicates = await t.dataSource.query('SELECT lower(username) FROM users GROUP BY lower(username) HAVING count(*) > 1');
    expect(duplicates).toEqual([]);
    await t.http.post('/api/v1/auth/login').send({ username: 'dienbien.canbo', password: DEMO_PASSWORD }).expect(401);
    await t.http.post('/api/v1/auth/login').send({ username: 'dienbien.canbo', password: 'Dien-bien-phu-1954' }).expect(200);
    const [{ count: creations }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM audit_events WHERE action = 'user.create'`);
    expect(creations).toBe(usersAfter);
  });

  it('lets quantri create a user who can then sign in', async () => {
    const admin = await signInWithDemoPassword('quantri');
    const [laoCai] = await t.dataSource.query(`SELECT id FROM organizations WHERE code = 'LHH-LAO-CAI'`);
    await t.http
      .post('/api/v1/users')
      .set('authorization', admin)
      .send({
        username: 'laocai.vanthu',
        displayName: 'Văn thư LHH Lào Cai',
        roles: ['unit_officer'],
        organizationId: laoCai.id,
        password: 'Sa-pa-2024-ok',
      })
      .expect(201);
    const login = await t.http.post('/api/v1/auth/login').send({ username: 'laocai.vanthu', password: 'Sa-pa-2024-ok' }).expect(200);
    expect(login.body.user).toMatchObject({ organizationId: laoCai.id, roles: ['unit_officer'] });
  });

  it('refuses production while a demo password still works, until each is changed or its account deactivated', async () => {
    const users = t.app.get(UsersService);
    const stillDemo = (await demoAccounts()).filter((user) => user.demo_password).map((user) => user.username);
    expect(stillDemo).not.toContain('dienbien.canbo');
    await expect(users.assertNoDemoPasswords()).rejects.toThrow(DemoPasswordsInProductionError);
    await expect(users.assertNoDemoPasswords()).rejects.toThrow(`mật khẩu demo còn hiệu lực cho: ${stillDemo.join(', ')}.`);

    const admin = await signInWithDemoPassword('quantri');
    await replaceDemoPassword(admin, 'Quan-tri-that-2025');
    const othersStillDemo = stillDemo.filter((username) => username !== 'quantri');
    await expect(users.assertNoDemoPasswords()).rejects.toThrow(`mật khẩu demo còn hiệu lực cho: ${othersStillDemo.join(', ')}.`);

    const listed = await t.http.get('/api/v1/users').query({ pageSize: 100 }).set('authorization', admin).expect(200);
    for (const user of listed.body.items as { id: string; username: string; version: number }[]) {
      if (!othersStillDemo.includes(user.username)) continue;
      await t.http.patch(`/api/v1/users/${user.id}`).set('authorization', admin).send({ active: false, version: user.version }).expect(200);
    }
    expect((await demoAccounts()).filter((user) => user.demo_password && user.active)).toEqual([]);
    await expect(users.assertNoDemoPasswords()).resolves.toBeUndefined();
  });
});
