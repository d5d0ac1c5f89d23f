import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { REGISTRY_ERRORS } from '../registry.messages.js';

export class OrganizationNotFoundError extends DomainError {
  constructor(id: string) {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.ORGANIZATION_NOT_FOUND', id));
  }
}

/** Held by the `organizations_code_key` constraint; `field` says where the code was given. */
export class OrganizationCodeTakenError extends DomainError {
  constructor(code: string, field: string) {
    const error = errorOf(REGISTRY_ERRORS, 'REGISTRY.ORGANIZATION_CODE_TAKEN', code);
    super(...error, [{ field, message: error[2] }]);
  }
}

export class RenameRefusedError extends DomainError {
  constructor(violation: FieldError) {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.RENAME_REFUSED', violation.message), [violation]);
  }
}

export class OverlappingNamesError extends DomainError {
  constructor() {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.ORGANIZATION_NAMES_OVERLAP'));
  }
}

export class MergerRefusedError extends DomainError {
  constructor(violations: FieldError[]) {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.MERGER_REFUSED'), violations);
  }
}

export class AmbiguousSuccessorError extends DomainError {
  constructor() {
    const error = errorOf(REGISTRY_ERRORS, 'REGISTRY.MERGER_SUCCESSOR_AMBIGUOUS');
    super(...error, [{ field: 'successor', message: error[2] }]);
  }
}

defineConstraintErrors({
  organization_names_no_overlap: () => new OverlappingNamesError(),
});
