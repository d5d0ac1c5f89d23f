import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { UnsupportedMediaTypeError } from '../errors/platform.errors.js';

/** @nestjs/swagger's key for `@ApiConsumes`, which the upload routes already declare for the docs. */
const API_CONSUMES = 'swagger/apiConsumes';
const JSON_ONLY = ['application/json'];
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A body the route does not read is refused with 415 rather than ignored: a text/plain body on a
 * JSON route would otherwise reach the service as `{}` and create an empty record. API routes take
 * JSON unless they declare other types with `@ApiConsumes` (the multipart uploads).
 */
@Injectable()
export class ContentTypeInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    if (!WITH_BODY.has(request.method) || !request.path.startsWith('/api/') || !hasBody(request)) return next.handle();
    const accepted =
      this.reflector.getAllAndOverride<string[] | undefined>(API_CONSUMES, [context.getHandler(), context.getClass()]) ?? JSON_ONLY;
    const received = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!accepted.includes(received)) throw new UnsupportedMediaTypeError(received || '(không có)', accepted);
    return next.handle();
  }
}

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
