import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';
import { dateText, type IsoDate } from '../../platform/time/calendar.js';

export class CouncilMemberNotFoundError extends DomainError {
  constructor(id: string) {
    super(
      'COUNCIL.MEMBER_NOT_FOUND',
      'not_found',
      text(`Không tìm thấy thành viên Hội đồng có mã định danh ${id}.`, `No council member has the id ${id}.`),
    );
  }
}

/** Held by the `council_members_no_overlap` exclusion constraint. */
export class CouncilMembershipOverlapError extends DomainError {
  constructor() {
    const message = text(
      'Người này đã là thành viên Hội đồng trong một khoảng thời gian trùng với khoảng đã nhập.',
      'This person is already a council member during an overlapping period.',
    );
    super('COUNCIL.MEMBERSHIP_OVERLAP', 'conflict', message, [{ field: 'memberFrom', message }]);
  }
}

/** Held by the `council_members_period_check` constraint. */
export class CouncilMembershipPeriodError extends DomainError {
  constructor() {
    const message = text('Ngày kết thúc không được trước ngày bắt đầu.', 'The end date must not be before the start date.');
    super('COUNCIL.MEMBERSHIP_PERIOD_INVALID', 'unprocessable', message, [{ field: 'memberTo', message }]);
  }
}

/** Held by the `council_votes_one_per_nomination` constraint. */
export class CouncilVoteExistsError extends DomainError {
  constructor() {
    super(
      'COUNCIL.VOTE_EXISTS',
      'conflict',
      text('Hội đồng đã biểu quyết về đề nghị này.', 'The council has already voted on this nomination.'),
    );
  }
}

export class CouncilVoteNotFoundError extends DomainError {
  constructor(nominationId: string) {
    super(
      'COUNCIL.VOTE_NOT_FOUND',
      'not_found',
      text(`Hội đồng chưa biểu quyết về đề nghị ${nominationId}.`, `The council has not voted on nomination ${nominationId}.`),
    );
  }
}

/** The session's date does not fit: in the future, before the dossier was submitted, or with no council that day. */
export class CouncilSessionDateError extends DomainError {
  constructor(problem: FieldError) {
    super('COUNCIL.SESSION_DATE_INVALID', 'unprocessable', problem.message, [problem]);
  }

  static noCouncilOn(day: IsoDate): CouncilSessionDateError {
    const on = dateText(day);
    return new CouncilSessionDateError({
      field: 'heldOn',
      message: text(`Ngày ${on.vi} Hội đồng Thi đua – Khen thưởng chưa có thành viên nào.`, `The council had no members on ${on.en}.`),
    });
  }
}

defineConstraintErrors({
  council_members_no_overlap: () => new CouncilMembershipOverlapError(),
  council_members_period_check: () => new CouncilMembershipPeriodError(),
  council_votes_one_per_nomination: () => new CouncilVoteExistsError(),
});
