import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { givenSignedInUser, type SignedInUser, TEST_PASSWORD } from '../helpers/auth.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { Clock } from '../../src/platform/time/clock.js';

/**
 * Wrong passwords slow down the client that types them (its address with that name, and its
 * address), never the name for everyone: an outsider cannot keep a secretariat out on conference day.
 */
describe('sign-in throttling an outsider cannot use against a user', () => {
  let t: TestApp;
  let admin: SignedInUser;
  let minutesLater = 0;

  const OUTSIDER = '203.0.113.7';
  const SECRETARIAT = '198.51.100.20';
  const signIn = (username: string, password: string, from: string) =>
    t.http.post('/api/v1/auth/login').set('x-forwarded-for', from).send({ username, password });

  /** Each test starts an hour after the last one, so that no count carries over. */
  function moveClock(seconds: number): void {
    const now = new Date(Date.UTC(2025, 10, 20, 1, 0, 0) + minutesLater * 60_000 + seconds * 1000);
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(now);
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { HTTP_TRUST_PROXY: '1' } });
    admin = await givenSignedInUser(t, { username: 'quantri', roles: ['system_admin'] });
    await givenSignedInUser(t, { username: 'laichau.canbo', roles: ['national_staff'] });
  });
  afterEach(() => {
    minutesLater += 120;
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    await t.close();
  });

  it('makes the address that typed five wrong passwords wait, even with the right one, while the real user signs in from elsewhere', async () => {
    moveClock(0);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await signIn('laichau.canbo', 'sai-mat-khau-1', OUTSIDER).expect(401);
      expect(wrong.body.title).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    }
    const waiting = await signIn('LaiChau.CanBo', TEST_PASSWORD, OUTSIDER).expect(429);
    expect(waiting.body.code).toBe('AUTH.TOO_MANY_ATTEMPTS');
    expect(waiting.body.title).toBe(
      'Đăng nhập sai quá nhiều lần từ máy này. Vui lòng thử lại sau 30 giây, hoặc nhờ quản trị viên mở khoá.',
    );
    expect(waiting.headers['retry-after']).toBe('30');

    await signIn('laichau.canbo', TEST_PASSWORD, SECRETARIAT).expect(200);
  });

  it('doubles the wait with each further failure, up to fifteen minutes', async () => {
    moveClock(0);
    for (let attempt = 1; attempt <= 5; attempt++) await signIn('laichau.canbo', 'sai-mat-khau-1', OUTSIDER).expect(401);
    const waits: string[] = [];
    let second = 0;
    for (const expected of ['30', '60', '120', '240', '480', '900', '900']) {
      const refused = await signIn('laichau.canbo', 'sai-mat-khau-1', OUTSIDER).expect(429);
      waits.push(refused.headers['retry-after'] as string);
      expect(refused.headers['retry-after']).toBe(expected);
      second += Number(expected);
      moveClock(second);
      await signIn('laichau.canbo', 'sai-mat-khau-1', OUTSIDER).expect(401);
    }
    expect(waits).toEqual(['30', '60', '120', '240', '480', '900', '900']);
  });

  it('throttles unknown names the same way, so throttling reveals nothing', async () => {
    moveClock(0);
    for (let attempt = 1; attempt <= 5; attempt++) await signIn('khong-ton-tai', 'x', OUTSIDER).expect(401);
    await signIn('khong-ton-tai', 'x', OUTSIDER).expect(429);
  });

  it("clears that client's count when it signs in", async () => {
    moveClock(0);
    for (let attempt = 1; attempt <= 4; attempt++) await signIn('laichau.canbo', 'sai-mat-khau-1', SECRETARIAT).expect(401);
    await signIn('laichau.canbo', TEST_PASSWORD, SECRETARIAT).expect(200);
    for (let attempt = 1; attempt <= 4; attempt++) await signIn('laichau.canbo', 'sai-mat-khau-1', SECRETARIAT).expect(401);
    await signIn('laichau.canbo', TEST_PASSWORD, SECRETARIAT).expect(200);
  });

  it('slows an address that guesses many names, whatever the name, and no other address', async () => {
    moveClock(0);
    for (let attempt = 1; attempt <= 30; attempt++) await signIn(`tinh${attempt}.canbo`, 'sai-mat-khau-1', OUTSIDER).expect(401);
    const refused = await signIn('laichau.canbo', TEST_PASSWORD, OUTSIDER).expect(429);
    expect(refused.headers['retry-after']).toBe('10');
    await signIn('laichau.canbo', TEST_PASSWORD, SECRETARIAT).expect(200);
  });

  it('lets a request that already carries a live session of the user sign in again at once', async () => {
    moveClock(0);
    const session = await signIn('laichau.canbo', TEST_PASSWORD, OUTSIDER).expect(200);
    for (let attempt = 1; attempt <= 5; attempt++) await signIn('laichau.canbo', 'sai-mat-khau-1', OUTSIDER).expect(401);
    await signIn('laichau.canbo', TEST_PASSWORD, OUTSIDER).expect(429);
    await signIn('laichau.canbo', TEST_PASSWORD, OUTSIDER).set('authorization', `Bearer ${session.body.accessToken}`).expect(200);
  });

  it("lets an administrator unlock a user's sign-in at once, from every address, and records it", async () => {
    moveClock(0);
    for (let attempt = 1; attempt <= 5; attempt++) await signIn('laichau.canbo', 'sai-mat-khau-1', SECRETARIAT).expect(401);
    await signIn('laichau.canbo', TEST_PASSWORD, SECRETARIAT).expect(429);
    const [user] = await t.dataSource.query(`SELECT id FROM users WHERE username = 'laichau.canbo'`);

    await t.http
      .post(`/api/v1/users/${user.id}/unlock`)
      .set('authorization', `Bearer ${(await signInAsStaff()).token}`)
      .expect(403);
    await t.http.post(`/api/v1/users/${user.id}/unlock`).set('authorization', admin.bearer).expect(204);
    await signIn('laichau.canbo', TEST_PASSWORD, SECRETARIAT).expect(200);
    const [event] = await t.dataSource.query(
      `SELECT actor_username FROM audit_events WHERE action = 'user.sign_in_unlocked' AND entity_id = $1`,
      [user.id],
    );
    expect(event.actor_username).toBe('quantri');
  });

  it('shows administrators, on the users page, whom wrong passwords hold back, with an unlock button that works', async () => {
    moveClock(0);
    for (let attempt = 1; attempt <= 5; attempt++) await signIn('laichau.canbo', 'sai-mat-khau-1', OUTSIDER).expect(401);
    const [laiChau] = await t.dataSource.query(`SELECT id FROM users WHERE username = 'laichau.canbo'`);
    const [quanTri] = await t.dataSource.query(`SELECT id FROM users WHERE username = 'quantri'`);

    const page = await t.http.get('/users').set('authorization', admin.bearer).expect(200);
    expect(page.text).toContain('Đang bị tạm chặn do nhập sai mật khẩu.');
    expect(page.text).toContain(`action="/users/${laiChau.id}/unlock"`);
    expect(page.text).not.toContain(`action="/users/${quanTri.id}/unlock"`);
    const staffPage = await t.http
      .get('/users')
      .set('authorization', (await signInAsStaff()).bearer)
      .expect(200);
    expect(staffPage.text).not.toContain('/unlock"');

    const unlocked = await t.http.post(`/users/${laiChau.id}/unlock`).set('authorization', admin.bearer).type('form').send({}).expect(303);
    expect(unlocked.headers.location).toBe('/users');
    await signIn('laichau.canbo', TEST_PASSWORD, OUTSIDER).expect(200);
    const after = await t.http.get('/users').set('authorization', admin.bearer).expect(200);
    expect(after.text).not.toContain(`action="/users/${laiChau.id}/unlock"`);
  });

  it('makes a user who typed five wrong current passwords wait to change theirs, whatever the session, on the API and the page; unlock clears it', async () => {
    moveClock(0);
    const user = await givenSignedInUser(t, { username: 'sonla.canbo', roles: ['national_staff'] });
    const other = await signIn('sonla.canbo', TEST_PASSWORD, SECRETARIAT).expect(200);
    const change = (bearer: string, currentPassword: string) =>
      t.http.post('/api/v1/users/me/password').set('authorization', bearer).send({ currentPassword, newPassword: 'Mat-khau-moi-2025' });
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await change(user.bearer, 'sai-mat-khau-1').expect(422);
      expect(wrong.body.code).toBe('USER.WRONG_PASSWORD');
    }
    // Another session of the same user is the same guesser: even the right password waits.
    const waiting = await change(`Bearer ${other.body.accessToken}`, TEST_PASSWORD).expect(429);
    expect(waiting.body.code).toBe('USER.TOO_MANY_WRONG_PASSWORDS');
    expect(waiting.body.title).toBe(
      'Đã nhập sai mật khẩu hiện tại quá nhiều lần. Vui lòng thử lại sau 30 giây, hoặc nhờ quản trị viên mở khoá.',
    );
    expect(waiting.headers['retry-after']).toBe('30');
    const page = await t.http
      .post('/account/password')
      .set('authorization', user.bearer)
      .type('form')
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'Mat-khau-moi-2025' })
      .expect(429);
    expect(page.text).toContain('Đã nhập sai mật khẩu hiện tại quá nhiều lần.');

    // The wait grows: after it, one more wrong password doubles it.
    moveClock(30);
    await change(user.bearer, 'sai-mat-khau-1').expect(422);
    expect((await change(user.bearer, TEST_PASSWORD).expect(429)).headers['retry-after']).toBe('60');
    // Signing in is not held back by it, and the password still works there.
    await signIn('sonla.canbo', TEST_PASSWORD, SECRETARIAT).expect(200);

    await t.http.post(`/api/v1/users/${user.id}/unlock`).set('authorization', admin.bearer).expect(204);
    await change(user.bearer, TEST_PASSWORD).expect(204);
    await signIn('sonla.canbo', 'Mat-khau-moi-2025', SECRETARIAT).expect(200);
  });

  async function signInAsStaff(): Promise<{ token: string; bearer: string }> {
    const response = await t.http.post('/api/v1/auth/login').send({ username: 'vusta.thuongtruc', password: TEST_PASSWORD }).expect(200);
    return { token: response.body.accessToken, bearer: `Bearer ${response.body.accessToken}` };
  }
});
