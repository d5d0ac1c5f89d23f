import type { Role } from '../../src/platform/request-context/request-context.js';
import { UsersService } from '../../src/access/users/users.service.js';
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
