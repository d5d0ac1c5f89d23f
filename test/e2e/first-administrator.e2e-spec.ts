import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WeakPasswordError } from '../../src/access/users/user.errors.js';
import { UsersService } from '../../src/access/users/users.service.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** What ADMIN_USERNAME / ADMIN_PASSWORD give start-up. */
const ADMIN = { username: 'quantri.lhh', password: 'Quan-tri-vien-2025' };

describe('the first administrator from ADMIN_USERNAME and ADMIN_PASSWORD', () => {
  let t: TestApp;
  let users: UsersService;

  async function accountsNamed(username: string): Promise<{ roles: string; demo_password: boolean }[]> {
    return t.dataSource.query('SELECT roles::text AS roles, demo_password FROM users WHERE lower(username) = lower($1)', [username]);
  }

  beforeAll(async () => {
    t = await startTestApp();
    users = t.app.get(UsersService);
  });
  afterAll(async () => {
    await t.close();
  });

  it('does nothing when the variables are not set', async () => {
    const [{ count: before }] = await t.dataSource.query('SELECT count(*)::int AS count FROM users');
    await expect(users.ensureInitialAdmin(undefined)).resolves.toBe(false);
    const [{ count: after }] = await t.dataSource.query('SELECT count(*)::int AS count FROM users');
    expect(after).toBe(before);
  });

  it('refuses a weak ADMIN_PASSWORD with the password policy’s message, and creates nobody', async () => {
    const refusal = await users.ensureInitialAdmin({ username: 'quantri.yeu', password: 'ngan123' }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(WeakPasswordError);
    expect((refusal as WeakPasswordError).fieldErrors.map((f) => f.message.vi)).toEqual(['Mật khẩu phải có ít nhất 10 ký tự.']);
    const sameAsName = await users
      .ensureInitialAdmin({ username: 'quantri.yeu', password: 'quantri.yeu-2025' })
      .catch((error: unknown) => error);
    expect((sameAsName as WeakPasswordError).fieldErrors.map((f) => f.message.vi)).toEqual(['Mật khẩu không được chứa tên đăng nhập.']);
    expect(await accountsNamed('quantri.yeu')).toEqual([]);
  });

  it('creates the administrator once, who can sign in and create users', async () => {
    await expect(users.ensureInitialAdmin(ADMIN)).resolves.toBe(true);
    expect(await accountsNamed(ADMIN.username)).toEqual([{ roles: '{system_admin}', demo_password: false }]);
    const login = await t.http.post('/api/v1/auth/login').send(ADMIN).expect(200);
    expect(login.body.user).toMatchObject({ username: ADMIN.username, roles: ['system_admin'] });
    await t.http
      .post('/api/v1/users')
      .set('authorization', `Bearer ${login.body.accessToken}`)
      .send({ username: 'vusta.chuyenvien', displayName: 'Chuyên viên VUSTA', roles: ['national_staff'], password: 'Chuyen-vien-2025' })
      .expect(201);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_events e JOIN users u ON u.id::text = e.entity_id WHERE e.action = 'user.create' AND u.username = $1`,
      [ADMIN.username],
    );
    expect(count).toBe(1);
  });

  it('changes nothing at the next start, even with another password or the name in capitals', async () => {
    const [before] = await t.dataSource.query('SELECT id, password_hash, version FROM users WHERE username = $1', [ADMIN.username]);
    await expect(users.ensureInitialAdmin({ username: ADMIN.username, password: 'Mat-khau-khac-2026' })).resolves.toBe(false);
    await expect(users.ensureInitialAdmin({ username: ADMIN.username.toUpperCase(), password: ADMIN.password })).resolves.toBe(false);
    expect(await t.dataSource.query('SELECT id, password_hash, version FROM users WHERE lower(username) = $1', [ADMIN.username])).toEqual([
      before,
    ]);
    await t.http.post('/api/v1/auth/login').send({ username: ADMIN.username, password: 'Mat-khau-khac-2026' }).expect(401);
    await t.http.post('/api/v1/auth/login').send(ADMIN).expect(200);
  });
});
