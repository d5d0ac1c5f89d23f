import type { FieldError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';
import { formatDate, type IsoDate } from '../../platform/time/calendar.js';

export const ORGANIZATION_KINDS = ['national_union', 'provincial_union', 'association'] as const;
/** national_union: VUSTA itself; provincial_union: a Liên hiệp các Hội KH&KT tỉnh; association: a member association. */
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** 2025-07-01 → 01/07/2025, as Vietnamese readers write dates. */
function shown(date: IsoDate): string {
  return formatDate(date, 'vi');
}

/** The period of a unit's latest name. */
export interface NamePeriod {
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

/**
 * A rename starts a new name from `validFrom` and closes the latest one the day before, so it must
 * begin after the latest name began, and (for a unit that has ended) before the unit ended.
 */
export function renameViolation(latest: NamePeriod, validFrom: IsoDate): FieldError | null {
  if (validFrom <= latest.validFrom) {
    return {
      field: 'validFrom',
      message: text(
        `Ngày hiệu lực của tên mới phải sau ${shown(latest.validFrom)}, ngày tên hiện tại bắt đầu được dùng.`,
        `The new name must take effect after ${latest.validFrom}, when the current name took effect.`,
      ),
    };
  }
  if (latest.validTo !== null && validFrom > latest.validTo) {
    return {
      field: 'validFrom',
      message: text(
        `Đơn vị đã kết thúc hoạt động ngày ${shown(latest.validTo)}; tên mới phải có hiệu lực trước ngày đó.`,
        `The unit ended on ${latest.validTo}; the new name must take effect before then.`,
      ),
    };
  }
  return null;
}
