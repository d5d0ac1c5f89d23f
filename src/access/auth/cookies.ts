import type { Request, Response } from 'express';
import type { IssuedSession } from './auth.service.js';

export const SESSION_COOKIE = 'thidua_session';

/** Express 5 has no cookie parser built in; the one cookie thidua reads does not need a package. */
export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      return decodeURIComponent(part.slice(separator + 1).trim());
    }
  }
  return undefined;
}

/** The session cookie of a sign-in, set the same way by the API's login and the sign-in page. */
export function setSessionCookie(
  response: Response,
  session: Pick<IssuedSession, 'sessionToken' | 'sessionExpiresAt'>,
  secure: boolean,
): void {
  response.cookie(SESSION_COOKIE, session.sessionToken, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: session.sessionExpiresAt,
  });
}
