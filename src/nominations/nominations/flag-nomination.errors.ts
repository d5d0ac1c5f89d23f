import { DomainError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { NOMINATIONS_ERRORS as E } from '../nominations.messages.js';

export class FlagProposalNotFoundError extends DomainError {
  constructor(id: string) {
    super(...errorOf(E, 'FLAG_PROPOSAL.NOT_FOUND', id));
  }
}

/** The proposal cannot become a nomination yet (see `refusalReason`). */
export class FlagNominationRefusedError extends DomainError {
  constructor(reason: LocalizedText) {
    super(...errorOf(E, 'FLAG_PROPOSAL.NOMINATION_REFUSED', reason));
  }
}

/** A basis that names a vote of thidua must be that vote's proposal of the nominee. */
export class BasisVoteMismatchError extends DomainError {
  constructor() {
    const [code, kind, message] = errorOf(E, 'NOMINATION.BASIS_VOTE_MISMATCH');
    super(code, kind, message, [{ field: 'basis.voteId', message }]);
  }
}
