import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { calendarDateInVietnam, dateText } from '../../platform/time/calendar.js';
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

/** Hội nghị tổng kết: one per cluster and year (meetings_one_year_end_summary_key); names the first when it is known. */
export class YearEndSummaryExistsError extends DomainError {
  constructor(first: { id: string; title: string; startsAt: Date; year: number } | null) {
    super(
      ...meetingsError(
        'MEETING.YEAR_END_SUMMARY_EXISTS',
        first && { id: first.id, title: first.title, year: first.year, date: dateText(calendarDateInVietnam(first.startsAt)) },
      ),
      [{ field: 'kind', message: MEETINGS_MESSAGES.oneYearEndSummary }],
    );
  }
}

/** What finalizing still needs: the presiding person and secretary recorded, every vote closed or cancelled. */
export class NotReadyToFinalizeError extends DomainError {
  constructor(missing: FieldError[]) {
    super(
      ...meetingsError(
        'MEETING.NOT_READY_TO_FINALIZE',
        missing.map((m) => m.message),
      ),
      missing,
    );
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
  meetings_one_year_end_summary_key: () => new YearEndSummaryExistsError(null),
});
