import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';

export class ProceedingNotFoundError extends DomainError {
  constructor(id: string) {
    super('PROCEEDING.NOT_FOUND', 'not_found', text(`Không tìm thấy việc xem xét có mã định danh ${id}.`, `No proceeding has the id ${id}.`));
  }
}

/** Held by the `proceedings_period_check` constraint. */
export class ProceedingPeriodError extends DomainError {
  constructor() {
    const message = text('Ngày kết thúc không được trước ngày bắt đầu.', 'The end date must not be before the start date.');
    super('PROCEEDING.PERIOD_INVALID', 'unprocessable', message, [{ field: 'endedOn', message }]);
  }
}

/** A unit named by a record of the nominee (a person's unit, a proceeding's, a register entry's) does not exist. */
export class UnknownOrganizationError extends DomainError {
  constructor() {
    const message = text('Không có đơn vị nào mang mã định danh này.', 'No unit has this id.');
    super('NOMINEE.UNKNOWN_ORGANIZATION', 'unprocessable', message, [{ field: 'organizationId', message }]);
  }
}

defineConstraintErrors({
  proceedings_period_check: () => new ProceedingPeriodError(),
  proceedings_organization_id_fkey: () => new UnknownOrganizationError(),
  people_organization_id_fkey: () => new UnknownOrganizationError(),
});
