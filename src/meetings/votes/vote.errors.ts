import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { VOTE_STATE_LABELS, type VoteAction, type VoteState } from './vote.state.js';

export class VoteNotFoundError extends DomainError {
  constructor(id: string) {
    super('VOTE.NOT_FOUND', 'not_found', text(`Không tìm thấy cuộc biểu quyết ${id}.`, `No vote has the id ${id}.`));
  }
}

const ACTION_PHRASES: Readonly<Record<VoteAction, LocalizedText>> = {
  open: text('mở bỏ phiếu', 'open it'),
  close: text('kết thúc bỏ phiếu', 'close it'),
  close_for_runoff: text('kết thúc bỏ phiếu', 'close it'),
  open_runoff: text('mở vòng bỏ phiếu tiếp theo', 'open the next round'),
  cancel: text('huỷ', 'cancel it'),
};

/** The transition table (vote.state.ts) does not allow the action in the vote's state. */
export class VoteTransitionError extends DomainError {
  constructor(state: VoteState, action: VoteAction) {
    const label = VOTE_STATE_LABELS[state];
    const phrase = ACTION_PHRASES[action];
    super(
      'VOTE.TRANSITION_NOT_ALLOWED',
      'conflict',
      text(
        `Cuộc biểu quyết đang ở trạng thái "${label.vi}": không thể ${phrase.vi}.`,
        `The vote is "${label.en}": you cannot ${phrase.en}.`,
      ),
    );
  }
}

/** A round opens only when enough member units are present (checkQuorum). */
export class QuorumNotMetError extends DomainError {
  constructor(reason: LocalizedText) {
    super('VOTE.QUORUM_NOT_MET', 'unprocessable', reason, [{ field: 'attendance', message: reason }]);
  }
}

export class InvalidVoteError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(
      'VOTE.INVALID',
      'unprocessable',
      text('Cuộc biểu quyết không hợp lệ; xem chi tiết từng trường.', 'The vote is invalid; see each field.'),
      fieldErrors,
    );
  }
}

export class MeetingFinalizedError extends DomainError {
  constructor() {
    super(
      'VOTE.MEETING_FINALIZED',
      'conflict',
      text(
        'Hội nghị đã hoàn tất biên bản: không thể tổ chức thêm biểu quyết.',
        'The meeting is finalized: no further vote can be held.',
      ),
    );
  }
}

export class ResultHiddenError extends DomainError {
  constructor() {
    super(
      'VOTE.RESULT_HIDDEN',
      'conflict',
      text(
        'Kết quả chỉ được công bố khi kết thúc vòng bỏ phiếu; hiện chưa có vòng nào kết thúc.',
        'Results are shown only once a round is closed; no round is closed yet.',
      ),
    );
  }
}

export class PaperTotalsMissingError extends DomainError {
  constructor(round: number) {
    super(
      'VOTE.PAPER_TOTALS_MISSING',
      'conflict',
      text(
        `Chưa nhập biên bản kiểm phiếu vòng ${round}: hãy nhập kết quả kiểm phiếu trước khi kết thúc.`,
        `The count of round ${round} is not entered: enter the counting committee's totals before closing.`,
      ),
    );
  }
}

export class InvalidVoteRuleSetError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(
      'VOTE_RULE_SET.INVALID',
      'unprocessable',
      text('Quy tắc biểu quyết không hợp lệ; xem chi tiết từng trường.', 'The voting rules are invalid; see each field.'),
      fieldErrors,
    );
  }
}

export class VoteRuleSetOverlapError extends DomainError {
  constructor() {
    super(
      'VOTE_RULE_SET.OVERLAP',
      'conflict',
      text(
        'Thời gian áp dụng trùng với một bộ quy tắc biểu quyết khác của cùng đơn vị; hãy kết thúc bộ cũ trước.',
        'The period overlaps another voting rule set of the same organizer; end the earlier one first.',
      ),
      [{ field: 'effectiveFrom', message: text('Trùng thời gian áp dụng.', 'The periods overlap.') }],
    );
  }
}

defineConstraintErrors({
  vote_rule_sets_no_overlap: () => new VoteRuleSetOverlapError(),
  vote_rule_sets_owner_id_fkey: () =>
    new InvalidVoteRuleSetError([{ field: 'ownerId', message: text('Không có đơn vị nào mang mã định danh này.', 'No organization has this id.') }]),
});
