import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { type Locale, localeFrom, text } from '../i18n/locale.js';
import { isDatabaseUnavailable } from '../database/database-unavailable.js';
import { errorForConstraint } from './constraint-errors.js';
import { DomainError, type ErrorKind } from './domain-error.js';
import {
  ConstraintConflictError,
  DatabaseUnavailableError,
  InternalError,
  InvalidReferenceError,
  MalformedBodyError,
  RouteNotFoundError,
  UnsupportedMediaTypeError,
} from './platform.errors.js';

export const statusOf: Record<ErrorKind, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  too_many_requests: 429,
  unsupported_media_type: 415,
  service_unavailable: 503,
};

/** PostgreSQL SQLSTATEs that mean "the data broke a rule", not "the server broke". */
const UNIQUE_VIOLATION = '23505';
const EXCLUSION_VIOLATION = '23P01';
const FOREIGN_KEY_VIOLATION = '23503';
const CHECK_VIOLATION = '23514';
const INVALID_TEXT = '22P02';
const OUT_OF_RANGE = '22003';
const DATETIME_OUT_OF_RANGE = '22008';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance: string;
  code: string;
  requestId?: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

/** Maps every error to one JSON shape: RFC 9457 problem details, in the caller's language. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const locale = localeFrom(request.headers['accept-language']);
    const { error, status } = this.classify(exception, request);
    if (status === 503) this.logger.warn({ err: exception, requestId: request.id }, 'Database unavailable');
    else if (status >= 500) this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    if (response.headersSent) return;
    if (error.retryAfterSeconds) response.setHeader('Retry-After', String(error.retryAfterSeconds));
    response
      .status(status)
      .type('application/problem+json')
      .json(this.toProblem(error, status, request, locale));
  }

  private classify(exception: unknown, request: Request): { error: DomainError; status: number } {
    if (exception instanceof DomainError) return { error: exception, status: statusOf[exception.kind] };
    // A domain error raised inside Express middleware (the body parser's shape check) arrives wrapped.
    if (exception instanceof HttpException && exception.cause instanceof DomainError) {
      return { error: exception.cause, status: statusOf[exception.cause.kind] };
    }
    if (isDatabaseUnavailable(exception)) return { error: new DatabaseUnavailableError(), status: 503 };
    if (exception instanceof QueryFailedError) {
      const error = this.fromDatabase(exception.driverError as { code?: string; constraint?: string });
      if (error) return { error, status: statusOf[error.kind] };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse() as { type?: string } | string;
      if (status === 404) return { error: new RouteNotFoundError(request.path), status };
      if (status === 400 && typeof body === 'object' && /parse|JSON/i.test(JSON.stringify(body))) {
        return { error: new MalformedBodyError(), status };
      }
      if (status === 413) return { error: new PayloadTooLargeError(), status };
      if (status === 415)
        return { error: new UnsupportedMediaTypeError(request.headers['content-type'] ?? '', ['application/json']), status };
      if (status < 500) return { error: new GenericHttpError(status, exception.message), status };
    }
    return { error: new InternalError(), status: 500 };
  }

  private fromDatabase(driverError: { code?: string; constraint?: string }): DomainError | undefined {
    switch (driverError.code) {
      case UNIQUE_VIOLATION:
      case EXCLUSION_VIOLATION:
      case CHECK_VIOLATION:
        return errorForConstraint(driverError.constraint) ?? new ConstraintConflictError();
      case FOREIGN_KEY_VIOLATION:
        return errorForConstraint(driverError.constraint) ?? new InvalidReferenceError();
      case INVALID_TEXT:
      case OUT_OF_RANGE:
      case DATETIME_OUT_OF_RANGE:
        return new GenericHttpError(400, 'Invalid value');
      default:
        return undefined;
    }
  }

  private toProblem(error: DomainError, status: number, request: Request, locale: Locale): ProblemDetails {
    return {
      type: `urn:thidua:problem:${error.code}`,
      title: error.text[locale],
      status,
      instance: request.originalUrl,
      code: error.code,
      requestId: request.id === undefined ? undefined : String(request.id),
      ...error.extensions,
      ...(error.fieldErrors.length > 0 && {
        errors: error.fieldErrors.map((f) => ({ field: f.field, message: f.message[locale] })),
      }),
    };
  }
}

class PayloadTooLargeError extends DomainError {
  constructor() {
    super('REQUEST.TOO_LARGE', 'bad_request', text('Nội dung gửi lên quá lớn.', 'The request body is too large.'));
  }
}

/** An HTTP error raised by the framework itself (method not allowed, unsupported media type…). */
class GenericHttpError extends DomainError {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(
      `HTTP.${status}`,
      status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : 'bad_request',
      text(`Yêu cầu không hợp lệ (${detail}).`, `Invalid request (${detail}).`),
    );
  }
}
