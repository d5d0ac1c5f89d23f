import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response, Test } from 'supertest';
import { givenSignedInUser, signIn, type SignedInUser, TEST_PASSWORD } from '../helpers/auth.js';
import { type Cluster3, givenCluster3In2023 } from '../helpers/registry-factories.js';
import { registeredRoutes } from '../helpers/routes.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Every web page, requested as every kind of caller, like the API's authorization matrix. A page
 * refuses with 403 (an HTML page), or sends someone not signed in to the sign-in page (a redirect
 * with a return address for a read, the sign-in form with 401 for a post). Forms carry the CSRF
 * token of an anonymous visit, as a browser would.
 */
const ACTORS = ['anonymous', 'officer', 'staff', 'admin'] as const;
type ActorName = (typeof ACTORS)[number];

const EVERYONE: ActorName[] = [...ACTORS];
const SIGNED_IN: ActorName[] = ['officer', 'staff', 'admin'];
const STAFF: ActorName[] = ['staff', 'admin'];
const ADMIN: ActorName[] = ['admin'];

interface World {
  t: TestApp;
  c3: Cluster3;
  users: Record<Exclude<ActorName, 'anonymous'>, SignedInUser>;
  csrf: { cookie: string; token: string };
}

interface Case {
  route: string;
  allowed: ActorName[];
  call: (world: World, as: (request: Test) => Test, actor: ActorName) => PromiseLike<Response>;
}

/** A form post as a browser sends it: urlencoded, with the CSRF cookie and its token. */
function post(world: World, path: string, fields: Record<string, string> = {}): Test {
  return world.t.http
    .post(path)
    .set('cookie', world.csrf.cookie)
    .type('form')
    .send({ ...fields, _csrf: world.csrf.token });
}

const CASES: Case[] = [
  { route: 'GET /', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/')) },
  { route: 'GET /sign-in', allowed: EVERYONE, call: ({ t }, as) => as(t.http.get('/sign-in')) },
  {
    route: 'POST /sign-in',
    allowed: EVERYONE,
    call: (world, as) => as(post(world, '/sign-in', { username: 'matrix.web', password: TEST_PASSWORD, next: '/' })),
  },
  {
    route: 'POST /sign-out',
    allowed: EVERYONE,
    // A second sign-in of the same user, so that signing it out leaves the matrix's own session alive.
    call: async (world, as, actor) => {
      if (actor === 'anonymous') return as(post(world, '/sign-out'));
      const spare = await signIn(world.t, world.users[actor].username);
      return post(world, '/sign-out').set('authorization', spare.bearer);
    },
  },
  { route: 'GET /account/password', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/account/password')) },
  {
    route: 'POST /account/password',
    allowed: SIGNED_IN,
    call: (world, as) => as(post(world, '/account/password', { currentPassword: 'sai-mat-khau-1', newPassword: 'Mat-khau-moi-2025' })),
  },
  { route: 'GET /language/:locale', allowed: EVERYONE, call: ({ t }, as) => as(t.http.get('/language/en?next=/')) },
  { route: 'GET /organizations', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/organizations?q=son')) },
  { route: 'GET /organizations/:id', allowed: SIGNED_IN, call: ({ t, c3 }, as) => as(t.http.get(`/organizations/${c3.units.sonLa}`)) },
  { route: 'GET /organizations/new', allowed: STAFF, call: ({ t }, as) => as(t.http.get('/organizations/new')) },
  { route: 'POST /organizations', allowed: STAFF, call: (world, as) => as(post(world, '/organizations', { code: 'x' })) },
  { route: 'GET /organizations/:id/edit', allowed: STAFF, call: ({ t, c3 }, as) => as(t.http.get(`/organizations/${c3.units.sonLa}/edit`)) },
  {
    route: 'POST /organizations/:id',
    allowed: STAFF,
    call: (world, as) => as(post(world, `/organizations/${world.c3.units.sonLa}`, { province: 'Sơn La', version: '999' })),
  },
  { route: 'POST /organizations/:id/names', allowed: STAFF, call: (world, as) => as(post(world, `/organizations/${world.c3.units.sonLa}/names`)) },
  { route: 'GET /mergers/new', allowed: STAFF, call: ({ t }, as) => as(t.http.get('/mergers/new')) },
  { route: 'POST /mergers/preview', allowed: STAFF, call: (world, as) => as(post(world, '/mergers/preview')) },
  { route: 'POST /mergers', allowed: STAFF, call: (world, as) => as(post(world, '/mergers')) },
  { route: 'GET /clusters', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/clusters')) },
  { route: 'GET /clusters/:id', allowed: SIGNED_IN, call: ({ t, c3 }, as) => as(t.http.get(`/clusters/${c3.cluster}?year=2023`)) },
  { route: 'GET /users', allowed: STAFF, call: ({ t }, as) => as(t.http.get('/users')) },
  { route: 'GET /users/new', allowed: ADMIN, call: ({ t }, as) => as(t.http.get('/users/new')) },
  { route: 'POST /users', allowed: ADMIN, call: (world, as) => as(post(world, '/users', { username: 'x' })) },
  { route: 'GET /users/:id', allowed: ADMIN, call: ({ t, users }, as) => as(t.http.get(`/users/${users.officer.id}`)) },
  {
    route: 'POST /users/:id',
    allowed: ADMIN,
    call: (world, as) => as(post(world, `/users/${world.users.officer.id}`, { displayName: 'x', roles: 'unit_officer', version: '999' })),
  },
  { route: 'GET /audit', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/audit?entityType=user')) },
  {
    route: 'GET /clusters/:id/years/:year/report',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, as) => as(t.http.get(`/clusters/${c3.cluster}/years/2023/report`)),
  },
  {
    route: 'GET /clusters/:id/years/:year/report/sections',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, as) => as(t.http.get(`/clusters/${c3.cluster}/years/2023/report/sections`)),
  },
  {
    // The secretariat of 2023 is Sơn La's staff: Điện Biên's officer may read the sections, not write them.
    route: 'POST /clusters/:id/years/:year/report/sections/:section',
    allowed: STAFF,
    call: (world, as) => as(post(world, `/clusters/${world.c3.cluster}/years/2023/report/sections/situation`, { situation: 'Thuận lợi, khó khăn.', version: '' })),
  },
  {
    route: 'GET /clusters/:id/years/:year/documents/:document',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, as) => as(t.http.get(`/clusters/${c3.cluster}/years/2023/documents/summary-report`)),
  },
  {
    route: 'GET /clusters/:id/years/:year/documents/:document.:format',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, as) => as(t.http.get(`/clusters/${c3.cluster}/years/2023/documents/summary-report.docx`)),
  },
  { route: 'GET /reports/reports.css', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/reports/reports.css')) },
  { route: 'GET /reports/years', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/reports/years?year=2023')) },
  { route: 'GET /reports/years/:year', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/reports/years/2023')) },
  { route: 'GET /reports/years/:year.xlsx', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/reports/years/2023.xlsx')) },
];

/** Refused: 401/403, or sent to sign in (a redirect carrying the return address). */
function isDenied(response: Response): boolean {
  if (response.status === 401 || response.status === 403) return true;
  return response.status === 303 && String(response.headers.location).startsWith('/sign-in?next=');
}

describe('web pages: every page, as every kind of caller', () => {
  let world: World;

  beforeAll(async () => {
    const t = await startTestApp();
    const c3 = await givenCluster3In2023(t.dataSource);
    await givenSignedInUser(t, { username: 'matrix.web', roles: ['national_staff'] });
    const signInPage = await t.http.get('/sign-in').expect(200);
    const cookie = (signInPage.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('thidua_csrf='))!.split(';')[0];
    const token = /name="_csrf" value="([^"]+)"/.exec(signInPage.text)![1];
    world = {
      t,
      c3,
      csrf: { cookie, token },
      users: {
        officer: await givenSignedInUser(t, { username: 'dienbien.canbo', roles: ['unit_officer'], organizationId: c3.units.dienBien }),
        staff: await givenSignedInUser(t, { username: 'vusta.canbo', roles: ['national_staff'] }),
        admin: await givenSignedInUser(t, { username: 'quantri', roles: ['system_admin'] }),
      },
    };
  });
  afterAll(async () => {
    await world.t.close();
  });

  it('has a row for every page Nest registered, and no row for a page that does not exist', () => {
    const registered = registeredRoutes(world.t.app)
      .filter((r) => r.page)
      .map((r) => `${r.method} ${r.path}`);
    expect(CASES.map((c) => c.route).sort()).toEqual([...registered].sort());
  });

  it.each(CASES.map((c) => [c.route, c] as const))('%s', async (_route, { allowed, call }) => {
    const outcome: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const actor of ACTORS) {
      const as = (request: Test) => (actor === 'anonymous' ? request : request.set('authorization', world.users[actor].bearer));
      const response = await call(world, as, actor);
      expect(response.status).toBeLessThan(500);
      outcome[actor] = isDenied(response) ? 'denied' : 'allowed';
      expected[actor] = allowed.includes(actor) ? 'allowed' : 'denied';
      if (outcome[actor] === 'denied' && response.status !== 303) expect(response.text).toMatch(/đăng nhập|quyền/i);
    }
    expect(outcome).toEqual(expected);
  });
});
