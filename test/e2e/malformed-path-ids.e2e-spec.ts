import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenSignedInUser, type SignedInUser } from '../helpers/auth.js';
import { registeredRoutes } from '../helpers/routes.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** An id is a UUID, parsed strictly and uniformly by one pipe: 400 naming the parameter on the API, the 404 page on pages. */
describe('ids in paths that are not UUIDs', () => {
  let t: TestApp;
  let admin: SignedInUser;
  let staff: SignedInUser;
  const ID = /:(id|[a-z][A-Za-z]*Id)\b/g;
  const HAS_ID = /:(id|[a-z][A-Za-z]*Id)\b/;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await givenSignedInUser(t, { username: 'quantri', roles: ['system_admin'] });
    staff = await givenSignedInUser(t, { username: 'vusta.canbo', roles: ['national_staff'] });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers every API route with an id in its path 400, naming the parameter, before anything reads it', async () => {
    const routes = registeredRoutes(t.app).filter((route) => !route.page && HAS_ID.test(route.path));
    expect(routes.length).toBeGreaterThan(40);
    const outcomes: string[] = [];
    for (const route of routes) {
      const names = [...route.path.matchAll(ID)].map((match) => match[1]);
      const path = route.path
        .replace(/:year\b/g, '2023')
        .replace(ID, 'abc')
        .replace(/:(\w+)/g, 'x');
      const caller = route.handler.startsWith('UsersController') ? admin : staff;
      const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
      const response = await t.http[method](path).set('authorization', caller.bearer);
      // A route the caller's role may not use refuses before reading its parameters (403).
      if (response.status === 403) continue;
      outcomes.push(`${route.method} ${route.path}`);
      expect({
        route: `${route.method} ${route.path}`,
        status: response.status,
        fields: response.body.errors?.map((e: { field: string }) => e.field),
      }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 400,
        fields: expect.arrayContaining(names),
      });
      expect(response.body.code).toBe('REQUEST.INVALID');
    }
    expect(outcomes.length).toBeGreaterThan(40);
  });

  it('answers a page whose address has an id that is not a UUID with the 404 page', async () => {
    for (const path of ['/organizations/abc', '/users/abc', '/meetings/abc', '/votes/1', '/nominations/files/abc']) {
      const response = await t.http.get(path).set('authorization', admin.bearer);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.headers['content-type']).toMatch(/^text\/html/);
    }
  });
});
