import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { readCookie, SESSION_COOKIE } from '../../access/auth/cookies.js';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app.config.js';
import { CSRF_COOKIE, CSRF_FIELD, CSRF_HEADER, isValidCsrfToken } from '../../platform/security/csrf.js';
import { CsrfTokenRejectedError } from '../../platform/security/csrf.errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Where a request's token is: the form field, the header, or for multipart forms (parsed later) the query. */
function tokenOf(request: Request): unknown {
  const body = request.body as Record<string, unknown> | undefined;
  if (body && typeof body === 'object' && CSRF_FIELD in body) return body[CSRF_FIELD];
  const header = request.headers[CSRF_HEADER];
  if (typeof header === 'string') return header;
  if (request.is('multipart/form-data')) return request.query[CSRF_FIELD];
  return undefined;
}

/**
 * Every write that a browser could send on its own with the session cookie needs the token: every
 * page form (signed in or not: sign-in too), and every API write that comes with the cookie.
 * A request with an Authorization header carries its credential itself, which a foreign page
 * cannot make a browser send, and an API write with no cookie has nothing to forge.
 */
@Injectable()
export class CsrfMiddleware implements NestMiddleware {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  use(request: Request, _response: Response, next: NextFunction): void {
    if (SAFE_METHODS.has(request.method) || request.headers.authorization) return next();
    const isApi = request.path.startsWith('/api/');
    if (isApi && !readCookie(request, SESSION_COOKIE)) return next();
    if (!isValidCsrfToken(this.config.auth.tokenSecret, readCookie(request, CSRF_COOKIE), tokenOf(request))) {
      return next(new CsrfTokenRejectedError());
    }
    const body = request.body as Record<string, unknown> | undefined;
    if (body && typeof body === 'object') delete body[CSRF_FIELD];
    next();
  }
}
