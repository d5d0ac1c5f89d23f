import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { REGISTRY_ERRORS, REGISTRY_MESSAGES } from '../registry.messages.js';

export class TermNotFoundError extends DomainError {
  constructor(year: number) {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.TERM_NOT_FOUND', year));
  }
}

/** Cụm trưởng and cụm phó must be members of the cluster in the term's year. */
export class TermHolderNotMemberError extends DomainError {
  constructor(year: number, fieldErrors: FieldError[]) {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.TERM_HOLDER_NOT_MEMBER', year), fieldErrors);
  }
}

export class ChairIsViceChairError extends DomainError {
  constructor() {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.CHAIR_IS_VICE_CHAIR'), [
      { field: 'viceChairId', message: REGISTRY_MESSAGES.viceChairIsChair },
    ]);
  }
}

export class TermVersionRequiredError extends DomainError {
  constructor(year: number, current: number) {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.TERM_VERSION_REQUIRED', year, current), [
      { field: 'version', message: REGISTRY_MESSAGES.versionRequired },
    ]);
  }
}

export class StaleTermError extends DomainError {
  constructor(year: number, current: number | null) {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.TERM_STALE', year, current), [
      { field: 'version', message: REGISTRY_MESSAGES.versionMismatch },
    ]);
  }
}

/** Two requests created the same year's term at once; the second one lost. */
export class TermAlreadyExistsError extends DomainError {
  constructor() {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.TERM_EXISTS'));
  }
}

export class TermClosedError extends DomainError {
  constructor(year: number) {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.TERM_CLOSED', year));
  }
}

defineConstraintErrors({
  cluster_terms_one_per_cluster_and_year: () => new TermAlreadyExistsError(),
  cluster_terms_chair_differs_from_vice_chair: () => new ChairIsViceChairError(),
});
