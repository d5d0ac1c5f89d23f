import { type LocalizedText, text } from '../../platform/i18n/locale.js';

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

function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** 2025-07-01 → 01/07/2025, as Vietnamese documents write dates. */
function dayMonthYear(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
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
        reason: text(
          `Năm kết thúc (${toYear}) không được trước năm bắt đầu (${fromYear}).`,
          `The last year (${toYear}) cannot be before the first year (${fromYear}).`,
        ),
      },
    ];
  }
  const problems: PeriodProblem[] = [];
  const started = dayMonthYear(unit.activeFrom);
  if (fromYear < yearOf(unit.activeFrom)) {
    problems.push({
      field: 'fromYear',
      reason: text(
        `Đơn vị bắt đầu hoạt động từ ngày ${started}, nên không thể là thành viên từ năm ${fromYear}.`,
        `The unit has existed only since ${unit.activeFrom}, so it cannot be a member from ${fromYear}.`,
      ),
    });
  }
  if (unit.activeTo !== null) {
    const ended = dayMonthYear(unit.activeTo);
    const lastYear = yearOf(unit.activeTo);
    if (fromYear > lastYear) {
      problems.push({
        field: 'fromYear',
        reason: text(
          `Đơn vị đã ngừng hoạt động từ ngày ${ended}, nên không thể là thành viên năm ${fromYear}.`,
          `The unit ceased on ${unit.activeTo}, so it cannot be a member in ${fromYear}.`,
        ),
      });
    } else if (toYear === null || toYear > lastYear) {
      problems.push({
        field: 'toYear',
        reason: text(
          `Đơn vị ngừng hoạt động ngày ${ended}: năm kết thúc phải có và không được sau năm ${lastYear}.`,
          `The unit ceased on ${unit.activeTo}: the last year is required and cannot be after ${lastYear}.`,
        ),
      });
    }
  }
  return problems;
}
