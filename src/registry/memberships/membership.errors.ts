import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { REGISTRY_ERRORS, REGISTRY_MESSAGES } from '../registry.messages.js';
import type { PeriodProblem } from './membership.rules.js';

export class UnknownOrganizationError extends DomainError {
  constructor(field: string, id: string) {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.ORGANIZATION_UNKNOWN'), [{ field, message: REGISTRY_MESSAGES.noOrganizationWithId(id) }]);
  }
}

export class MembershipPeriodError extends DomainError {
  constructor(unitName: string, problems: PeriodProblem[]) {
    super(
      ...errorOf(REGISTRY_ERRORS, 'REGISTRY.MEMBERSHIP_PERIOD_INVALID', unitName),
      problems.map((problem) => ({ field: problem.field, message: problem.reason })),
    );
  }
}

/** The pre-check's message, which can name the cluster the unit is already in. */
export class AlreadyInClusterOfOwnerError extends DomainError {
  constructor(unitName?: string, other?: { clusterName: string; fromYear: number; toYear: number | null }) {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.ALREADY_IN_CLUSTER_OF_OWNER', unitName, other), [
      { field: 'organizationId', message: REGISTRY_MESSAGES.inAnotherCluster },
    ]);
  }
}

export class NoOpenMembershipError extends DomainError {
  constructor(organizationId: string) {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.NO_OPEN_MEMBERSHIP', organizationId));
  }
}

export class LastYearBeforeStartError extends DomainError {
  constructor(lastYear: number, fromYear: number) {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.MEMBERSHIP_END_BEFORE_START'), [
      { field: 'lastYear', message: REGISTRY_MESSAGES.lastYearBeforeStart(lastYear, fromYear) },
    ]);
  }
}

/** Ending the membership would leave a later term with a chair or vice-chair who is not a member. */
export class MembershipHoldsTermError extends DomainError {
  constructor(unitName: string, years: number[]) {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.MEMBERSHIP_HOLDS_TERM', unitName, years), [
      { field: 'lastYear', message: REGISTRY_MESSAGES.lastYearFrom(Math.max(...years)) },
    ]);
  }
}

defineConstraintErrors({
  cluster_memberships_one_cluster_per_owner_and_year: () => new AlreadyInClusterOfOwnerError(),
});
