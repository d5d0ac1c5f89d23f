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

/** A form post as a browser sends it (urlencoded, with the CSRF cookie and its token), signed in as `bearer`. */
export function postForm(t: TestApp, csrf: Csrf, bearer: string, path: string, fields: Record<string, string>): Test {
  return t.http
    .post(path)
    .set('authorization', bearer)
    .set('cookie', csrf.cookie)
    .type('form')
    .send({ ...fields, _csrf: csrf.token });
}
