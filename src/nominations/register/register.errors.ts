import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
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

/** Held by the `award_register_number_key` index: one số sổ vàng per issuer's book. */
export class RegisterNumberTakenError extends DomainError {
  constructor() {
    const message = text(
      'Số sổ vàng này đã được ghi cho một khen thưởng khác của cùng cơ quan ban hành.',
      'This register number is already recorded for another award of the same issuer.',
    );
    super('AWARD_REGISTER.NUMBER_TAKEN', 'conflict', message, [{ field: 'registerNumber', message }]);
  }
}

export class UnknownAwardTypeError extends DomainError {
  constructor() {
    const message = text('Không có loại khen thưởng nào mang mã định danh này.', 'No award type has this id.');
    super('AWARD_REGISTER.UNKNOWN_AWARD_TYPE', 'unprocessable', message, [{ field: 'awardTypeId', message }]);
  }
}

/** The uploaded file cannot be read as a register import at all; nothing was imported. */
export class ImportFileRefusedError extends DomainError {
  constructor(problems: LocalizedText[]) {
    super(
      'AWARD_REGISTER.IMPORT_FILE_REFUSED',
      'unprocessable',
      text('Không nhập được tệp vào sổ khen thưởng; chưa có dòng nào được ghi.', 'The file cannot be imported into the register; no row was recorded.'),
      problems.map((message) => ({ field: 'file', message })),
    );
  }
}

defineConstraintErrors({
  award_register_one_per_recipient_award_year: () => new RegisterEntryExistsError(),
  award_register_number_key: () => new RegisterNumberTakenError(),
  award_register_award_type_id_fkey: () => new UnknownAwardTypeError(),
  award_register_recipient_organization_id_fkey: () => new UnknownOrganizationError(),
});
