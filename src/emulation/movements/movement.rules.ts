import type { FieldError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';

/** regular: the yearly movement (thường xuyên); themed: a movement on one theme (theo chuyên đề, đợt) over years. */
export const MOVEMENT_KINDS = ['regular', 'themed'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const MOVEMENT_KIND_LABELS = {
  regular: text('Thường xuyên (hằng năm)', 'Regular (yearly)'),
  themed: text('Theo chuyên đề', 'Themed'),
} as const;

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
    problems.push({ field: 'endYear', message: text('Năm kết thúc trước năm bắt đầu.', 'The end year is before the start year.') });
  }
  if (movement.kind === 'regular' && movement.endYear !== movement.startYear) {
    problems.push({
      field: 'endYear',
      message: text('Phong trào thường xuyên diễn ra trong một năm.', 'A regular movement runs for one year.'),
    });
  }
  if (Boolean(movement.ownerId) === Boolean(movement.clusterId)) {
    problems.push({
      field: 'clusterId',
      message: text(
        'Ghi một trong hai: đơn vị chủ quản phát động (ownerId) hoặc cụm phát động (clusterId).',
        'Give one of the two: the launching owner (ownerId) or the launching cluster (clusterId).',
      ),
    });
  }
  return problems;
}
