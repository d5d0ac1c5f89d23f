import { Readable } from 'node:stream';
import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor, StreamableFile } from '@nestjs/common';
import type { Request } from 'express';
import { from, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app.config.js';
import { CLIENT_GRACE_MS } from '../database/data-source-options.js';
import { isDatabaseUnavailable } from '../database/database-unavailable.js';
import type { Actor } from '../request-context/request-context.js';
import { IdempotencyKeyInUseError, IdempotencyKeyInvalidError, IdempotencyKeyReusedError } from './idempotency.errors.js';
import { type AttemptKey, IdempotencyRepository } from './idempotency.repository.js';
import { decide, isValidIdempotencyKey, requestFingerprint } from './idempotency.rules.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Nest's metadata key for `@HttpCode` (not exported from the package root). */
const HTTP_CODE_METADATA = '__httpCode__';
/** Sign-in answers carry fresh tokens, which must never be stored or handed out again. */
const NOT_REPLAYED = '/api/v1/auth/';
const ABANDON_MARGIN_SECONDS = 5;

/**
 * `Idempotency-Key` on every API POST: the first request runs and its answer is stored; a retry with
 * the same key, caller and route gets that answer back without running again; the same key with
 * another body is refused (422). A request that fails on purpose (4xx) frees the key, since nothing
 * was written; one cut off by a database outage keeps it (409 to a retry) until it counts as
 * abandoned, because its commit may still have gone through.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * A first attempt cut off by an outage may still have its last statement waiting on the database;
   * once the statement and connection timeouts have surely passed, that statement has finished or
   * been cancelled, and a retry runs again (see docs/operations.md for the one case left).
   */
  private get times() {
    const { statementTimeoutMs, connectTimeoutMs } = this.config.database;
    return {
      ttlSeconds: this.config.idempotency.ttlHours * 3600,
      abandonedAfterSeconds: Math.ceil((statementTimeoutMs + CLIENT_GRACE_MS + connectTimeoutMs) / 1000) + ABANDON_MARGIN_SECONDS,
    };
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & { user?: Actor }>();
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (key === undefined || request.method !== 'POST' || !request.path.startsWith('/api/') || request.path.startsWith(NOT_REPLAYED)) {
      return next.handle();
    }
    if (typeof key !== 'string' || !isValidIdempotencyKey(key)) throw new IdempotencyKeyInvalidError();
    const attempt: AttemptKey = { scope: request.user ? `user:${request.user.userId}` : 'anonymous', key, route: `POST ${request.path}` };
    const statusCode = (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ?? 201;
    return from(this.run(attempt, requestFingerprint(attempt.route, bodyOf(request)), statusCode, next));
  }

  private async run(attempt: AttemptKey, requestHash: string, statusCode: number, next: CallHandler): Promise<unknown> {
    const store = new IdempotencyRepository(this.dataSource.manager);
    const decision = decide(await store.claim(attempt, requestHash, this.times), requestHash);
    if (decision.action === 'replay') return decision.body;
    if (decision.action === 'refuse')
      throw decision.reason === 'other_body' ? new IdempotencyKeyReusedError() : new IdempotencyKeyInUseError();
    let result: unknown;
    try {
      result = await lastValue(next.handle());
    } catch (error) {
      if (!isDatabaseUnavailable(error)) await store.release(attempt);
      throw error;
    }
    if (isStorable(result)) await store.complete(attempt, statusCode, result);
    else await store.release(attempt);
    return result;
  }
}

/** A multipart upload's fields and file are read after this interceptor: its size stands for its body. */
function bodyOf(request: Request): unknown {
  return request.is('multipart/form-data') ? { multipartBytes: request.headers['content-length'] ?? null } : request.body;
}

/** JSON answers (objects of any class included) are stored; files and streams are not creates and are run again. */
function isStorable(result: unknown): boolean {
  return !(result instanceof StreamableFile || result instanceof Readable || ArrayBuffer.isView(result));
}

function lastValue(source: Observable<unknown>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let value: unknown;
    source.subscribe({ next: (v) => (value = v), error: reject, complete: () => resolve(value) });
  });
}
