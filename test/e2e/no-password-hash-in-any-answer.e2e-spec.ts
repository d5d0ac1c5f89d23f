import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import { runSeeds } from '../../seeds/run-seeds.js';
import { givenSignedInUser, type SignedInUser, TEST_PASSWORD } from '../helpers/auth.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * No answer of any route carries a password hash: every GET operation of the OpenAPI document and
 * every POST (with the example body its schema gives), as an administrator, on the demo data (users
 * with argon2id hashes), with path ids taken from the lists' own answers; then the sign-in, refresh,
 * user-create and user pages explicitly.
 */
const HASH = /passwordHash|password_hash|\$argon2/i;
/** These would end the driving session or change its password; their answers are checked below by hand. */
const NOT_DRIVEN = new Set(['post /api/v1/auth/logout', 'post /api/v1/users/me/password']);

type Schema = { $ref?: string; properties?: Record<string, Schema>; allOf?: Schema[]; example?: unknown; type?: string; items?: Schema };
interface Parameter {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

function resolve(document: OpenApi, schema: Schema | undefined): Schema | undefined {
  return schema?.$ref ? resolve(document, document.components?.schemas?.[schema.$ref.split('/').pop()!]) : schema;
}

/** A body made of the examples the schema declares (nested objects too). */
function exampleOf(document: OpenApi, raw: Schema | undefined): unknown {
  const schema = resolve(document, raw);
  if (!schema) return {};
  if (schema.example !== undefined) return schema.example;
  if (schema.type === 'array') return [exampleOf(document, schema.items)];
  const parts = [schema, ...(schema.allOf ?? []).map((part) => resolve(document, part) ?? {})];
  const properties = Object.assign({}, ...parts.map((part) => part.properties ?? {})) as Record<string, Schema>;
  return Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, exampleOf(document, property)]));
}

/** Every `id` found in an answer, by the collection path it was listed under. */
function idsIn(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => idsIn(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'id' && typeof inner === 'string') found.add(inner);
      else idsIn(inner, found);
    }
  }
  return found;
}

describe('no password hash in any answer', () => {
  let t: TestApp;
  let admin: SignedInUser;
  let document: OpenApi;
  let cluster: string;
  const tally = { gets: 0, getsAnswered200: 0, posts: 0, postsAnswered2xx: 0 };

  const withoutHash = (route: string, text: string) => expect({ route, hash: HASH.exec(text)?.[0] ?? null }).toEqual({ route, hash: null });

  beforeAll(async () => {
    t = await startTestApp();
    await runSeeds(t.dataSource, { demo: true }, pino({ level: 'silent' }));
    admin = await givenSignedInUser(t, { username: 'quantri.kiemtra', roles: ['system_admin'] });
    document = (await t.http.get('/api/docs-json').expect(200)).body as OpenApi;
    const clusters = await t.http.get('/api/v1/clusters?pageSize=100').set('authorization', admin.bearer).expect(200);
    cluster = clusters.body.items[0].id;
  });
  afterAll(async () => {
    console.log(`no-password-hash: ${JSON.stringify(tally)}`);
    await t.close();
  });

  function queryOf(operation: Operation): string {
    const known: Record<string, string> = { year: '2023', clusterId: cluster, pageSize: '100' };
    const query = (operation.parameters ?? [])
      .filter((parameter) => parameter.in === 'query' && (parameter.required || parameter.name === 'pageSize'))
      .map((parameter) => `${parameter.name}=${encodeURIComponent(known[parameter.name] ?? '2023')}`);
    return query.length > 0 ? `?${query.join('&')}` : '';
  }

  it('answers every GET operation without a hash, with ids from the lists', async () => {
    const gets = Object.entries(document.paths)
      .filter(([, methods]) => methods.get)
      .map(([path, methods]) => ({ path, operation: methods.get }));
    const idsByCollection = new Map<string, string[]>();
    const drive = async (path: string, operation: Operation) => {
      tally.gets++;
      const response = await t.http.get(`${path}${queryOf(operation)}`).set('authorization', admin.bearer);
      expect(response.status).toBeLessThan(500);
      if (response.status === 200) tally.getsAnswered200++;
      withoutHash(`GET ${path}`, response.text);
      return response;
    };
    for (const { path, operation } of gets.filter(({ path }) => !path.includes('{'))) {
      const response = await drive(path, operation);
      if (response.status === 200 && response.type === 'application/json') idsByCollection.set(path, [...idsIn(response.body)].slice(0, 5));
    }
    const anyIds = [...new Set([...idsByCollection.values()].flat())];
    for (const { path, operation } of gets.filter(({ path }) => path.includes('{'))) {
      const collection = path.slice(0, path.indexOf('/{'));
      const candidates = idsByCollection.get(collection) ?? anyIds.slice(0, 5);
      for (const id of candidates.length > 0 ? candidates : ['00000000-0000-4000-8000-000000000000']) {
        await drive(path.replace(/\{year\}/g, '2023').replace(/\{(\w+)\}/g, id), operation);
      }
    }
    expect(tally.getsAnswered200).toBeGreaterThan(30);
  });

  it('answers every POST operation without a hash, given the example body of its schema', async () => {
    for (const [path, methods] of Object.entries(document.paths)) {
      const operation = methods.post;
      if (!operation || NOT_DRIVEN.has(`post ${path}`)) continue;
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      const body = schema ? exampleOf(document, schema) : undefined;
      tally.posts++;
      const request = t.http.post(path.replace(/\{year\}/g, '2023').replace(/\{(\w+)\}/g, cluster)).set('authorization', admin.bearer);
      const response = body === undefined ? await request : await request.send(body as object);
      expect(response.status).toBeLessThan(500);
      if (response.status < 300) tally.postsAnswered2xx++;
      withoutHash(`POST ${path}`, response.text);
    }
    expect(tally.posts).toBeGreaterThan(30);
  });

  it('answers a sign-in, a refresh, a created user, a password change and the users pages without a hash', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ username: 'quantri.kiemtra', password: TEST_PASSWORD }).expect(200);
    withoutHash('POST /api/v1/auth/login', login.text);
    withoutHash(
      'POST /api/v1/auth/refresh',
      (await t.http.post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200)).text,
    );
    const created = await t.http
      .post('/api/v1/users')
      .set('authorization', admin.bearer)
      .send({ username: 'moi.taokhoan', displayName: 'Mới', roles: ['national_staff'], password: TEST_PASSWORD })
      .expect(201);
    withoutHash('POST /api/v1/users', created.text);
    const updated = await t.http
      .patch(`/api/v1/users/${created.body.id}`)
      .set('authorization', admin.bearer)
      .send({ displayName: 'Mới hơn', version: created.body.version })
      .expect(200);
    withoutHash('PATCH /api/v1/users/:id', updated.text);
    const user = await givenSignedInUser(t, { username: 'doi.matkhau', roles: ['national_staff'] });
    const changed = await t.http
      .post('/api/v1/users/me/password')
      .set('authorization', user.bearer)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'Mat-khau-moi-2025' })
      .expect(204);
    withoutHash('POST /api/v1/users/me/password', changed.text);
    withoutHash('GET /api/v1/audit', (await t.http.get('/api/v1/audit?pageSize=100').set('authorization', admin.bearer).expect(200)).text);
    withoutHash('GET /users', (await t.http.get('/users').set('authorization', admin.bearer).expect(200)).text);
    withoutHash('GET /users/:id', (await t.http.get(`/users/${created.body.id}`).set('authorization', admin.bearer).expect(200)).text);
    withoutHash('GET /audit', (await t.http.get('/audit').set('authorization', admin.bearer).expect(200)).text);
  });
});
