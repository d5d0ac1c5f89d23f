import type { LocalizedText } from '../../platform/i18n/locale.js';
import { yearOf } from '../../platform/time/calendar.js';
import { REGISTRY_MESSAGES } from '../registry.messages.js';

/** Years of a membership; `toYear` null means it is still open. */
export interface MembershipYears {
  fromYear: number;
  toYear: number | null;
}

/** When a unit existed (organizations.active_from/active_to), as ISO dates. */
export interface ActivePeriod {
  activeFrom: string;
  activeTo: string | null;
}

export interface PeriodProblem {
  field: 'fromYear' | 'toYear';
  reason: LocalizedText;
}

/**
 * Why a unit cannot be a member for these years: the years are reversed, or the unit did not exist
 * in some of them (a unit founded or merged away mid-year counts as active that year).
 */
export function membershipPeriodProblems(years: MembershipYears, unit: ActivePeriod): PeriodProblem[] {
  const { fromYear, toYear } = years;
  if (toYear !== null && toYear < fromYear) {
    return [
      {
        field: 'toYear',
        reason: REGISTRY_MESSAGES.yearsReversed(toYear, fromYear),
      },
    ];
  }
  const problems: PeriodProblem[] = [];
  if (fromYear < yearOf(unit.activeFrom)) {
    problems.push({
      field: 'fromYear',
      reason: REGISTRY_MESSAGES.memberBeforeUnitBegan(unit.activeFrom, fromYear),
    });
  }
  if (unit.activeTo !== null) {
    const lastYear = yearOf(unit.activeTo);
    if (fromYear > lastYear) {
      problems.push({
        field: 'fromYear',
        reason: REGISTRY_MESSAGES.memberAfterUnitEnded(unit.activeTo, fromYear),
      });
    } else if (toYear === null || toYear > lastYear) {
      problems.push({
        field: 'toYear',
        reason: REGISTRY_MESSAGES.memberPastUnitEnd(unit.activeTo, lastYear),
      });
    }
  }
  return problems;
}
