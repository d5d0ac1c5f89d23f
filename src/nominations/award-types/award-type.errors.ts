import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { NOMINATIONS_ERRORS as E } from '../nominations.messages.js';

export class AwardTypeNotFoundError extends DomainError {
  constructor(id: string) {
    super(...errorOf(E, 'AWARD_TYPE.NOT_FOUND', id));
  }
}

/** Held by the `award_types_code_key` constraint. */
export class AwardTypeCodeTakenError extends DomainError {
  constructor() {
    const [code, kind, message] = errorOf(E, 'AWARD_TYPE.CODE_TAKEN');
    super(code, kind, message, [{ field: 'code', message }]);
  }
}

export class RuleSetRefusedError extends DomainError {
  constructor(violations: FieldError[]) {
    super(...errorOf(E, 'AWARD_TYPE.RULE_SET_REFUSED'), violations);
  }
}

/** Held by the `award_rule_sets_no_overlap` exclusion constraint, when two additions race. */
export class RuleSetsOverlapError extends DomainError {
  constructor() {
    const [code, kind, message] = errorOf(E, 'AWARD_TYPE.RULE_SETS_OVERLAP');
    super(code, kind, message, [{ field: 'effectiveFrom', message }]);
  }
}

defineConstraintErrors({
  award_types_code_key: () => new AwardTypeCodeTakenError(),
  award_rule_sets_no_overlap: () => new RuleSetsOverlapError(),
});
