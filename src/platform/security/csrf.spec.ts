import { describe, expect, it } from '@jest/globals';
import { csrfTokenFor, isValidCsrfToken, newCsrfCookieValue } from './csrf.js';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

describe('CSRF tokens', () => {
  it('accepts the token made from the cookie under the same secret', () => {
    const cookie = newCsrfCookieValue();
    expect(isValidCsrfToken(SECRET, cookie, csrfTokenFor(SECRET, cookie))).toBe(true);
  });

  it('refuses a missing cookie, a missing token, another cookie or another secret', () => {
    const cookie = newCsrfCookieValue();
    const token = csrfTokenFor(SECRET, cookie);
    expect(isValidCsrfToken(SECRET, undefined, token)).toBe(false);
    expect(isValidCsrfToken(SECRET, cookie, undefined)).toBe(false);
    expect(isValidCsrfToken(SECRET, cookie, '')).toBe(false);
    expect(isValidCsrfToken(SECRET, newCsrfCookieValue(), token)).toBe(false);
    expect(isValidCsrfToken(`${SECRET}!`, cookie, token)).toBe(false);
    expect(isValidCsrfToken(SECRET, cookie, cookie)).toBe(false);
  });

  it('makes a new random cookie value each time', () => {
    expect(newCsrfCookieValue()).not.toBe(newCsrfCookieValue());
  });
});
