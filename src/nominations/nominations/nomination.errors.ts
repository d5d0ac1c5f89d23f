import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';
import { ACTION_NAMES, type NominationAction } from './nomination.state.js';

/** Also the answer for a nomination outside the caller's scope: they are not told it exists. */
export class NominationNotFoundError extends DomainError {
  constructor(id: string) {
    super('NOMINATION.NOT_FOUND', 'not_found', text(`Không tìm thấy đề nghị khen thưởng có mã định danh ${id}.`, `No nomination has the id ${id}.`));
  }
}

export class NominationForOtherUnitError extends DomainError {
  constructor() {
    const message = text(
      'Bạn không có quyền lập đề nghị nhân danh đơn vị khác: cán bộ đơn vị chỉ được lập đề nghị khen thưởng nhân danh đơn vị mình.',
      'You may not make a nomination in the name of another unit: a unit officer acts for their own unit only.',
    );
    super('NOMINATION.OTHER_UNIT', 'forbidden', message, [{ field: 'proposingOrganizationId', message }]);
  }
}

export class NomineeOutsideUnitError extends DomainError {
  constructor() {
    const message = text(
      'Bạn không có quyền đề nghị khen thưởng cho đơn vị khác: đơn vị chỉ được đề nghị cho chính mình và cán bộ của mình; đơn vị cụm trưởng được đề nghị cho các thành viên của cụm trong năm.',
      'You may not nominate another unit: a unit nominates itself and its own people; the chair unit of a cluster may also nominate the cluster’s members that year.',
    );
    super('NOMINATION.NOMINEE_OUTSIDE_UNIT', 'forbidden', message, [{ field: 'nominee.organizationId', message }]);
  }
}

/** Held by the `nominations_one_per_nominee_award_year` partial unique index. */
export class DuplicateNominationError extends DomainError {
  constructor() {
    const message = text(
      'Đối tượng này đã có một đề nghị cùng loại khen thưởng trong cùng năm (chưa rút); không thể lập thêm.',
      'This nominee already has a nomination (not withdrawn) for the same award and year.',
    );
    super('NOMINATION.DUPLICATE', 'conflict', message, [{ field: 'nominee', message }]);
  }
}

export class NominationReferencesRefusedError extends DomainError {
  constructor(violations: FieldError[]) {
    super(
      'NOMINATION.INVALID_REFERENCES',
      'unprocessable',
      text('Đề nghị khen thưởng tham chiếu tới dữ liệu không hợp lệ; xem chi tiết từng lỗi. Chưa có gì thay đổi.', 'The nomination refers to invalid data; see each error. Nothing was changed.'),
      violations,
    );
  }
}

/** Every failed eligibility check is listed as a field error. */
export class NominationNotEligibleError extends DomainError {
  constructor(violations: FieldError[]) {
    super(
      'NOMINATION.NOT_ELIGIBLE',
      'unprocessable',
      text('Chưa thể nộp hồ sơ: đề nghị chưa đáp ứng các điều kiện sau.', 'The nomination cannot be submitted: it does not meet these conditions.'),
      violations,
    );
  }
}

/** The cluster's places for the award and year are all held, possibly by a submission a moment earlier. */
export class QuotaExceededError extends DomainError {
  constructor(violations: FieldError[]) {
    super(
      'NOMINATION.QUOTA_EXCEEDED',
      'conflict',
      text(
        'Chưa thể nộp hồ sơ: cụm đã dùng hết số suất của loại khen thưởng này trong năm.',
        'The nomination cannot be submitted: the cluster has used all its places for this award and year.',
      ),
      violations,
    );
  }
}

export class ReasonsRequiredError extends DomainError {
  constructor(action: NominationAction) {
    const act = ACTION_NAMES[action];
    const message = text(`Phải ghi rõ lý do khi ${act.vi}.`, `Reasons are required to ${act.en}.`);
    super('NOMINATION.REASONS_REQUIRED', 'unprocessable', message, [{ field: 'comment', message }]);
  }
}

defineConstraintErrors({
  nominations_one_per_nominee_award_year: () => new DuplicateNominationError(),
});
