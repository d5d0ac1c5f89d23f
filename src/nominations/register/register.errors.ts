import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { NOMINATIONS_ERRORS as E } from '../nominations.messages.js';
import { NomineeUnitUnknownError } from '../nominees/proceeding.errors.js';

/** Held by the `award_register_one_per_recipient_award_year` constraint. */
export class RegisterEntryExistsError extends DomainError {
  constructor() {
    const [code, kind, message] = errorOf(E, 'AWARD_REGISTER.ENTRY_EXISTS');
    super(code, kind, message, [{ field: 'awardTypeId', message }]);
  }
}

/** Held by the `award_register_number_key` index: one số sổ vàng per issuer's book. */
export class RegisterNumberTakenError extends DomainError {
  constructor() {
    const [code, kind, message] = errorOf(E, 'AWARD_REGISTER.NUMBER_TAKEN');
    super(code, kind, message, [{ field: 'registerNumber', message }]);
  }
}

export class UnknownAwardTypeError extends DomainError {
  constructor() {
    const [code, kind, message] = errorOf(E, 'AWARD_REGISTER.UNKNOWN_AWARD_TYPE');
    super(code, kind, message, [{ field: 'awardTypeId', message }]);
  }
}

/** The uploaded file cannot be read as a register import at all; nothing was imported. */
export class ImportFileRefusedError extends DomainError {
  constructor(problems: LocalizedText[]) {
    super(
      ...errorOf(E, 'AWARD_REGISTER.IMPORT_FILE_REFUSED'),
      problems.map((message) => ({ field: 'file', message })),
    );
  }
}

defineConstraintErrors({
  award_register_one_per_recipient_award_year: () => new RegisterEntryExistsError(),
  award_register_number_key: () => new RegisterNumberTakenError(),
  award_register_award_type_id_fkey: () => new UnknownAwardTypeError(),
  award_register_recipient_organization_id_fkey: () => new NomineeUnitUnknownError(),
});
