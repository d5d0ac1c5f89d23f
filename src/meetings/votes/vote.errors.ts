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
  vote_rule_sets_owner_id_fkey: () => new InvalidVoteRuleSetError([{ field: 'ownerId', message: MEETINGS_MESSAGES.noOrganizationWithThisId }]),
});
