import type { Request, Response } from 'express';
import { readCookie } from '../../access/auth/cookies.js';
import type { Locale } from '../../platform/i18n/locale.js';
import { CSRF_COOKIE, csrfTokenFor, newCsrfCookieValue } from '../../platform/security/csrf.js';
import type { Flash } from '../layout/page-context.js';

/** The chosen language, remembered for a year on this browser (`/language/en`). */
export const LANGUAGE_COOKIE = 'thidua_lang';
const FLASH_COOKIE = 'thidua_flash';
const YEAR_MS = 365 * 24 * 3_600_000;

export interface CookiePolicy {
  secure: boolean;
}

export interface WebRequestState {
  locale: Locale;
  csrfToken: string;
  flash: Flash | null;
}

const states = new WeakMap<Request, WebRequestState>();

/**
 * The per-browser state of a page request, read once: the language cookie (Vietnamese unless
 * English was chosen), the CSRF cookie (created on the first page) and its token, and the flash
 * message left by the redirect before (read once, then cleared).
 */
export function webRequestState(request: Request, response: Response, secret: string, cookies: CookiePolicy): WebRequestState {
  const known = states.get(request);
  if (known) return known;
  let csrfCookie = readCookie(request, CSRF_COOKIE);
  if (!csrfCookie) {
    csrfCookie = newCsrfCookieValue();
    response.cookie(CSRF_COOKIE, csrfCookie, { httpOnly: true, sameSite: 'lax', secure: cookies.secure, path: '/', maxAge: YEAR_MS });
  }
  const flash = readFlash(readCookie(request, FLASH_COOKIE));
  if (flash) response.clearCookie(FLASH_COOKIE, { path: '/' });
  const state: WebRequestState = { locale: localeOf(request), csrfToken: csrfTokenFor(secret, csrfCookie), flash };
  states.set(request, state);
  return state;
}

export function localeOf(request: Request): Locale {
  return readCookie(request, LANGUAGE_COOKIE) === 'en' ? 'en' : 'vi';
}

export function rememberLocale(response: Response, locale: Locale, cookies: CookiePolicy): void {
  response.cookie(LANGUAGE_COOKIE, locale, { httpOnly: true, sameSite: 'lax', secure: cookies.secure, path: '/', maxAge: YEAR_MS });
}

export function leaveFlash(response: Response, flash: Flash, cookies: CookiePolicy): void {
  const value = Buffer.from(JSON.stringify(flash)).toString('base64url');
  response.cookie(FLASH_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure: cookies.secure, path: '/' });
}

/** A flash cookie only ever shows text on its owner's page, escaped; anything malformed is ignored. */
function readFlash(value: string | undefined): Flash | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<Flash>;
    const { kind, text } = parsed;
    if ((kind === 'success' || kind === 'info') && typeof text?.vi === 'string' && typeof text.en === 'string') {
      return { kind, text: { vi: text.vi, en: text.en } };
    }
  } catch {
    return null;
  }
  return null;
}
