import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { NOMINATIONS_ERRORS as E } from '../nominations.messages.js';
import { NOMINATIONS_MESSAGES } from '../nominations.messages.js';

export class CouncilMemberNotFoundError extends DomainError {
  constructor(id: string) {
    super(...errorOf(E, 'COUNCIL.MEMBER_NOT_FOUND', id));
  }
}

/** Held by the `council_members_no_overlap` exclusion constraint. */
export class CouncilMembershipOverlapError extends DomainError {
  constructor() {
    const [code, kind, message] = errorOf(E, 'COUNCIL.MEMBERSHIP_OVERLAP');
    super(code, kind, message, [{ field: 'memberFrom', message }]);
  }
}

/** Held by the `council_members_period_check` constraint. */
export class CouncilMembershipPeriodError extends DomainError {
  constructor() {
    const [code, kind, message] = errorOf(E, 'COUNCIL.MEMBERSHIP_PERIOD_INVALID');
    super(code, kind, message, [{ field: 'memberTo', message }]);
  }
}

/** Held by the `council_votes_one_per_nomination` constraint. */
export class CouncilVoteExistsError extends DomainError {
  constructor() {
    super(...errorOf(E, 'COUNCIL.VOTE_EXISTS'));
  }
}

export class CouncilVoteNotFoundError extends DomainError {
  constructor(nominationId: string) {
    super(...errorOf(E, 'COUNCIL.VOTE_NOT_FOUND', nominationId));
  }
}

/** The session's date does not fit: in the future, before the dossier was submitted, or with no council that day. */
export class CouncilSessionDateError extends DomainError {
  constructor(problem: FieldError) {
    super(...errorOf(E, 'COUNCIL.SESSION_DATE_INVALID', problem.message), [problem]);
  }

  static noCouncilOn(day: IsoDate): CouncilSessionDateError {
    return new CouncilSessionDateError({ field: 'heldOn', message: NOMINATIONS_MESSAGES.noCouncilOn(day) });
  }
}

defineConstraintErrors({
  council_members_no_overlap: () => new CouncilMembershipOverlapError(),
  council_members_period_check: () => new CouncilMembershipPeriodError(),
  council_votes_one_per_nomination: () => new CouncilVoteExistsError(),
});
