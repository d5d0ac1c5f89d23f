import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';

export class OrganizationNotFoundError extends DomainError {
  constructor(id: string) {
    super(
      'REGISTRY.ORGANIZATION_NOT_FOUND',
      'not_found',
      text(`Không tìm thấy đơn vị có mã định danh ${id}.`, `No unit has the id ${id}.`),
    );
  }
}

/** Held by the `organizations_code_key` constraint; `field` says where the code was given. */
export class OrganizationCodeTakenError extends DomainError {
  constructor(code: string, field: string) {
    const message = text(`Mã đơn vị "${code}" đã được dùng cho một đơn vị khác.`, `The unit code "${code}" is already in use.`);
    super('REGISTRY.ORGANIZATION_CODE_TAKEN', 'conflict', message, [{ field, message }]);
  }
}

export class RenameRefusedError extends DomainError {
  constructor(violation: FieldError) {
    super('REGISTRY.RENAME_REFUSED', 'unprocessable', violation.message, [violation]);
  }
}

export class OverlappingNamesError extends DomainError {
  constructor() {
    super(
      'REGISTRY.ORGANIZATION_NAMES_OVERLAP',
      'conflict',
      text(
        'Thời gian dùng tên này trùng với một tên khác của đơn vị; hãy tải lại và thử lại.',
        'The period of this name overlaps another name of the unit; reload and try again.',
      ),
    );
  }
}

export class MergerRefusedError extends DomainError {
  constructor(violations: FieldError[]) {
    super(
      'REGISTRY.MERGER_REFUSED',
      'unprocessable',
      text('Không thể sáp nhập các đơn vị này; xem chi tiết từng lỗi. Chưa có gì thay đổi.', 'The merger cannot be made; see each error. Nothing was changed.'),
      violations,
    );
  }
}

export class AmbiguousSuccessorError extends DomainError {
  constructor() {
    const message = text(
      'Chỉ gửi mã định danh (id) của đơn vị kế thừa đã có, hoặc thông tin của đơn vị mới (code, fullName, shortName, kind), không gửi cả hai.',
      'Give either the id of an existing successor or the new unit (code, fullName, shortName, kind), not both.',
    );
    super('REGISTRY.MERGER_SUCCESSOR_AMBIGUOUS', 'bad_request', message, [{ field: 'successor', message }]);
  }
}

defineConstraintErrors({
  organization_names_no_overlap: () => new OverlappingNamesError(),
});
