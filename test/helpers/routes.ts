import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { ROUTE_POLICY, type RoutePolicy } from '../../src/access/policies/policy.decorator.js';
import { PAGE_CONTROLLER } from '../../src/web/http/page-controller.js';

export interface RegisteredRoute {
  method: string;
  /** Full path, Nest style: `/api/v1/clusters/:id` for the API, `/clusters/:id` for a page. */
  path: string;
  /** A web page (HTML, at the root) rather than a JSON API route. */
  page: boolean;
  handler: string;
  policy: RoutePolicy | undefined;
}

// Nest's own metadata keys for @Controller/@Get…; stable across majors, but not exported from the package root.
const PATH_METADATA = 'path';
const METHOD_METADATA = 'method';
const UNPREFIXED = new Set(['health']);

function join(...parts: string[]): string {
  return `/${parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/')}`;
}

/** Every route Nest registered, read from the same metadata Nest routes by. */
export function registeredRoutes(app: INestApplication): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      const page = Reflect.getMetadata(PAGE_CONTROLLER, controller) === true;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const path = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
        routes.push({
          method: RequestMethod[method],
          path: page || UNPREFIXED.has(base) ? join(base, path) : join('api/v1', base, path),
          page,
          handler: `${controller.name}.${name}`,
          policy: Reflect.getMetadata(ROUTE_POLICY, handler) ?? Reflect.getMetadata(ROUTE_POLICY, controller),
        });
      }
    }
  }
  return routes;
}
