import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Cross-site request forgery protection for cookie sessions: a signed double-submit token. The
 * browser holds a random value in the `thidua_csrf` cookie (httpOnly, SameSite=Lax); every form
 * and every htmx request sends the HMAC of that value under the server's secret, which a foreign
 * site can neither read nor compute.
 */
export const CSRF_COOKIE = 'thidua_csrf';
/** The hidden field of every page form. */
export const CSRF_FIELD = '_csrf';
/** The header htmx requests and scripts send (set once on <body> with hx-headers:inherited). */
export const CSRF_HEADER = 'x-csrf-token';

export function newCsrfCookieValue(): string {
  return randomBytes(32).toString('base64url');
}

export function csrfTokenFor(secret: string, cookieValue: string): string {
  return createHmac('sha256', secret).update(`csrf:${cookieValue}`).digest('base64url');
}

export function isValidCsrfToken(secret: string, cookieValue: string | undefined, token: unknown): boolean {
  if (!cookieValue || typeof token !== 'string' || token.length === 0) return false;
  const expected = Buffer.from(csrfTokenFor(secret, cookieValue));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
