import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('operations basics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports the database as up on /health', async () => {
    const response = await t.http.get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('echoes a request id, or makes one', async () => {
    const given = await t.http.get('/health').set('x-request-id', 'abc-123');
    expect(given.headers['x-request-id']).toBe('abc-123');
    const made = await t.http.get('/health');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI document and its UI', async () => {
    const json = await t.http.get('/api/docs-json').expect(200);
    expect(json.body.info.title).toBe('thidua API');
    const ui = await t.http.get('/api/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('answers an unknown route with a Vietnamese problem document', async () => {
    const response = await t.http.get('/api/v1/khong-co').expect(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 404, code: 'REQUEST.ROUTE_NOT_FOUND', title: expect.stringContaining('Không tìm thấy') });
  });

  it('answers in English when asked', async () => {
    const response = await t.http.get('/api/v1/khong-co').set('accept-language', 'en-US').expect(404);
    expect(response.body.title).toContain('No route matches');
  });
});
