import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { meetingsError, MEETINGS_MESSAGES } from '../meetings.messages.js';
import { VOTE_WORKFLOW, type VoteState } from '../votes/vote.state.js';

/** The unit has no ballot: not a member, absent, without its voting delegate, or not on the round's roll. */
export class NotAVoterError extends DomainError {
  constructor(reason: LocalizedText) {
    super(...meetingsError('BALLOT.NOT_A_VOTER', reason));
  }
}

/** The signed-in officer's unit is not in the registry. */
export class UnknownVoterUnitError extends DomainError {
  constructor(id: string) {
    super(...meetingsError('BALLOT.NOT_A_VOTER', MEETINGS_MESSAGES.unknownVoterUnit(id)));
  }
}

export class NotAUnitOfficerError extends DomainError {
  constructor() {
    super(...meetingsError('BALLOT.NOT_A_UNIT_OFFICER'));
  }
}

export class UnknownBallotCodeError extends DomainError {
  constructor() {
    super(...meetingsError('BALLOT.UNKNOWN_CODE'));
  }
}

export class AlreadyVotedError extends DomainError {
  constructor() {
    super(...meetingsError('BALLOT.ALREADY_VOTED'));
  }
}

export class BallotsClosedError extends DomainError {
  constructor(state: VoteState) {
    super(...meetingsError('BALLOT.VOTE_NOT_OPEN', VOTE_WORKFLOW.label(state)));
  }
}

export class WrongBallotMethodError extends DomainError {
  constructor(method: 'electronic' | 'paper') {
    super(...meetingsError('BALLOT.WRONG_METHOD', method));
  }
}

export class InvalidBallotError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(...meetingsError('BALLOT.INVALID'), fieldErrors);
  }
}

export class InvalidDeclaredResultError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(...meetingsError('BALLOT.INVALID_DECLARED_RESULT'), fieldErrors);
  }
}

export class InconsistentPaperTotalsError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(...meetingsError('BALLOT.INCONSISTENT_PAPER_TOTALS'), fieldErrors);
  }
}

/** Closing found the ballot box tampered with: the close is refused, nothing is counted, the vote stays open. */
export class BallotBoxMismatchError extends DomainError {
  constructor(reason: LocalizedText) {
    super(...meetingsError('BALLOT.BOX_MISMATCH', reason));
  }
}

/** The round's key is neither in memory nor unwrappable with the key-encryption key of this process. */
export class BallotKeyUnavailableError extends DomainError {
  constructor() {
    super(...meetingsError('BALLOT.KEY_UNAVAILABLE'));
  }
}

defineConstraintErrors({
  ballot_voters_one_per_unit_and_round: () => new AlreadyVotedError(),
});
