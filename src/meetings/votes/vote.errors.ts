import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { meetingsError, MEETINGS_MESSAGES, VOTE_ACTION_PHRASES } from '../meetings.messages.js';
import { VOTE_WORKFLOW, type VoteAction, type VoteState } from './vote.state.js';

export class VoteNotFoundError extends DomainError {
  constructor(id: string) {
    super(...meetingsError('VOTE.NOT_FOUND', id));
  }
}

/** The transition table (vote.state.ts) does not allow the action in the vote's state. */
export class VoteTransitionError extends DomainError {
  constructor(state: VoteState, action: VoteAction) {
    super(...meetingsError('VOTE.TRANSITION_NOT_ALLOWED', VOTE_WORKFLOW.label(state), VOTE_ACTION_PHRASES[action]));
  }
}

/** The vote's resolution would contradict the record (recordConflicts): refused when it is opened. */
export class VoteConflictError extends DomainError {
  constructor(conflicts: FieldError[]) {
    super(
      ...meetingsError(
        'VOTE.CONFLICTS_WITH_RECORD',
        conflicts.map((c) => c.message),
      ),
      conflicts,
    );
  }
}

/** Closing counted the round but its resolution cannot be recorded: nothing changed, the vote stays open. */
export class VoteResolutionConflictError extends DomainError {
  constructor(cause: DomainError) {
    super(...meetingsError('VOTE.RESOLUTION_CONFLICT', cause.text), cause.fieldErrors);
  }
}

export class CancellationReasonMissingError extends DomainError {
  constructor() {
    super(...meetingsError('VOTE.CANCELLATION_REASON_MISSING'), [{ field: 'reason', message: MEETINGS_MESSAGES.cancellationReason }]);
  }
}

/** A round opens only when enough member units are present (checkQuorum). */
export class QuorumNotMetError extends DomainError {
  constructor(reason: LocalizedText) {
    super(...meetingsError('VOTE.QUORUM_NOT_MET', reason), [{ field: 'attendance', message: reason }]);
  }
}

export class InvalidVoteError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(...meetingsError('VOTE.INVALID'), fieldErrors);
  }
}

/** No vote is set up or held once the meeting's minutes are finalized. */
export class VoteMeetingFinalizedError extends DomainError {
  constructor() {
    super(...meetingsError('VOTE.MEETING_FINALIZED'));
  }
}

export class ResultHiddenError extends DomainError {
  constructor() {
    super(...meetingsError('VOTE.RESULT_HIDDEN'));
  }
}

export class PaperTotalsMissingError extends DomainError {
  constructor(round: number) {
    super(...meetingsError('VOTE.PAPER_TOTALS_MISSING', round));
  }
}

export class InvalidVoteRuleSetError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(...meetingsError('VOTE_RULE_SET.INVALID'), fieldErrors);
  }
}

export class VoteRuleSetOverlapError extends DomainError {
  constructor() {
    super(...meetingsError('VOTE_RULE_SET.OVERLAP'), [{ field: 'effectiveFrom', message: MEETINGS_MESSAGES.periodsOverlap }]);
  }
}

defineConstraintErrors({
  vote_rule_sets_no_overlap: () => new VoteRuleSetOverlapError(),
  vote_rule_sets_owner_id_fkey: () =>
    new InvalidVoteRuleSetError([{ field: 'ownerId', message: MEETINGS_MESSAGES.noOrganizationWithThisId }]),
});
