import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenSignedInUser, TEST_PASSWORD } from '../helpers/auth.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** The browser-facing defences: headers, cached assets, and CSRF on everything a cookie could sign. */
describe('web security', () => {
  let t: TestApp;
  let csrf: { cookie: string; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    await givenSignedInUser(t, { username: 'web.officer', roles: ['national_staff'] });
    const page = await t.http.get('/sign-in').expect(200);
    csrf = {
      cookie: (page.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('thidua_csrf='))!.split(';')[0],
      token: /name="_csrf" value="([^"]+)"/.exec(page.text)![1],
    };
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends a strict content security policy, no framing, nosniff and a referrer policy with every page', async () => {
    const page = await t.http.get('/sign-in').expect(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('same-origin');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.text).not.toMatch(/<script>|<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('serves assets at hashed addresses, cached for a year and compressed', async () => {
    const page = await t.http.get('/sign-in').expect(200);
    const css = /href="(\/assets\/pico\.[0-9a-f]{10}\.css)"/.exec(page.text)![1];
    const asset = await t.http.get(css).set('accept-encoding', 'gzip').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    await t.http.get('/assets/pico.0000000000.css').expect(404);
  });

  it('answers an unknown page with an HTML 404 and an unknown API route with a problem document', async () => {
    const page = await t.http.get('/no-such-page').expect(404);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('Không tìm thấy trang');
    const api = await t.http.get('/api/v1/no-such-route').expect(404);
    expect(api.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('keeps the signed-in header on the 404 page of a signed-in user', async () => {
    const page = await t.staff.get('/no-such-page').expect(404);
    expect(page.text).toContain('Không tìm thấy trang');
    expect(page.text).toContain('vusta.thuongtruc');
    expect(page.text).toContain('action="/sign-out"');
  });

  it('refuses a page form without its token, even for sign-in', async () => {
    const refused = await t.http
      .post('/sign-in')
      .set('cookie', csrf.cookie)
      .type('form')
      .send({ username: 'web.officer', password: TEST_PASSWORD })
      .expect(403);
    expect(refused.text).toContain('mã bảo vệ biểu mẫu');
    await t.http
      .post('/sign-in')
      .set('cookie', csrf.cookie)
      .type('form')
      .send({ username: 'web.officer', password: TEST_PASSWORD, _csrf: 'forged' })
      .expect(403);
    const signedIn = await t.http
      .post('/sign-in')
      .set('cookie', csrf.cookie)
      .type('form')
      .send({ username: 'web.officer', password: TEST_PASSWORD, _csrf: csrf.token, next: '/clusters' })
      .expect(303);
    expect(signedIn.headers.location).toBe('/clusters');
  });

  it('needs the token for an API write authenticated by the session cookie, not for one with a bearer token', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ username: 'web.officer', password: TEST_PASSWORD }).expect(200);
    const session = (login.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    const cookies = `${session}; ${csrf.cookie}`;
    const refused = await t.http
      .post('/api/v1/users/me/password')
      .set('cookie', cookies)
      .send({ currentPassword: 'x', newPassword: 'y' })
      .expect(403);
    expect(refused.body.code).toBe('SECURITY.CSRF_REJECTED');
    await t.http
      .post('/api/v1/users/me/password')
      .set('cookie', cookies)
      .set('x-csrf-token', csrf.token)
      .send({ currentPassword: 'sai-mat-khau-1', newPassword: 'y' })
      .expect(422);
    await t.http.post('/api/v1/auth/logout').set('authorization', `Bearer ${login.body.accessToken}`).expect(204);
  });

  it('keeps the API documentation page working under its own policy', async () => {
    const docs = await t.http.get('/api/docs/').expect(200);
    expect(docs.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(docs.text).toContain('swagger-ui');
  });
});
