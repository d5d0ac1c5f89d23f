import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';

export class AwardTypeNotFoundError extends DomainError {
  constructor(id: string) {
    super(
      'AWARD_TYPE.NOT_FOUND',
      'not_found',
      text(`Không tìm thấy loại khen thưởng có mã định danh ${id}.`, `No award type has the id ${id}.`),
    );
  }
}

/** Held by the `award_types_code_key` constraint. */
export class AwardTypeCodeTakenError extends DomainError {
  constructor() {
    const message = text('Mã loại khen thưởng này đã được dùng.', 'This award type code is already in use.');
    super('AWARD_TYPE.CODE_TAKEN', 'conflict', message, [{ field: 'code', message }]);
  }
}

export class RuleSetRefusedError extends DomainError {
  constructor(violations: FieldError[]) {
    super(
      'AWARD_TYPE.RULE_SET_REFUSED',
      'unprocessable',
      text('Bộ quy tắc không hợp lệ; xem chi tiết từng lỗi. Chưa có gì thay đổi.', 'The rule set is invalid; see each error. Nothing was changed.'),
      violations,
    );
  }
}

/** Held by the `award_rule_sets_no_overlap` exclusion constraint, when two additions race. */
export class RuleSetsOverlapError extends DomainError {
  constructor() {
    const message = text(
      'Thời gian áp dụng trùng với một bộ quy tắc khác của loại khen thưởng này; hãy tải lại và thử lại.',
      'The period overlaps another rule set of this award type; reload and try again.',
    );
    super('AWARD_TYPE.RULE_SETS_OVERLAP', 'conflict', message, [{ field: 'effectiveFrom', message }]);
  }
}

defineConstraintErrors({
  award_types_code_key: () => new AwardTypeCodeTakenError(),
  award_rule_sets_no_overlap: () => new RuleSetsOverlapError(),
});
