import type { FieldError } from '../../platform/errors/domain-error.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import { REGISTRY_MESSAGES } from '../registry.messages.js';

export const ORGANIZATION_KINDS = ['national_union', 'provincial_union', 'association'] as const;
/** national_union: VUSTA itself; provincial_union: a Liên hiệp các Hội KH&KT tỉnh; association: a member association. */
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

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
      message: REGISTRY_MESSAGES.renameNotAfterCurrent(latest.validFrom),
    };
  }
  if (latest.validTo !== null && validFrom > latest.validTo) {
    return {
      field: 'validFrom',
      message: REGISTRY_MESSAGES.renameAfterUnitEnded(latest.validTo),
    };
  }
  return null;
}
