import type { Actor, Role } from '../../platform/request-context/request-context.js';

export function hasAnyRole(actor: Actor, roles: readonly Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}

/** National staff and system administrators act on every unit and cluster. */
export function isStaff(actor: Actor): boolean {
  return hasAnyRole(actor, ['national_staff', 'system_admin']);
}

/** Whose records an actor reads: every unit's (national staff), or only those of their own unit (đơn vị mình). */
export type UnitScope = { allUnits: true } | { allUnits: false; organizationId: string | null };

export function ownUnitScope(actor: Actor): UnitScope {
  return isStaff(actor) ? { allUnits: true } : { allUnits: false, organizationId: actor.organizationId };
}

export interface ClusterYearScope {
  /** The chair unit (cụm trưởng) of the cluster that year, if a term is recorded. */
  chairOrganizationId: string | null;
  /** Whether the year's term still takes changes (its records lock once the year is closed). */
  termOpen: boolean;
}

/**
 * Cụm thư ký: the staff of the year's chair unit act as the cluster's secretariat for that year.
 * Derived from the registry, never from a hand-kept list, so the rights move with the chair.
 */
export function isClusterSecretariat(actor: Actor, scope: ClusterYearScope): boolean {
  return actor.roles.includes('unit_officer') && scope.chairOrganizationId !== null && actor.organizationId === scope.chairOrganizationId;
}

export function mayManageClusterYear(actor: Actor, scope: ClusterYearScope): boolean {
  return isStaff(actor) || (isClusterSecretariat(actor, scope) && scope.termOpen);
}
