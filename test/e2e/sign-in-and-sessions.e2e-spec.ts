import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenSignedInUser, type SignedInUser, TEST_PASSWORD } from '../helpers/auth.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('signing in and sessions', () => {
  let t: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await givenSignedInUser(t, { username: 'quantri', roles: ['system_admin'] });
  });
  afterAll(async () => {
    await t.close();
  });

  it('signs in with a password and answers who is signed in, by bearer token and by cookie', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ username: 'quantri', password: TEST_PASSWORD }).expect(200);
    expect(login.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, user: { username: 'quantri', roles: ['system_admin'] } });
    const cookie = login.headers['set-cookie'] as unknown as string[];
    expect(cookie[0]).toMatch(/^thidua_session=.+; .*HttpOnly/);
    expect(cookie[0]).toMatch(/SameSite=Lax/);

    const byToken = await t.http.get('/api/v1/auth/me').set('authorization', `Bearer ${login.body.accessToken}`).expect(200);
    expect(byToken.body.username).toBe('quantri');
    const byCookie = await t.http.get('/api/v1/auth/me').set('cookie', cookie[0].split(';')[0]).expect(200);
    expect(byCookie.body.username).toBe('quantri');
  });

  it('refuses a protected route without credentials, in Vietnamese', async () => {
    const response = await t.http.get('/api/v1/auth/me').expect(401);
    expect(response.body).toMatchObject({ code: 'AUTH.NOT_SIGNED_IN', title: 'Vui lòng đăng nhập để tiếp tục.' });
  });

  it('refuses a forged token', async () => {
    const response = await t.http.get('/api/v1/auth/me').set('authorization', 'Bearer abc.def.ghi').expect(401);
    expect(response.body.code).toBe('AUTH.SESSION_EXPIRED');
  });

  it('ends the session on logout, for the token and the cookie alike', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ username: 'quantri', password: TEST_PASSWORD }).expect(200);
    const bearer = `Bearer ${login.body.accessToken}`;
    await t.http.post('/api/v1/auth/logout').set('authorization', bearer).expect(204);
    await t.http.get('/api/v1/auth/me').set('authorization', bearer).expect(401);
    const cookie = (login.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    await t.http.get('/api/v1/auth/me').set('cookie', cookie).expect(401);
  });

  it('refuses a token whose session has expired', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ username: 'quantri', password: TEST_PASSWORD }).expect(200);
    await t.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [login.body.user.sessionId]);
    const response = await t.http.get('/api/v1/auth/me').set('authorization', `Bearer ${login.body.accessToken}`).expect(401);
    expect(response.body.code).toBe('AUTH.SESSION_EXPIRED');
  });

  it('answers a malformed login body with field errors, not a wrong-password message', async () => {
    const response = await t.http.post('/api/v1/auth/login').send({ username: 'quantri', extra: 1 }).expect(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'password', message: 'Phải là chuỗi ký tự.' },
        { field: 'extra', message: 'Trường này không được phép gửi lên.' },
      ]),
    );
  });

  it('records sign-ins and failed sign-ins in the audit trail', async () => {
    await t.http.post('/api/v1/auth/login').send({ username: 'quantri', password: 'sai-mat-khau-1' }).expect(401);
    const events: { action: string }[] = await t.dataSource.query(
      `SELECT action FROM audit_events WHERE action IN ('auth.login', 'auth.login_failed', 'auth.logout')`,
    );
    const actions = events.map((e) => e.action);
    expect(actions).toContain('auth.login');
    expect(actions).toContain('auth.login_failed');
    expect(actions).toContain('auth.logout');
  });

  it('lets an administrator create users, under the password policy', async () => {
    const weak = await t.http
      .post('/api/v1/users')
      .set('authorization', admin.bearer)
      .send({ username: 'dienbien.canbo', displayName: 'Cán bộ Điện Biên', roles: ['national_staff'], password: 'ngan1' })
      .expect(422);
    expect(weak.body.errors).toEqual([{ field: 'password', message: 'Mật khẩu phải có ít nhất 10 ký tự.' }]);
    await t.http
      .post('/api/v1/users')
      .set('authorization', admin.bearer)
      .send({ username: 'dienbien.canbo', displayName: 'Cán bộ Điện Biên', roles: ['national_staff'], password: TEST_PASSWORD })
      .expect(201);
    const duplicate = await t.http
      .post('/api/v1/users')
      .set('authorization', admin.bearer)
      .send({ username: 'DienBien.CanBo', displayName: 'x', roles: ['national_staff'], password: TEST_PASSWORD })
      .expect(409);
    expect(duplicate.body.code).toBe('USER.USERNAME_TAKEN');
    const officerWithoutUnit = await t.http
      .post('/api/v1/users')
      .set('authorization', admin.bearer)
      .send({ username: 'khongdonvi', displayName: 'x', roles: ['unit_officer'], password: TEST_PASSWORD })
      .expect(422);
    expect(officerWithoutUnit.body.errors[0].field).toBe('organizationId');
  });

  it('never returns password hashes', async () => {
    const list = await t.http.get('/api/v1/users').set('authorization', admin.bearer).expect(200);
    expect(list.body.total).toBeGreaterThan(0);
    expect(JSON.stringify(list.body)).not.toMatch(/argon2|passwordHash/);
  });

  it('gives one success and one 409 to two concurrent updates of the same user version', async () => {
    const created = await t.http
      .post('/api/v1/users')
      .set('authorization', admin.bearer)
      .send({ username: 'song.song', displayName: 'Trước', roles: ['national_staff'], password: TEST_PASSWORD })
      .expect(201);
    const results = await Promise.all(
      ['Một', 'Hai'].map((displayName) =>
        t.http
          .patch(`/api/v1/users/${created.body.id}`)
          .set('authorization', admin.bearer)
          .send({ displayName, version: created.body.version }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const stored = await t.dataSource.query('SELECT display_name FROM users WHERE id = $1', [created.body.id]);
    expect(['Một', 'Hai']).toContain(stored[0].display_name);
  });

  it('changes a password and drops the old one', async () => {
    const user = await givenSignedInUser(t, { username: 'doimatkhau', roles: ['national_staff'] });
    await t.http
      .post('/api/v1/users/me/password')
      .set('authorization', user.bearer)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'Mat-khau-moi-2025' })
      .expect(204);
    await t.http.post('/api/v1/auth/login').send({ username: 'doimatkhau', password: TEST_PASSWORD }).expect(401);
    await t.http.post('/api/v1/auth/login').send({ username: 'doimatkhau', password: 'Mat-khau-moi-2025' }).expect(200);
  });
});
