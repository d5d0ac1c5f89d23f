import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

interface Operation {
  summary?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

/** The registry's and access's routes (and /health), which must each be usable from the docs page alone. */
const OWN_PATHS = /^\/(health|api\/v1\/(organizations|clusters|users|auth|audit))/;
/** Routes under those paths that other contexts own (the award register of a unit). */
const OTHERS = /\/awards$/;
const PUBLIC = ['post /api/v1/auth/login', 'post /api/v1/auth/refresh', 'get /health'];

describe('the OpenAPI document of the registry and access routes', () => {
  let t: TestApp;
  let document: {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, { properties: Record<string, { type?: string }> }> };
  };
  let operations: [string, Operation][];

  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.http.get('/api/docs-json').expect(200)).body;
    operations = Object.entries(document.paths)
      .filter(([path]) => OWN_PATHS.test(path) && !OTHERS.test(path))
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => [`${method} ${path}`, operation] as [string, Operation]),
      );
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives every operation a summary in Vietnamese', () => {
    expect(operations.length).toBeGreaterThan(25);
    expect(operations.filter(([, operation]) => !operation.summary).map(([name]) => name)).toEqual([]);
  });

  it('asks for the bearer token or the session cookie on every route that needs a caller', () => {
    const unsecured = operations
      .filter(([name]) => !PUBLIC.includes(name))
      .filter(([, operation]) => !operation.security?.some((requirement) => 'bearer' in requirement))
      .map(([name]) => name);
    expect(unsecured).toEqual([]);
    for (const [, operation] of operations.filter(([name]) => !PUBLIC.includes(name))) {
      expect(operation.security).toContainEqual({ thidua_session: [] });
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403']));
    }
  });

  it('describes each answer: a schema for success, a problem document for each refusal', () => {
    for (const [name, operation] of operations) {
      const success = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      const described = success.length > 0 && success.every(([status, response]) => status === '204' || response.content !== undefined);
      expect({ name, described }).toEqual({ name, described: true });
      const errors = Object.entries(operation.responses).filter(([status]) => status.startsWith('4'));
      for (const [status, response] of errors) {
        expect({ name, status, schema: response.content?.['application/problem+json']?.schema }).toEqual({
          name,
          status,
          schema: { $ref: '#/components/schemas/ProblemDetailsSchema' },
        });
      }
    }
  });

  it('types optional text fields as strings, so that the example bodies are accepted', () => {
    const schemas = document.components.schemas;
    expect(schemas.PutTermBody.properties.note.type).toBe('string');
    expect(schemas.PutTermBody.properties.viceChairId.type).toBe('string');
    expect(schemas.CreateOrganizationBody.properties.province.type).toBe('string');
    expect(schemas.MergerBody.properties.legalBasis.type).toBe('string');
    expect(schemas.PutSupervisorBody.properties.position.type).toBe('string');
    expect(schemas.AddMemberBody.properties.toYear.type).toBe('number');
  });
});
