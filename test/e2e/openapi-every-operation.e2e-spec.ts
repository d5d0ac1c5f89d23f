import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

interface Response {
  content?: Record<string, { schema?: unknown }>;
}

interface Operation {
  summary?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, Response>;
}

/** The routes anyone may call without signing in. */
const PUBLIC = [
  'get /health',
  'post /api/v1/auth/login',
  'post /api/v1/auth/refresh',
  'post /api/v1/ballots',
  'get /api/v1/votes/{id}/receipts/{receipt}',
];
/** The liveness check answers its own document, also when the database is down (503); it refuses nothing. */
const REFUSES_NOTHING = ['get /health'];

/**
 * Every operation of the document, whichever context owns it, is usable from the docs page alone: what it does, how the
 * caller signs in, what a success looks like and the problem document of each refusal.
 */
describe('the OpenAPI document, operation by operation', () => {
  let t: TestApp;
  let operations: [string, Operation][];
  let schemas: Record<string, { properties: Record<string, { type?: string }> }>;

  beforeAll(async () => {
    t = await startTestApp();
    const document: {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: typeof schemas };
    } = (await t.http.get('/api/docs-json').expect(200)).body;
    schemas = document.components.schemas;
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]): [string, Operation] => [`${method} ${path}`, operation]),
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('names every public operation, and only those', () => {
    const unsecured = operations.filter(([, operation]) => !operation.security?.length).map(([name]) => name);
    expect(unsecured.sort()).toEqual([...PUBLIC].sort());
  });

  it('gives every operation a summary', () => {
    expect(operations.length).toBeGreaterThan(100);
    expect(operations.filter(([, operation]) => !operation.summary).map(([name]) => name)).toEqual([]);
  });

  it('asks for the bearer token or the session cookie on every route that needs a caller, and says it may answer 401 and 403', () => {
    const incomplete = operations
      .filter(([name]) => !PUBLIC.includes(name))
      .filter(
        ([, operation]) =>
          !operation.security?.some((requirement) => 'bearer' in requirement) ||
          !operation.security.some((requirement) => 'thidua_session' in requirement) ||
          !operation.responses['401'] ||
          !operation.responses['403'],
      );
    expect(incomplete.map(([name]) => name)).toEqual([]);
  });

  it('gives every operation a success answer with its schema (or 204 No Content)', () => {
    const undescribed = operations.filter(([, operation]) => {
      const success = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      return (
        success.length === 0 ||
        !success.every(([status, response]) => status === '204' || Object.values(response.content ?? {}).some((media) => media.schema))
      );
    });
    expect(undescribed.map(([name]) => name)).toEqual([]);
  });

  it('describes every refusal as a problem document', () => {
    const withoutProblems = operations.filter(([name, operation]) => {
      const refusals = Object.entries(operation.responses).filter(([status]) => status.startsWith('4'));
      return (
        (refusals.length === 0 && !REFUSES_NOTHING.includes(name)) ||
        !refusals.every(
          ([, response]) =>
            (response.content?.['application/problem+json']?.schema as { $ref?: string } | undefined)?.$ref ===
            '#/components/schemas/ProblemDetailsSchema',
        )
      );
    });
    expect(withoutProblems.map(([name]) => name)).toEqual([]);
  });

  it('types optional text fields as strings, so that the example bodies are accepted', () => {
    expect(schemas.PutTermBody.properties.note.type).toBe('string');
    expect(schemas.PutTermBody.properties.viceChairId.type).toBe('string');
    expect(schemas.CreateOrganizationBody.properties.province.type).toBe('string');
    expect(schemas.MergerBody.properties.legalBasis.type).toBe('string');
    expect(schemas.PutSupervisorBody.properties.position.type).toBe('string');
    expect(schemas.AddMemberBody.properties.toYear.type).toBe('number');
  });
});
