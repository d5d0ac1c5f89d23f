import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { VOTE_STATE_LABELS, type VoteState } from '../votes/vote.state.js';

/** The unit has no ballot: not a member, absent, without its voting delegate, or not on the round's roll. */
export class NotAVoterError extends DomainError {
  constructor(reason: LocalizedText) {
    super('BALLOT.NOT_A_VOTER', 'forbidden', reason);
  }
}

export class NotAUnitOfficerError extends DomainError {
  constructor() {
    super(
      'BALLOT.NOT_A_UNIT_OFFICER',
      'forbidden',
      text(
        'Chỉ cán bộ của một đơn vị thành viên có mặt mới có quyền bỏ phiếu; cán bộ Liên hiệp Hội Việt Nam không bỏ phiếu.',
        'Only an officer of a member unit present has the right to vote; VUSTA staff do not vote.',
      ),
    );
  }
}

export class UnknownBallotCodeError extends DomainError {
  constructor() {
    super(
      'BALLOT.UNKNOWN_CODE',
      'forbidden',
      text(
        'Mã phiếu không đúng hoặc đã được thay bằng mã mới: không có quyền bỏ phiếu với mã này.',
        'The ballot code is wrong or was replaced by a new one: it gives no right to vote.',
      ),
    );
  }
}

export class AlreadyVotedError extends DomainError {
  constructor() {
    super(
      'BALLOT.ALREADY_VOTED',
      'conflict',
      text(
        'Đơn vị đã bỏ phiếu ở vòng này; mỗi đơn vị chỉ bỏ một phiếu. Phiếu này không được ghi nhận.',
        'The unit has already voted in this round; each unit casts one ballot. This ballot was not counted.',
      ),
    );
  }
}

export class BallotsClosedError extends DomainError {
  constructor(state: VoteState) {
    const label = VOTE_STATE_LABELS[state];
    super(
      'BALLOT.VOTE_NOT_OPEN',
      'conflict',
      text(
        `Cuộc biểu quyết không nhận phiếu: đang ở trạng thái "${label.vi}". Phiếu này không được ghi nhận.`,
        `The vote takes no ballots: it is "${label.en}". This ballot was not counted.`,
      ),
    );
  }
}

export class WrongBallotMethodError extends DomainError {
  constructor(method: 'electronic' | 'paper') {
    super(
      'BALLOT.WRONG_METHOD',
      'conflict',
      method === 'paper'
        ? text(
            'Cuộc biểu quyết này bỏ phiếu giấy: ban kiểm phiếu nhập kết quả, không nhận phiếu điện tử hay mã phiếu.',
            'This vote is on paper: the counting committee enters the totals; it takes no electronic ballots or codes.',
          )
        : text(
            'Cuộc biểu quyết này bỏ phiếu điện tử: kết quả được đếm tự động, không nhập biên bản kiểm phiếu.',
            'This vote is electronic: it is counted automatically; no paper totals are entered.',
          ),
    );
  }
}

export class InvalidBallotError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(
      'BALLOT.INVALID',
      'unprocessable',
      text('Phiếu không hợp lệ; phiếu này không được ghi nhận.', 'The ballot is invalid; it was not counted.'),
      fieldErrors,
    );
  }
}

export class InconsistentPaperTotalsError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(
      'BALLOT.INCONSISTENT_PAPER_TOTALS',
      'unprocessable',
      text(
        'Kết quả kiểm phiếu không khớp; chưa có gì được lưu. Xem chi tiết từng trường.',
        'The counting totals do not add up; nothing was saved. See each field.',
      ),
      fieldErrors,
    );
  }
}

defineConstraintErrors({
  ballot_voters_one_per_unit_and_round: () => new AlreadyVotedError(),
});
