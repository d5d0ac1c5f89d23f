import { SetMetadata } from '@nestjs/common';
import type { Role } from '../../platform/request-context/request-context.js';

export type RoutePolicy = { kind: 'public' } | { kind: 'signed_in' } | { kind: 'roles'; roles: Role[] };

export const ROUTE_POLICY = 'thidua:route-policy';

/**
 * Every route declares who may call it; the global guard refuses a route that declares nothing.
 * Finer rules that depend on data (own unit, cluster secretariat) are checked by the service.
 */
export const Public = () => SetMetadata(ROUTE_POLICY, { kind: 'public' } satisfies RoutePolicy);
export const SignedIn = () => SetMetadata(ROUTE_POLICY, { kind: 'signed_in' } satisfies RoutePolicy);
export const RolesAllowed = (...roles: Role[]) => SetMetadata(ROUTE_POLICY, { kind: 'roles', roles } satisfies RoutePolicy);

/** National staff and system administrators: the people who run the registry and the awards. */
export const StaffOnly = () => RolesAllowed('national_staff', 'system_admin');
export const AdminOnly = () => RolesAllowed('system_admin');
