import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { NOMINATIONS_ERRORS as E } from '../nominations.messages.js';
import { ACTION_NAMES, type NominationAction } from './nomination.state.js';

/** Also the answer for a nomination outside the caller's scope: they are not told it exists. */
export class NominationNotFoundError extends DomainError {
  constructor(id: string) {
    super(...errorOf(E, 'NOMINATION.NOT_FOUND', id));
  }
}

export class NominationForOtherUnitError extends DomainError {
  constructor() {
    const [code, kind, message] = errorOf(E, 'NOMINATION.OTHER_UNIT');
    super(code, kind, message, [{ field: 'proposingOrganizationId', message }]);
  }
}

export class NomineeOutsideUnitError extends DomainError {
  constructor() {
    const [code, kind, message] = errorOf(E, 'NOMINATION.NOMINEE_OUTSIDE_UNIT');
    super(code, kind, message, [{ field: 'nominee.organizationId', message }]);
  }
}

/** Held by the `nominations_one_per_nominee_award_year` partial unique index. */
export class DuplicateNominationError extends DomainError {
  constructor() {
    const [code, kind, message] = errorOf(E, 'NOMINATION.DUPLICATE');
    super(code, kind, message, [{ field: 'nominee', message }]);
  }
}

export class NominationReferencesRefusedError extends DomainError {
  constructor(violations: FieldError[]) {
    super(...errorOf(E, 'NOMINATION.INVALID_REFERENCES'), violations);
  }
}

/** Every failed eligibility check is listed as a field error. */
export class NominationNotEligibleError extends DomainError {
  constructor(violations: FieldError[]) {
    super(...errorOf(E, 'NOMINATION.NOT_ELIGIBLE'), violations);
  }
}

/** The cluster's places for the award and year are all held, possibly by a submission a moment earlier. */
export class QuotaExceededError extends DomainError {
  constructor(violations: FieldError[]) {
    super(...errorOf(E, 'NOMINATION.QUOTA_EXCEEDED'), violations);
  }
}

export class ReasonsRequiredError extends DomainError {
  constructor(action: NominationAction) {
    const [code, kind, message] = errorOf(E, 'NOMINATION.REASONS_REQUIRED', ACTION_NAMES[action]);
    super(code, kind, message, [{ field: 'comment', message }]);
  }
}

defineConstraintErrors({
  nominations_one_per_nominee_award_year: () => new DuplicateNominationError(),
});
