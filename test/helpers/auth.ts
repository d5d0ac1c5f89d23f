import type { Role } from '../../src/platform/request-context/request-context.js';
import { UsersService } from '../../src/access/users/users.service.js';
import { type Cluster3, givenCluster3In2023 } from './registry-factories.js';
import type { TestApp } from './test-app.js';

type AppUnderTest = Pick<TestApp, 'app' | 'http'>;

/** Every test user gets this password; it satisfies the password policy. */
export const TEST_PASSWORD = 'Mat-khau-thu-2024';

export interface SignedInUser {
  id: string;
  username: string;
  token: string;
  /** Authorization header value for supertest's `.set('authorization', …)`. */
  bearer: string;
}

/** Creates a user through the same service the API uses, then signs in over HTTP. */
export async function givenSignedInUser(
  t: AppUnderTest,
  user: { username: string; roles: Role[]; organizationId?: string | null },
): Promise<SignedInUser> {
  const users = t.app.get(UsersService);
  const created = await users.create({
    username: user.username,
    displayName: user.username,
    roles: user.roles,
    organizationId: user.organizationId ?? undefined,
    password: TEST_PASSWORD,
  });
  return signIn(t, created.username, created.id);
}

export async function signIn(t: AppUnderTest, username: string, id = ''): Promise<SignedInUser> {
  const response = await t.http.post('/api/v1/auth/login').send({ username, password: TEST_PASSWORD });
  if (response.status !== 200) throw new Error(`login of ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  const token = response.body.accessToken as string;
  return { id: id || response.body.user.userId, username, token, bearer: `Bearer ${token}` };
}

/**
 * Cluster 3 in 2023 with two officers signed in: Sơn La's, whose unit chairs the cluster that year (its
 * secretariat), and Lào Cai's, an ordinary member that year (and the chair of 2024 once a term names it).
 */
export async function givenCluster3Officers(t: TestApp): Promise<{ c3: Cluster3; sonLa: SignedInUser; laoCai: SignedInUser }> {
  const c3 = await givenCluster3In2023(t.dataSource);
  const sonLa = await givenSignedInUser(t, { username: 'sonla.canbo', roles: ['unit_officer'], organizationId: c3.units.sonLa });
  const laoCai = await givenSignedInUser(t, { username: 'laocai.canbo', roles: ['unit_officer'], organizationId: c3.units.laoCai });
  return { c3, sonLa, laoCai };
}
