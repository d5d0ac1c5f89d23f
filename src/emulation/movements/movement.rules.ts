import type { FieldError } from '../../platform/errors/domain-error.js';
import { EMULATION_MESSAGES as M, MOVEMENT_KIND_NAMES } from '../emulation.messages.js';

/** regular: the yearly movement (thường xuyên); themed: a movement on one theme (theo chuyên đề, đợt) over years. */
export const MOVEMENT_KINDS = ['regular', 'themed'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const MOVEMENT_KIND_LABELS = MOVEMENT_KIND_NAMES;

/** owner: launched by the cluster's owner (VUSTA) for all its clusters; cluster: launched by the cluster itself. */
export type LaunchedBy = 'owner' | 'cluster';

/** A themed movement of three years or more may carry an Emulation Flag at its review (sơ kết, tổng kết). */
export const FLAG_ELIGIBLE_YEARS = 3;

export function yearsOf(movement: { startYear: number; endYear: number }): number {
  return movement.endYear - movement.startYear + 1;
}

export function isFlagEligible(movement: { kind: MovementKind; startYear: number; endYear: number }): boolean {
  return movement.kind === 'themed' && yearsOf(movement) >= FLAG_ELIGIBLE_YEARS;
}

/** Why a movement's launch or years break a rule, or an empty list. */
export function movementProblems(movement: {
  kind: MovementKind;
  startYear: number;
  endYear: number;
  ownerId?: string | null;
  clusterId?: string | null;
}): FieldError[] {
  const problems: FieldError[] = [];
  if (movement.endYear < movement.startYear) {
    problems.push({ field: 'endYear', message: M.movementEndsBeforeStart });
  }
  if (movement.kind === 'regular' && movement.endYear !== movement.startYear) {
    problems.push({
      field: 'endYear',
      message: M.regularMovementOneYear,
    });
  }
  if (Boolean(movement.ownerId) === Boolean(movement.clusterId)) {
    problems.push({
      field: 'clusterId',
      message: M.movementLauncher,
    });
  }
  return problems;
}
