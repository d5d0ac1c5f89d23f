import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { NOMINATIONS_ERRORS as E } from '../nominations.messages.js';

export class ProceedingNotFoundError extends DomainError {
  constructor(id: string) {
    super(...errorOf(E, 'PROCEEDING.NOT_FOUND', id));
  }
}

/** Held by the `proceedings_period_check` constraint. */
export class ProceedingPeriodError extends DomainError {
  constructor() {
    const [code, kind, message] = errorOf(E, 'PROCEEDING.PERIOD_INVALID');
    super(code, kind, message, [{ field: 'endedOn', message }]);
  }
}

/** A unit named by a record of the nominee (a person's unit, a proceeding's, a register entry's) does not exist. */
export class NomineeUnitUnknownError extends DomainError {
  constructor() {
    const [code, kind, message] = errorOf(E, 'NOMINEE.UNKNOWN_ORGANIZATION');
    super(code, kind, message, [{ field: 'organizationId', message }]);
  }
}

defineConstraintErrors({
  proceedings_period_check: () => new ProceedingPeriodError(),
  proceedings_organization_id_fkey: () => new NomineeUnitUnknownError(),
  people_organization_id_fkey: () => new NomineeUnitUnknownError(),
});
