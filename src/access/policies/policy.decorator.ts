import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiSecured } from '../../platform/openapi/openapi.decorators.js';
import type { Role } from '../../platform/request-context/request-context.js';

export type RoutePolicy = { kind: 'public' } | { kind: 'signed_in' } | { kind: 'roles'; roles: Role[] };

export const ROUTE_POLICY = 'thidua:route-policy';

/**
 * Every route declares who may call it; the global guard refuses a route that declares nothing.
 * Finer rules that depend on data (own unit, cluster secretariat) are checked by the service.
 * A route that needs a caller also declares it in the OpenAPI document (bearer token or session
 * cookie), so that a token entered once in the docs page is sent with every call.
 */
export const Public = () => SetMetadata(ROUTE_POLICY, { kind: 'public' } satisfies RoutePolicy);
export const SignedIn = () => applyDecorators(SetMetadata(ROUTE_POLICY, { kind: 'signed_in' } satisfies RoutePolicy), ApiSecured());
export const RolesAllowed = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ROUTE_POLICY, { kind: 'roles', roles } satisfies RoutePolicy), ApiSecured());

/** National staff and system administrators: the people who run the registry and the awards. */
export const StaffOnly = () => RolesAllowed('national_staff', 'system_admin');
export const AdminOnly = () => RolesAllowed('system_admin');
