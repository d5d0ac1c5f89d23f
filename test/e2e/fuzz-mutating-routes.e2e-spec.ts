import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { databaseSnapshot } from '../helpers/database-snapshot.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Every mutating route of the OpenAPI document, as the staff user, with malformed requests: deep
 * nesting, NUL and unpaired surrogates, prototype-named keys at several depths, huge strings, too
 * many fields, broken JSON, wrong content types, malformed ids and years. None may answer 5xx,
 * every 4xx must be a problem document, and no table may change.
 */

interface Operation {
  method: 'post' | 'put' | 'patch' | 'delete';
  path: string;
  /** Property names of the JSON body schema, when the route takes one. */
  fields: string[];
}

interface Probe {
  name: string;
  path: string;
  contentType?: string;
  body?: string | Buffer;
}

/** Signs the fuzzing user out: it reads no input, so there is nothing to fuzz but the session itself. */
const NOT_FUZZED = new Set(['post /api/v1/auth/logout']);
const HUGE = 'Đ'.repeat(300_000);
const BAD_IDS = ['abc', '1', `${randomUUID()}x`, "1'%20OR%20'1'%3D'1", '%00', '..%2F..%2Fetc', 'a'.repeat(2_000), encodeURIComponent('😀')];
const BAD_YEARS = ['0x7E7', '2023%20', '2.023e3', '-2023', '99999', '2023abc', '%00', '%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%93'];

function nestedArrays(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}
function nestedObjects(depth: number, key = 'a'): string {
  return `${`{"${key}":`.repeat(depth)}1${'}'.repeat(depth)}`;
}

type SchemaObject = { $ref?: string; properties?: Record<string, unknown>; allOf?: SchemaObject[] };
type OpenApi = {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: SchemaObject }> } }>>;
  components?: { schemas?: Record<string, SchemaObject> };
};

function propertiesOf(document: OpenApi, schema: SchemaObject | undefined): string[] {
  if (!schema) return [];
  if (schema.$ref) return propertiesOf(document, document.components?.schemas?.[schema.$ref.split('/').pop()!]);
  return [...Object.keys(schema.properties ?? {}), ...(schema.allOf ?? []).flatMap((part) => propertiesOf(document, part))];
}

function operationsOf(document: OpenApi): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      const operation = methods[method];
      if (!operation || NOT_FUZZED.has(`${method} ${path}`)) continue;
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      operations.push({ method, path, fields: propertiesOf(document, schema) });
    }
  }
  return operations;
}

function withParams(path: string, values: { id?: string; year?: string } = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'year') return values.year ?? '2023';
    if (name === 'document') return 'summary-report';
    return values.id ?? randomUUID();
  });
}

/** Malformed bodies, each aimed at a layer: the parser, the shape check, the field check, the validators. */
function bodyProbes(operation: Operation): Probe[] {
  const path = withParams(operation.path);
  const fields = operation.fields.length > 0 ? operation.fields : ['name'];
  const json = (name: string, body: string): Probe => ({ name, path, contentType: 'application/json', body });
  const each = (make: (field: string) => unknown) => Object.fromEntries(fields.map((field) => [field, make(field)]));
  const probes: Probe[] = [
    json('arrays nested 10,000 deep', `{"${fields[0]}":${nestedArrays(10_000)}}`),
    json('objects nested 5,000 deep', nestedObjects(5_000)),
    json('objects nested 33 deep', nestedObjects(33, fields[0])),
    json('a 400 KB nested body', nestedObjects(70_000)),
    json('25,000 fields', JSON.stringify(Object.fromEntries(Array.from({ length: 25_000 }, (_, i) => [`f${i}`, i])))),
    json('NUL in every field', JSON.stringify(each(() => 'Sơn La\u0000'))),
    json('NUL in a key', JSON.stringify({ [`${fields[0]}\u0000`]: 'x' })),
    json('NUL alone', JSON.stringify(each(() => '\u0000'))),
    json('unpaired surrogate in every field', JSON.stringify(each(() => 'Lai Châu \ud800'))),
    json('NUL inside a list', JSON.stringify(each(() => ['a', '\u0000']))),
    json('NUL deep inside', JSON.stringify(each(() => [{ name: { text: 'x\u0000' } }]))),
    json('__proto__ at the top', `{"__proto__":{"admin":true},${JSON.stringify(each(() => 'x')).slice(1)}`),
    json('constructor.prototype at the top', JSON.stringify({ ...each(() => 'x'), constructor: { prototype: { admin: true } } })),
    json('prototype at the top', JSON.stringify({ ...each(() => 'x'), prototype: {} })),
    json('toString at the top', JSON.stringify({ ...each(() => 'x'), toString: 'x' })),
    json('valueOf at the top', JSON.stringify({ valueOf: 1 })),
    json('hasOwnProperty at the top', JSON.stringify({ hasOwnProperty: 'x' })),
    json('__proto__ at depth 2', `{"${fields[0]}":{"__proto__":{"admin":true}}}`),
    json('__proto__ in a list item', `{"${fields[0]}":[{"__proto__":{"admin":true}}]}`),
    json('constructor at depth 3', JSON.stringify({ [fields[0]]: { a: { constructor: { prototype: 1 } } } })),
    json('__defineGetter__ at depth 4', JSON.stringify({ [fields[0]]: [{ a: { b: { __defineGetter__: 1 } } }] })),
    json('a huge string in every field', JSON.stringify(each(() => HUGE))),
    json('a huge unknown field', JSON.stringify({ unknown: HUGE })),
    json('more than 1 MB', JSON.stringify({ [fields[0]]: 'x'.repeat(1_100_000) })),
    json('broken JSON', `{"${fields[0]}":`),
    json('a JSON string', '"Sơn La"'),
    json('null', 'null'),
    json('a list of prototype keys', '[{"__proto__":1}]'),
    json('numbers where text belongs and NUL keys', JSON.stringify({ ...each(() => 1e308), '\u0000': 1 })),
    { name: 'text/plain', path, contentType: 'text/plain', body: 'Liên hiệp các Hội KH&KT tỉnh Sơn La' },
    {
      name: 'form-encoded with a prototype key',
      path,
      contentType: 'application/x-www-form-urlencoded',
      body: `${fields[0]}=x&__proto__[admin]=1`,
    },
    { name: 'XML', path, contentType: 'application/xml', body: '<organization><name>Sơn La</name></organization>' },
    { name: 'JSON in UTF-16', path, contentType: 'application/json; charset=utf-16', body: Buffer.from('{"a":1}', 'utf16le') },
    { name: 'no content type', path, body: Buffer.from('{"a":1}') },
    { name: 'octet stream', path, contentType: 'application/octet-stream', body: Buffer.from([0, 1, 2, 0xff]) },
    {
      name: 'multipart with a bogus field',
      path,
      contentType: 'multipart/form-data; boundary=X',
      body: `--X\r\nContent-Disposition: form-data; name="__proto__"\r\n\r\n\u0000\r\n--X--\r\n`,
    },
  ];
  return probes;
}

function pathProbes(operation: Operation): Probe[] {
  const probes: Probe[] = [];
  const body = '{"unknownField":1}';
  if (/\{(?!year|document)\w+\}/.test(operation.path)) {
    for (const id of BAD_IDS)
      probes.push({ name: `id ${id.slice(0, 20)}`, path: withParams(operation.path, { id }), contentType: 'application/json', body });
  }
  if (operation.path.includes('{year}')) {
    for (const year of BAD_YEARS)
      probes.push({ name: `year ${year}`, path: withParams(operation.path, { year }), contentType: 'application/json', body });
  }
  return probes;
}

describe('fuzzing every mutating route changes nothing and never fails the server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 2,000+ malformed requests with 4xx problem documents and leaves every table as it was', async () => {
    const document = (await t.http.get('/api/docs-json').expect(200)).body as OpenApi;
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(40);
    const query = (sql: string) => t.dataSource.query(sql) as Promise<Record<string, unknown>[]>;
    const before = await databaseSnapshot(query);

    const failures: string[] = [];
    const sent = new Map<string, number>();
    for (const operation of operations) {
      const route = `${operation.method.toUpperCase()} ${operation.path}`;
      for (const probe of [...bodyProbes(operation), ...pathProbes(operation)]) {
        let request = t.staff[operation.method](probe.path);
        if (probe.contentType) request = request.set('content-type', probe.contentType);
        const response = await request.send(probe.body as string);
        sent.set(route, (sent.get(route) ?? 0) + 1);
        const problem = String(response.headers['content-type'] ?? '').startsWith('application/problem+json');
        if (response.status >= 500 || response.status < 400 || !problem) {
          failures.push(
            `${route} (${probe.name}): ${response.status} ${String(response.headers['content-type'])} ${response.text.slice(0, 200)}`,
          );
        }
      }
    }

    const total = [...sent.values()].reduce((sum, n) => sum + n, 0);
    console.info(
      `Fuzzed ${sent.size} mutating routes with ${total} malformed requests:\n${[...sent].map(([route, n]) => `  ${String(n).padStart(4)}  ${route}`).join('\n')}`,
    );
    expect(failures).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(2_000);
    expect(await databaseSnapshot(query)).toEqual(before);
  }, 600_000);
});
