import type { Request } from 'express';

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
