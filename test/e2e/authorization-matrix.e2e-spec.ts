import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Test } from 'supertest';
import { givenSignedInUser, signIn, type SignedInUser, TEST_PASSWORD } from '../helpers/auth.js';
import { type Cluster3, givenCluster3In2023, givenProvincialUnion } from '../helpers/registry-factories.js';
import { registeredRoutes } from '../helpers/routes.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Every route, called as every kind of caller. "Allowed" means the request got past access control
 * (any answer but 401/403: it may still be a 404 or a validation error); "denied" means 401 or 403.
 * Bodies are valid where the service decides access from data (terms), so that only access decides.
 */
const ACTORS = ['anonymous', 'memberOfficer', 'otherChairOfficer', 'chairOfficer', 'staff', 'admin'] as const;
type ActorName = (typeof ACTORS)[number];

const SIGNED_IN: ActorName[] = ['memberOfficer', 'otherChairOfficer', 'chairOfficer', 'staff', 'admin'];
const STAFF: ActorName[] = ['staff', 'admin'];
const EVERYONE: ActorName[] = [...ACTORS];

interface World {
  t: TestApp;
  c3: Cluster3;
  users: Record<Exclude<ActorName, 'anonymous'>, SignedInUser>;
}

interface Case {
  route: string;
  allowed: ActorName[];
  call: (world: World, actor: ActorName, as: (request: Test) => Test) => Test | Promise<Test>;
}

let unique = 0;
const next = () => ++unique;

const CASES: Case[] = [
  { route: 'GET /health', allowed: EVERYONE, call: ({ t }, _a, as) => as(t.http.get('/health')) },
  {
    route: 'POST /api/v1/auth/login',
    allowed: EVERYONE,
    call: ({ t }, _a, as) => as(t.http.post('/api/v1/auth/login').send({ username: 'matrix.login', password: TEST_PASSWORD })),
  },
  {
    route: 'POST /api/v1/auth/logout',
    allowed: SIGNED_IN,
    // A second sign-in of the same user, so that logging it out leaves the matrix's own session alive.
    call: async ({ t, users }, actor, as) => {
      if (actor === 'anonymous') return as(t.http.post('/api/v1/auth/logout'));
      const spare = await signIn(t, users[actor].username);
      return t.http.post('/api/v1/auth/logout').set('authorization', spare.bearer);
    },
  },
  { route: 'GET /api/v1/auth/me', allowed: SIGNED_IN, call: ({ t }, _a, as) => as(t.http.get('/api/v1/auth/me')) },
  {
    route: 'POST /api/v1/users',
    allowed: ['admin'],
    call: ({ t }, _a, as) =>
      as(t.http.post('/api/v1/users')).send({ username: `matrix.user${next()}`, displayName: 'x', roles: ['national_staff'], password: TEST_PASSWORD }),
  },
  { route: 'GET /api/v1/users', allowed: STAFF, call: ({ t }, _a, as) => as(t.http.get('/api/v1/users')) },
  {
    route: 'POST /api/v1/users/me/password',
    allowed: SIGNED_IN,
    call: ({ t }, _a, as) => as(t.http.post('/api/v1/users/me/password')).send({ currentPassword: 'sai-mat-khau-1', newPassword: 'Mat-khau-moi-2025' }),
  },
  { route: 'GET /api/v1/users/:id', allowed: STAFF, call: ({ t, users }, _a, as) => as(t.http.get(`/api/v1/users/${users.staff.id}`)) },
  {
    route: 'PATCH /api/v1/users/:id',
    allowed: ['admin'],
    call: ({ t, users }, _a, as) => as(t.http.patch(`/api/v1/users/${users.memberOfficer.id}`)).send({ displayName: 'x', version: 999 }),
  },
  { route: 'GET /api/v1/audit', allowed: SIGNED_IN, call: ({ t }, _a, as) => as(t.http.get('/api/v1/audit')) },
  { route: 'GET /api/v1/organizations', allowed: SIGNED_IN, call: ({ t }, _a, as) => as(t.http.get('/api/v1/organizations')) },
  { route: 'POST /api/v1/organizations', allowed: STAFF, call: ({ t }, _a, as) => as(t.http.post('/api/v1/organizations')).send({}) },
  { route: 'POST /api/v1/organizations/mergers', allowed: STAFF, call: ({ t }, _a, as) => as(t.http.post('/api/v1/organizations/mergers')).send({}) },
  {
    route: 'GET /api/v1/organizations/:id',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/organizations/${c3.units.dienBien}`)),
  },
  {
    route: 'PATCH /api/v1/organizations/:id',
    allowed: STAFF,
    call: ({ t, c3 }, _a, as) => as(t.http.patch(`/api/v1/organizations/${c3.units.dienBien}`)).send({ version: 999 }),
  },
  {
    route: 'POST /api/v1/organizations/:id/names',
    allowed: STAFF,
    call: ({ t, c3 }, _a, as) => as(t.http.post(`/api/v1/organizations/${c3.units.dienBien}/names`)).send({}),
  },
  {
    route: 'GET /api/v1/organizations/:id/lineage',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/organizations/${c3.units.dienBien}/lineage`)),
  },
  {
    route: 'GET /api/v1/organizations/:id/history',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/organizations/${c3.units.dienBien}/history`)),
  },
  { route: 'GET /api/v1/clusters', allowed: SIGNED_IN, call: ({ t }, _a, as) => as(t.http.get('/api/v1/clusters')) },
  { route: 'POST /api/v1/clusters', allowed: STAFF, call: ({ t }, _a, as) => as(t.http.post('/api/v1/clusters')).send({}) },
  { route: 'GET /api/v1/clusters/:id', allowed: SIGNED_IN, call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/clusters/${c3.cluster}`)) },
  {
    route: 'PATCH /api/v1/clusters/:id',
    allowed: STAFF,
    call: ({ t, c3 }, _a, as) => as(t.http.patch(`/api/v1/clusters/${c3.cluster}`)).send({ version: 999 }),
  },
  {
    route: 'PUT /api/v1/clusters/:id/supervisors/:year',
    allowed: STAFF,
    call: ({ t, c3 }, _a, as) => as(t.http.put(`/api/v1/clusters/${c3.cluster}/supervisors/2023`)).send({}),
  },
  {
    route: 'GET /api/v1/clusters/:id/supervisors',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/clusters/${c3.cluster}/supervisors`)),
  },
  {
    route: 'GET /api/v1/clusters/:id/members',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/clusters/${c3.cluster}/members?year=2023`)),
  },
  {
    route: 'POST /api/v1/clusters/:id/members',
    allowed: STAFF,
    call: ({ t, c3 }, _a, as) => as(t.http.post(`/api/v1/clusters/${c3.cluster}/members`)).send({}),
  },
  {
    route: 'POST /api/v1/clusters/:id/members/:organizationId/end',
    allowed: STAFF,
    call: ({ t, c3 }, _a, as) => as(t.http.post(`/api/v1/clusters/${c3.cluster}/members/${c3.units.dienBien}/end`)).send({}),
  },
  {
    route: 'GET /api/v1/clusters/:id/terms',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/clusters/${c3.cluster}/terms`)),
  },
  {
    route: 'GET /api/v1/clusters/:id/terms/:year',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/clusters/${c3.cluster}/terms/2023`)),
  },
  {
    route: 'PUT /api/v1/clusters/:id/terms/:year',
    allowed: ['chairOfficer', 'staff', 'admin'],
    call: ({ t, c3 }, _a, as) =>
      as(t.http.put(`/api/v1/clusters/${c3.cluster}/terms/2024`)).send({ chairId: c3.units.laoCai, viceChairId: c3.units.yenBai, decidedBy: 'election' }),
  },
  {
    route: 'GET /api/v1/clusters/:id/terms/:year/proposal',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, _a, as) => as(t.http.get(`/api/v1/clusters/${c3.cluster}/terms/2024/proposal`)),
  },
  {
    route: 'POST /api/v1/clusters/:id/terms/:year/close',
    allowed: ['chairOfficer', 'staff', 'admin'],
    call: ({ t, c3 }, _a, as) => as(t.http.post(`/api/v1/clusters/${c3.cluster}/terms/2023/close`)),
  },
];

describe('authorization matrix: every route, as every kind of caller', () => {
  let world: World;

  beforeAll(async () => {
    const t = await startTestApp();
    const c3 = await givenCluster3In2023(t.dataSource);
    const quangNgai = await givenProvincialUnion(t.dataSource, 'LHH-QUANG-NGAI', 'Quảng Ngãi');
    const cluster6 = await t.staff
      .post('/api/v1/clusters')
      .send({ code: 'VUSTA-C6', number: 6, name: 'Cụm thi đua số 6', kind: 'cluster', ownerId: c3.vusta, rotationRule: 'elected' })
      .expect(201);
    await t.staff.post(`/api/v1/clusters/${cluster6.body.id}/members`).send({ organizationId: quangNgai, fromYear: 2023 }).expect(201);
    await t.staff.put(`/api/v1/clusters/${cluster6.body.id}/terms/2023`).send({ chairId: quangNgai, decidedBy: 'rotation' }).expect(201);
    await givenSignedInUser(t, { username: 'matrix.login', roles: ['national_staff'] });
    world = {
      t,
      c3,
      users: {
        memberOfficer: await givenSignedInUser(t, { username: 'dienbien.canbo', roles: ['unit_officer'], organizationId: c3.units.dienBien }),
        otherChairOfficer: await givenSignedInUser(t, { username: 'quangngai.canbo', roles: ['unit_officer'], organizationId: quangNgai }),
        chairOfficer: await givenSignedInUser(t, { username: 'sonla.canbo', roles: ['unit_officer'], organizationId: c3.units.sonLa }),
        staff: await givenSignedInUser(t, { username: 'vusta.canbo', roles: ['national_staff'] }),
        admin: await givenSignedInUser(t, { username: 'quantri', roles: ['system_admin'] }),
      },
    };
  });
  afterAll(async () => {
    await world.t.close();
  });

  it('has a row for every route Nest registered, and no row for a route that does not exist', () => {
    const registered = registeredRoutes(world.t.app).map((r) => `${r.method} ${r.path}`);
    expect(CASES.map((c) => c.route).sort()).toEqual([...registered].sort());
  });

  it.each(CASES.map((c) => [c.route, c] as const))('%s', async (_route, { allowed, call }) => {
    const outcome: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const actor of ACTORS) {
      const as = (request: Test) => (actor === 'anonymous' ? request : request.set('authorization', world.users[actor].bearer));
      const response = await call(world, actor, as);
      outcome[actor] = response.status === 401 || response.status === 403 ? 'denied' : 'allowed';
      expected[actor] = allowed.includes(actor) ? 'allowed' : 'denied';
      if (outcome[actor] === 'denied') expect(response.body.title).toMatch(/đăng nhập|quyền|thư ký cụm/);
    }
    expect(outcome).toEqual(expected);
  });
});
