import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

interface Operation {
  summary?: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, unknown> }>;
}

/** The paths of the nominations and reports contexts in the OpenAPI document. */
const OURS =
  /^\/api\/v1\/(award-types|award-decisions|award-register|nominations|attachments|flag-proposals\/\{id\}\/nomination|proceedings|council-members|reviews|reports|organizations\/\{id\}\/awards)/;

/** A client reads every operation of thi đua, khen thưởng and the reports from the docs page, with its errors. */
describe('the OpenAPI document of the nominations and the reports', () => {
  let t: TestApp;
  let operations: [string, Operation][];

  beforeAll(async () => {
    t = await startTestApp();
    const document = await t.http.get('/api/docs-json').expect(200);
    const paths = Object.entries(document.body.paths as Record<string, Record<string, Operation>>).filter(([path]) => OURS.test(path));
    operations = paths.flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]): [string, Operation] => [`${method.toUpperCase()} ${path}`, operation]),
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives every operation a summary, the bearer and cookie security, and problem details for its errors', () => {
    expect(operations.length).toBeGreaterThan(40);
    const incomplete = operations.filter(
      ([, operation]) =>
        !operation.summary ||
        !operation.security?.some((s) => Object.keys(s as object).includes('bearer')) ||
        !operation.responses['401']?.content?.['application/problem+json'],
    );
    expect(incomplete.map(([name]) => name)).toEqual([]);
  });
});
