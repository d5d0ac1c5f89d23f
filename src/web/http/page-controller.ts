import { applyDecorators, Controller } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';

/** Marks a controller whose routes answer HTML pages (at the root, not under /api/v1). */
export const PAGE_CONTROLLER = 'thidua:page-controller';

/**
 * A controller of web pages: routes at `/<path>`, left out of the OpenAPI document. Each route
 * still declares its policy (`@SignedIn()`, `@StaffOnly()`…) like every API route.
 */
export function PageController(path = ''): ClassDecorator {
  return applyDecorators(Controller(path), ApiExcludeController(), (target: object) => {
    Reflect.defineMetadata(PAGE_CONTROLLER, true, target);
  });
}

/** Whether a request is for a page (HTML) rather than the JSON API, the health check or an asset. */
export function isPageRequest(request: Request): boolean {
  const path = request.path;
  return !(path.startsWith('/api/') || path === '/api' || path === '/health' || path.startsWith('/assets/'));
}

/** An htmx request that asks for the element `#id` only (its `hx-target`), not a whole page. */
export function wantsFragment(request: Request, id: string): boolean {
  const target = request.headers['hx-target'];
  return request.headers['hx-request'] === 'true' && typeof target === 'string' && target.endsWith(`#${id}`);
}

/** A path inside this site (`/x…`, never `//host` or `https://…`), for "come back here" links. */
export function safeLocalPath(value: unknown, fallback = '/'): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : fallback;
}
