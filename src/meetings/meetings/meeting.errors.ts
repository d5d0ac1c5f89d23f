import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { meetingsError, MEETINGS_MESSAGES } from '../meetings.messages.js';
import { ENDS_BEFORE_START } from './meeting.rules.js';

export class MeetingNotFoundError extends DomainError {
  constructor(id: string) {
    super(...meetingsError('MEETING.NOT_FOUND', id));
  }
}

export class UnknownMeetingClusterError extends DomainError {
  constructor(id?: string) {
    super(...meetingsError('MEETING.CLUSTER_UNKNOWN'), [
      { field: 'clusterId', message: id ? MEETINGS_MESSAGES.noClusterWithId(id) : MEETINGS_MESSAGES.noClusterWithThisId },
    ]);
  }
}

/** The new content breaks a rule of meetings (a unit that is not a member, two voters for a unit, times). */
export class MeetingContentError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(...meetingsError('MEETING.CONTENT_INVALID'), fieldErrors);
  }
}

/** A finalized meeting is locked: its minutes change only by a recorded amendment. */
export class MeetingFinalizedError extends DomainError {
  constructor() {
    super(...meetingsError('MEETING.FINALIZED'));
  }
}

export class MeetingIsDraftError extends DomainError {
  constructor() {
    super(...meetingsError('MEETING.NOT_FINALIZED'));
  }
}

export class StaleMeetingError extends DomainError {
  constructor(current: number) {
    super(...meetingsError('MEETING.STALE', current), [{ field: 'version', message: MEETINGS_MESSAGES.staleVersion }]);
  }
}

export class AmendmentRefusedError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(...meetingsError('MEETING.AMENDMENT_INVALID'), fieldErrors);
  }
}

/** Two requests gave the same unit a voting delegate at once; the partial unique index kept one. */
export class OneVoterPerUnitError extends DomainError {
  constructor() {
    super(...meetingsError('MEETING.ONE_VOTER_PER_UNIT'), [{ field: 'delegates', message: MEETINGS_MESSAGES.twoVotersForAUnit }]);
  }
}

defineConstraintErrors({
  meetings_cluster_id_fkey: () => new UnknownMeetingClusterError(),
  meetings_ends_after_start_check: () => new MeetingContentError([{ field: 'endsAt', message: ENDS_BEFORE_START }]),
  meeting_delegates_one_voter_per_unit_key: () => new OneVoterPerUnitError(),
});
