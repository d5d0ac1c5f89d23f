import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';
import { UnknownOrganizationError } from '../nominees/proceeding.errors.js';

/** Held by the `award_register_one_per_recipient_award_year` constraint. */
export class RegisterEntryExistsError extends DomainError {
  constructor() {
    const message = text(
      'Sổ khen thưởng đã ghi loại khen thưởng này cho đối tượng này trong năm này.',
      'The register already records this award for this recipient and year.',
    );
    super('AWARD_REGISTER.ENTRY_EXISTS', 'conflict', message, [{ field: 'awardTypeId', message }]);
  }
}

export class UnknownAwardTypeError extends DomainError {
  constructor() {
    const message = text('Không có loại khen thưởng nào mang mã định danh này.', 'No award type has this id.');
    super('AWARD_REGISTER.UNKNOWN_AWARD_TYPE', 'unprocessable', message, [{ field: 'awardTypeId', message }]);
  }
}

defineConstraintErrors({
  award_register_one_per_recipient_award_year: () => new RegisterEntryExistsError(),
  award_register_award_type_id_fkey: () => new UnknownAwardTypeError(),
  award_register_recipient_organization_id_fkey: () => new UnknownOrganizationError(),
});
