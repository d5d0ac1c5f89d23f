import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';
import { DECISION_NUMBER_FORMAT } from './decision.rules.js';

export class AwardDecisionNotFoundError extends DomainError {
  constructor(id: string) {
    super('AWARD_DECISION.NOT_FOUND', 'not_found', text(`Không tìm thấy quyết định khen thưởng có mã định danh ${id}.`, `No award decision has the id ${id}.`));
  }
}

export class DecisionNumberInvalidError extends DomainError {
  constructor() {
    super('AWARD_DECISION.NUMBER_INVALID', 'unprocessable', DECISION_NUMBER_FORMAT, [{ field: 'number', message: DECISION_NUMBER_FORMAT }]);
  }
}

/** Held by the `award_decisions_number_key` constraint. */
export class DecisionNumberTakenError extends DomainError {
  constructor() {
    const message = text(
      'Số quyết định này đã được dùng cho một quyết định khác của cùng cơ quan ban hành trong năm.',
      'This number is already used by another decision of the same issuer in the year.',
    );
    super('AWARD_DECISION.NUMBER_TAKEN', 'conflict', message, [{ field: 'number', message }]);
  }
}

export class DecisionDateInvalidError extends DomainError {
  constructor(message: FieldError['message']) {
    super('AWARD_DECISION.DATE_INVALID', 'unprocessable', message, [{ field: 'decidedOn', message }]);
  }
}

/** Some nominations cannot be awarded: unknown, or not approved by the council (each named by its index). */
export class DecisionNominationsRefusedError extends DomainError {
  constructor(problems: FieldError[]) {
    super(
      'AWARD_DECISION.NOMINATIONS_REFUSED',
      'unprocessable',
      text(
        'Quyết định chỉ khen thưởng các đề nghị đã được Hội đồng chấp thuận, mỗi đề nghị một lần; xem chi tiết từng đề nghị. Chưa có gì thay đổi.',
        'A decision awards only nominations the council approved, each once; see each nomination. Nothing was changed.',
      ),
      problems,
    );
  }
}

/** Held by the `award_register_one_per_nomination` constraint: a nomination is awarded once. */
export class NominationAlreadyAwardedError extends DomainError {
  constructor() {
    const message = text('Đề nghị này đã được khen thưởng bằng một quyết định khác.', 'This nomination was already awarded by another decision.');
    super('AWARD_DECISION.NOMINATION_ALREADY_AWARDED', 'conflict', message, [{ field: 'nominationIds', message }]);
  }
}

defineConstraintErrors({
  award_decisions_number_key: () => new DecisionNumberTakenError(),
  award_register_one_per_nomination: () => new NominationAlreadyAwardedError(),
});
