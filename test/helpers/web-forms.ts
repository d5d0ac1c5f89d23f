import type { Test } from 'supertest';
import type { TestApp } from './test-app.js';

/** The CSRF cookie and token a browser gets with any page, which every form post must send back. */
export interface Csrf {
  cookie: string;
  token: string;
}

/** Reads the CSRF cookie and the form token from the sign-in page, as a browser would get them. */
export async function csrfOf(t: TestApp): Promise<Csrf> {
  const page = await t.http.get('/sign-in').expect(200);
  const cookie = (page.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('thidua_csrf='))!.split(';')[0];
  const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
  return { cookie, token };
}

/**
 * `request` (a POST, signed in) sent as a browser sends a form: urlencoded, a list as the same name repeated (ticked
 * checkboxes), with the CSRF cookie and its token.
 */
export function asForm(request: Test, csrf: Csrf, fields: Record<string, string | string[]>): Test {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...fields, _csrf: csrf.token })) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }
  return request.set('cookie', csrf.cookie).type('form').send(body.toString());
}
