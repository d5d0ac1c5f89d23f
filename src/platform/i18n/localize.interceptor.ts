import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { map, type Observable } from 'rxjs';
import { localeFrom } from './locale.js';
import { localize } from './localize.js';

/**
 * Services answer user text in both languages (`{vi, en}`); this one place gives each caller only
 * theirs (Accept-Language, Vietnamese by default). Strings, buffers and streams (HTML pages,
 * documents) pass through unchanged.
 */
@Injectable()
export class LocalizeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const locale = localeFrom(request.headers['accept-language']);
    return next.handle().pipe(map((body: unknown) => (isPlainData(body) ? localize(body, locale) : body)));
  }
}

function isPlainData(body: unknown): boolean {
  if (body === null || typeof body !== 'object') return false;
  if (Array.isArray(body)) return true;
  const prototype: unknown = Object.getPrototypeOf(body);
  return prototype === Object.prototype || prototype === null;
}
