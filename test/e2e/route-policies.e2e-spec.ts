import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registeredRoutes } from '../helpers/routes.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('every route declares who may call it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds the routes Nest registered', () => {
    const paths = registeredRoutes(t.app).map((r) => `${r.method} ${r.path}`);
    expect(paths).toEqual(expect.arrayContaining(['GET /health', 'POST /api/v1/auth/login', 'GET /api/v1/audit']));
  });

  it('has no route without a policy', () => {
    const missing = registeredRoutes(t.app)
      .filter((r) => !r.policy)
      .map((r) => `${r.method} ${r.path} (${r.handler})`);
    expect(missing).toEqual([]);
  });

  it('keeps the public routes to sign-in, health, ballots cast with a printed code and the check of a ballot receipt', () => {
    const open = registeredRoutes(t.app)
      .filter((r) => r.policy?.kind === 'public')
      .map((r) => `${r.method} ${r.path}`);
    expect(open.sort()).toEqual([
      'GET /api/v1/votes/:id/receipts/:receipt',
      'GET /ballot',
      'GET /ballot/done',
      'GET /ballot/receipts/:id',
      'GET /health',
      'GET /language/:locale',
      'GET /sign-in',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/refresh',
      'POST /api/v1/ballots',
      'POST /ballot',
      'POST /ballot/cast',
      'POST /ballot/change',
      'POST /ballot/receipts/:id',
      'POST /ballot/review',
      'POST /sign-in',
      'POST /sign-out',
    ]);
  });
});
