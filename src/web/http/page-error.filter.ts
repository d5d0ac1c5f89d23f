import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Injectable, Logger } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { OptionalTokenGuard } from '../../access/auth/auth.guards.js';
import { SESSION_COOKIE } from '../../access/auth/cookies.js';
import { isDatabaseUnavailable } from '../../platform/database/database-unavailable.js';
import { errorForConstraint } from '../../platform/errors/constraint-errors.js';
import { IDEMPOTENCY_FIELD } from '../../platform/idempotency/idempotency.rules.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import {
  DatabaseUnavailableError,
  InternalError,
  MalformedPathIdError,
  RouteNotFoundError,
} from '../../platform/errors/platform.errors.js';
import { ProblemDetailsFilter, statusOf } from '../../platform/errors/problem-details.filter.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { PENDING_FIELD, SignInPage } from '../account/sign-in.page.js';
import { ErrorPage } from '../layout/error.page.js';
import { errorPageText, accountText } from '../web.messages.js';
import { postedValues } from './forms.js';
import { isPageRequest, safeLocalPath } from './page-controller.js';
import { WebPages } from './web-pages.js';

const SIGN_IN_CODES = new Set(['AUTH.NOT_SIGNED_IN', 'AUTH.SESSION_EXPIRED']);

const TITLES: Record<number, LocalizedText> = {
  400: errorPageText.badRequestTitle,
  403: errorPageText.forbiddenTitle,
  404: errorPageText.notFoundTitle,
  409: errorPageText.conflictTitle,
  422: errorPageText.badRequestTitle,
  429: errorPageText.tooManyTitle,
  500: errorPageText.serverErrorTitle,
  503: errorPageText.serverErrorTitle,
};

/**
 * The one global exception filter. The API (and /health) keep their problem documents; a page
 * gets a page: signed out → the sign-in page (GET: redirect with a return address; a form post:
 * the sign-in form carrying what was typed), anything else → an error page in the user's language
 * with the same message the API would give.
 */
@Catch()
@Injectable()
export class PageErrorFilter implements ExceptionFilter {
  private readonly problems = new ProblemDetailsFilter();
  private readonly logger = new Logger('Errors');

  constructor(
    private readonly web: WebPages,
    private readonly tokens: OptionalTokenGuard,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    if (!isPageRequest(request) || response.headersSent) return this.problems.catch(exception, host);
    this.renderPage(exception, request, response).catch((failure: unknown) => {
      this.logger.error({ err: failure, requestId: request.id }, 'Error page failed');
      if (!response.headersSent) response.status(500).type('text/plain').send('500');
    });
  }

  private async renderPage(exception: unknown, request: Request, response: Response): Promise<void> {
    const { error, status } = classify(exception, request);
    if (status === 503) this.logger.warn({ err: exception, requestId: request.id }, 'Database unavailable');
    else if (status >= 500) this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    if (SIGN_IN_CODES.has(error.code)) return this.toSignIn(error, request, response);
    if (error.retryAfterSeconds) response.setHeader('Retry-After', String(error.retryAfterSeconds));
    if (request.user === undefined) await this.identify(request, response);
    await this.web.page(
      response,
      ErrorPage,
      {
        title: TITLES[status] ?? errorPageText.badRequestTitle,
        message: error.text,
        requestId: status >= 500 ? String(request.id ?? '') : undefined,
      },
      { status },
    );
  }

  /**
   * A route that does not exist never reaches the policy guard, so nobody is signed in yet for its error page: the
   * session is looked up here, so that the header still shows who is signed in. Failing that, the page shows the
   * signed-out header; the error it tells stays the one it is.
   */
  private async identify(request: Request, response: Response): Promise<void> {
    try {
      await this.tokens.canActivate(new ExecutionContextHost([request, response]));
    } catch {
      request.user = undefined;
    }
  }

  private async toSignIn(error: DomainError, request: Request, response: Response): Promise<void> {
    if (error.code === 'AUTH.SESSION_EXPIRED') response.clearCookie(SESSION_COOKIE, { path: '/' });
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    if (request.headers['hx-request'] === 'true') {
      const from = safeLocalPath(pathOf(request.headers['hx-current-url']), '/');
      response.setHeader('HX-Redirect', `/sign-in?next=${encodeURIComponent(from)}`);
      response.status(401).end();
      return;
    }
    if (isRead) return response.redirect(303, `/sign-in?next=${encodeURIComponent(request.originalUrl)}`);
    // A form post: the CSRF check has passed, so this is the user's own form; keep what they typed.
    const pending = postedValues(request.body);
    // Its idempotency key goes too: the form shown after sign-in carries a fresh one (this post ran nothing).
    for (const name of Object.keys(pending))
      if (/password/i.test(name) || name === PENDING_FIELD || name === IDEMPOTENCY_FIELD) delete pending[name];
    const hasPending = Object.keys(pending).length > 0;
    await this.web.page(
      response,
      SignInPage,
      {
        next: hasPending ? request.originalUrl : safeLocalPath(pathOf(request.headers.referer)),
        pending: hasPending ? pending : undefined,
        notice: error.code === 'AUTH.SESSION_EXPIRED' ? accountText.sessionEnded : accountText.signInToContinue,
      },
      { status: 401 },
    );
  }
}

function classify(exception: unknown, request: Request): { error: DomainError; status: number } {
  // An address whose id is not a UUID names no page.
  if (exception instanceof MalformedPathIdError) return { error: new RouteNotFoundError(request.path), status: 404 };
  if (exception instanceof DomainError) return { error: exception, status: statusOf[exception.kind] };
  // An outage is told as it is on pages too: 503 with Retry-After, never a 500 or a sign-out.
  if (isDatabaseUnavailable(exception)) return { error: new DatabaseUnavailableError(), status: 503 };
  if (exception instanceof QueryFailedError) {
    const error = errorForConstraint((exception.driverError as { constraint?: string }).constraint);
    if (error) return { error, status: statusOf[error.kind] };
  }
  if (exception instanceof HttpException && exception.getStatus() === 404) {
    return { error: new DomainError(new RouteNotFoundError(request.path).code, 'not_found', errorPageText.notFound), status: 404 };
  }
  if (exception instanceof HttpException && exception.getStatus() < 500) {
    return {
      error: new DomainError(`HTTP.${exception.getStatus()}`, 'bad_request', errorPageText.badRequestTitle),
      status: exception.getStatus(),
    };
  }
  return { error: new InternalError(), status: 500 };
}

/** The path and query of an absolute URL of this site (htmx's HX-Current-URL, the Referer). */
function pathOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url, 'http://x');
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return undefined;
  }
}
