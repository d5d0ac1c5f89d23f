import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { givenSignedInUser, TEST_PASSWORD } from '../helpers/auth.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** The bearer is only the 15-minute access token; an API client goes on with a rotating refresh token. */
describe('bearer tokens, the session cookie and refresh tokens kept apart', () => {
  let t: TestApp;

  const login = async () => {
    const response = await t.http.post('/api/v1/auth/login').send({ username: 'api.client', password: TEST_PASSWORD }).expect(200);
    const cookie = (response.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('thidua_session='))!.split(';')[0];
    return { ...(response.body as { accessToken: string; refreshToken: string; user: { userId: string; sessionId: string } }), cookie };
  };
  const me = (bearer: string) => t.http.get('/api/v1/auth/me').set('authorization', `Bearer ${bearer}`);
  const refresh = (refreshToken: string) => t.http.post('/api/v1/auth/refresh').send({ refreshToken });

  beforeAll(async () => {
    t = await startTestApp();
    await givenSignedInUser(t, { username: 'api.client', roles: ['national_staff'] });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses the session cookie value as a bearer token, and the access token or refresh token as the cookie', async () => {
    const session = await login();
    await me(session.accessToken).expect(200);
    await t.http.get('/api/v1/auth/me').set('cookie', session.cookie).expect(200);

    const cookieAsBearer = await me(session.cookie.slice('thidua_session='.length)).expect(401);
    expect(cookieAsBearer.body.code).toBe('AUTH.SESSION_EXPIRED');
    await me(session.refreshToken).expect(401);
    await t.http.get('/api/v1/auth/me').set('cookie', `thidua_session=${session.accessToken}`).expect(401);
  });

  it('refuses an expired access token, and a refresh gives a new one and the next refresh token', async () => {
    const session = await login();
    const jwt = t.app.get(JwtService);
    const issuedAt = Math.floor(Date.now() / 1000) - 16 * 60;
    const expired = await jwt.signAsync(
      { sub: session.user.userId, sid: session.user.sessionId, typ: 'access', iat: issuedAt },
      { expiresIn: 900 },
    );
    await me(expired).expect(401);

    const renewed = await refresh(session.refreshToken).expect(200);
    expect(renewed.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    expect(renewed.body.refreshToken).not.toBe(session.refreshToken);
    await me(renewed.body.accessToken).expect(200);
    const again = await refresh(renewed.body.refreshToken).expect(200);
    await me(again.body.accessToken).expect(200);
  });

  it('revokes the session when a refresh token is used again after its rotation', async () => {
    const session = await login();
    const renewed = await refresh(session.refreshToken).expect(200);

    const replayed = await refresh(session.refreshToken).expect(401);
    expect(replayed.body.code).toBe('AUTH.REFRESH_TOKEN_REFUSED');
    await me(renewed.body.accessToken).expect(401);
    await refresh(renewed.body.refreshToken).expect(401);
    await t.http.get('/api/v1/auth/me').set('cookie', session.cookie).expect(401);
    const [row] = await t.dataSource.query('SELECT revoked_at FROM sessions WHERE id = $1', [session.user.sessionId]);
    expect(row.revoked_at).not.toBeNull();
    const [event] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'auth.refresh_token_reused'`);
    expect(event.n).toBe(1);
  });

  it('gives one new token to two concurrent refreshes with the same token, and ends the session', async () => {
    const session = await login();
    const answers = await Promise.all([refresh(session.refreshToken), refresh(session.refreshToken)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 401]);
    const winner = answers.find((a) => a.status === 200)!;
    await me(winner.body.accessToken).expect(401);
  });

  it('refuses refresh tokens after logout, forged ones, and an access token in their place', async () => {
    const session = await login();
    await t.http.post('/api/v1/auth/logout').set('authorization', `Bearer ${session.accessToken}`).expect(204);
    await refresh(session.refreshToken).expect(401);
    await refresh('abc.def.ghi').expect(401);
    const other = await login();
    await refresh(other.accessToken).expect(401);
    await refresh(other.refreshToken).expect(200);
  });
});
