import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';

/** The chair and vice-chair decide only places a vote left open after its last round, once. */
export class NoFallbackPendingError extends DomainError {
  constructor() {
    super(
      'RESOLUTION.NO_FALLBACK_PENDING',
      'conflict',
      text(
        'Cuộc biểu quyết này không còn vị trí nào chờ Cụm trưởng và Cụm phó quyết định.',
        'This vote has no places left for the chair and vice-chair to decide.',
      ),
    );
  }
}

export class InvalidFallbackDecisionError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(
      'RESOLUTION.INVALID_FALLBACK_DECISION',
      'unprocessable',
      text('Quyết định của Cụm trưởng và Cụm phó không hợp lệ; xem chi tiết từng trường.', 'The chair and vice-chair decision is invalid; see each field.'),
      fieldErrors,
    );
  }
}

/** One proposal per unit, award, cluster and year: a second flag vote cannot propose a unit already proposed. */
export class AlreadyProposedError extends DomainError {
  constructor() {
    super(
      'RESOLUTION.ALREADY_PROPOSED',
      'conflict',
      text(
        'Đơn vị đã được cụm đề nghị loại khen thưởng này trong năm (tại một cuộc biểu quyết khác); không ghi nhận đề nghị lần thứ hai. Chưa có gì được lưu.',
        'The cluster has already proposed this unit for this award this year (in another vote); it is not proposed twice. Nothing was saved.',
      ),
    );
  }
}

defineConstraintErrors({
  flag_proposals_one_per_unit: () => new AlreadyProposedError(),
});
