import { DomainError } from '../../platform/errors/domain-error.js';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';

export class FlagProposalNotFoundError extends DomainError {
  constructor(id: string) {
    super('FLAG_PROPOSAL.NOT_FOUND', 'not_found', text(`Không tìm thấy đề xuất suy tôn có mã định danh ${id}.`, `No flag proposal has the id ${id}.`));
  }
}

/** The proposal cannot become a nomination yet (see `refusalReason`). */
export class FlagNominationRefusedError extends DomainError {
  constructor(reason: LocalizedText) {
    super('FLAG_PROPOSAL.NOMINATION_REFUSED', 'unprocessable', reason);
  }
}

/** A basis that names a vote of thidua must be that vote's proposal of the nominee. */
export class BasisVoteMismatchError extends DomainError {
  constructor() {
    const message = text(
      'Cuộc biểu quyết này không suy tôn đơn vị được đề nghị; căn cứ được lấy từ kết quả biểu quyết, không nhập tay.',
      'This vote did not propose the nominee; the basis is taken from the vote result, not typed in.',
    );
    super('NOMINATION.BASIS_VOTE_MISMATCH', 'unprocessable', message, [{ field: 'basis.voteId', message }]);
  }
}
