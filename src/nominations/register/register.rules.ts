import { isStaff } from '../../access/policies/access.rules.js';
import type { Actor } from '../../platform/request-context/request-context.js';

/**
 * Which register entries a caller reads: a unit's collective awards are public honours, read by anyone
 * signed in; a person's awards are read by national staff (`allPeople`) and by the person's own unit
 * (`ownUnits`, which for a unit reading its own roll-up includes the predecessors it carries on).
 */
export interface RegisterScope {
  allPeople: boolean;
  ownUnits: string[];
}

export function registerScope(actor: Actor, rollUp?: { organizationId: string; predecessorIds: readonly string[] }): RegisterScope {
  if (isStaff(actor)) return { allPeople: true, ownUnits: [] };
  if (actor.organizationId === null) return { allPeople: false, ownUnits: [] };
  const carried = rollUp?.organizationId === actor.organizationId ? rollUp.predecessorIds : [];
  return { allPeople: false, ownUnits: [actor.organizationId, ...carried] };
}
