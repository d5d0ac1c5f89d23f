import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { meetingsError } from '../meetings.messages.js';

/** The chair and vice-chair decide only places a vote left open after its last round, once. */
export class NoFallbackPendingError extends DomainError {
  constructor() {
    super(...meetingsError('RESOLUTION.NO_FALLBACK_PENDING'));
  }
}

export class InvalidFallbackDecisionError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(...meetingsError('RESOLUTION.INVALID_FALLBACK_DECISION'), fieldErrors);
  }
}

/** One proposal per unit, award, cluster and year: a second flag vote cannot propose a unit already proposed. */
export class AlreadyProposedError extends DomainError {
  constructor() {
    super(...meetingsError('RESOLUTION.ALREADY_PROPOSED'));
  }
}

defineConstraintErrors({
  flag_proposals_one_per_unit: () => new AlreadyProposedError(),
});
