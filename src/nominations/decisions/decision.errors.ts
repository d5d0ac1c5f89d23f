import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { NOMINATIONS_ERRORS as E } from '../nominations.messages.js';
import { DECISION_NUMBER_FORMAT } from './decision.rules.js';

export class AwardDecisionNotFoundError extends DomainError {
  constructor(id: string) {
    super(...errorOf(E, 'AWARD_DECISION.NOT_FOUND', id));
  }
}

export class DecisionNumberInvalidError extends DomainError {
  constructor() {
    const [code, kind, message] = errorOf(E, 'AWARD_DECISION.NUMBER_INVALID', DECISION_NUMBER_FORMAT);
    super(code, kind, message, [{ field: 'number', message }]);
  }
}

/** Held by the `award_decisions_number_key` constraint. */
export class DecisionNumberTakenError extends DomainError {
  constructor() {
    const [code, kind, message] = errorOf(E, 'AWARD_DECISION.NUMBER_TAKEN');
    super(code, kind, message, [{ field: 'number', message }]);
  }
}

export class DecisionDateInvalidError extends DomainError {
  constructor(reason: FieldError['message']) {
    const [code, kind, message] = errorOf(E, 'AWARD_DECISION.DATE_INVALID', reason);
    super(code, kind, message, [{ field: 'decidedOn', message }]);
  }
}

/** Some nominations cannot be awarded: unknown, or not approved by the council (each named by its index). */
export class DecisionNominationsRefusedError extends DomainError {
  constructor(problems: FieldError[]) {
    super(...errorOf(E, 'AWARD_DECISION.NOMINATIONS_REFUSED'), problems);
  }
}

/** Held by the `award_register_one_per_nomination` constraint: a nomination is awarded once. */
export class NominationAlreadyAwardedError extends DomainError {
  constructor() {
    const [code, kind, message] = errorOf(E, 'AWARD_DECISION.NOMINATION_ALREADY_AWARDED');
    super(code, kind, message, [{ field: 'nominationIds', message }]);
  }
}

defineConstraintErrors({
  award_decisions_number_key: () => new DecisionNumberTakenError(),
  award_register_one_per_nomination: () => new NominationAlreadyAwardedError(),
});
