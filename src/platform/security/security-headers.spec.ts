import { describe, expect, it } from '@jest/globals';
import express from 'express';
import supertest from 'supertest';
import { securityHeaders } from './security-headers.js';

function appWith(hsts: boolean) {
  const app = express();
  app.use(securityHeaders({ hsts }));
  for (const path of ['/api/v1/organizations', '/health', '/api/docs', '/clusters'])
    app.get(path, (_request, response) => response.send('{}'));
  return supertest(app);
}

describe('securityHeaders', () => {
  it('sends HSTS in production only', async () => {
    const production = await appWith(true).get('/clusters');
    expect(production.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const development = await appWith(false).get('/clusters');
    expect(development.headers['strict-transport-security']).toBeUndefined();
  });

  it('marks API answers and /health no-store, not the API documentation', async () => {
    const app = appWith(false);
    expect((await app.get('/api/v1/organizations')).headers['cache-control']).toBe('no-store');
    expect((await app.get('/health')).headers['cache-control']).toBe('no-store');
    expect((await app.get('/api/docs')).headers['cache-control']).toBeUndefined();
  });

  it('forbids framing, sniffing and foreign referrers everywhere', async () => {
    for (const path of ['/api/v1/organizations', '/api/docs', '/clusters']) {
      const response = await appWith(true).get(path);
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('same-origin');
    }
  });
});
