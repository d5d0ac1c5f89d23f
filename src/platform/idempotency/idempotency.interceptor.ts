import { Readable } from 'node:stream';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, StreamableFile } from '@nestjs/common';
import type { Request } from 'express';
import { from, type Observable } from 'rxjs';
import type { Actor } from '../request-context/request-context.js';
import { IdempotencyKeyInvalidError } from './idempotency.errors.js';
import type { AttemptKey } from './idempotency.repository.js';
import { isValidIdempotencyKey, requestFingerprint } from './idempotency.rules.js';
import { IdempotencyService } from './idempotency.service.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Nest's metadata key for `@HttpCode` (not exported from the package root). */
const HTTP_CODE_METADATA = '__httpCode__';
/**
 * Not kept: sign-in answers carry fresh tokens, which must never be stored or handed out again; a
 * ballot must never be stored beside its caller (the body's hash would link a unit to its choices,
 * the answer to its receipt), and needs no key: one per unit, a retry is refused 409
 * `BALLOT.ALREADY_VOTED` and writes nothing; printed ballot codes must not lie in the database in
 * clear, and printing them again simply replaces them.
 */
const NOT_REPLAYED = /^\/api\/v1\/(auth\/|ballots$|votes\/[^/]+\/(ballots|ballot-codes)$)/;

/**
 * `Idempotency-Key` on every API POST (see IdempotencyService): the first request runs and its
 * answer is stored; a retry gets it back without running again. A request that fails on purpose
 * (4xx) and wrote nothing frees the key; one cut off by a database outage keeps it (409 to a retry)
 * until it counts as abandoned.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly idempotency: IdempotencyService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & { user?: Actor }>();
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (key === undefined || request.method !== 'POST' || !request.path.startsWith('/api/') || NOT_REPLAYED.test(request.path)) {
      return next.handle();
    }
    if (typeof key !== 'string' || !isValidIdempotencyKey(key)) throw new IdempotencyKeyInvalidError();
    const attempt: AttemptKey = { scope: scopeOf(request.user), key, route: `POST ${request.path}` };
    const statusCode = (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ?? 201;
    return from(
      this.idempotency.once(attempt, requestFingerprint(attempt.route, bodyOf(request)), () => lastValue(next.handle()), {
        statusCode,
        storable: isStorable,
      }),
    );
  }
}

/** Whose keys these are: a user's keys never meet another's. */
export function scopeOf(actor: Actor | undefined): string {
  return actor ? `user:${actor.userId}` : 'anonymous';
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
