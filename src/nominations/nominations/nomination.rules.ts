import { isStaff } from '../../access/policies/access.rules.js';
import type { FieldError } from '../../platform/errors/domain-error.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import type { NomineeKind } from '../award-types/catalogue.js';
import type { EligibilityCheck, EligibilityCheckCode } from './eligibility-check.js';
import type { NominationState } from './nomination.state.js';

/**
 * The result of the cluster vote a nomination rests on (suy tôn), as it stood when it was recorded.
 * `organizationId` is the unit the vote proposed. Taken from the conference's flag proposal when the vote
 * was held in thidua (`flagProposalId`, `decidedBy`), or from the paper minutes otherwise.
 */
export interface BasisVoteSnapshot {
  reference: string;
  organizationId: string;
  clusterId: string;
  year: number;
  passed: boolean;
  votesInFavour: number | null;
  votesCast: number | null;
  flagProposalId?: string;
  /** The ballots, or the chair and vice-chair deciding the places the ballots left open. */
  decidedBy?: 'vote' | 'chair_and_vice_chair';
  /** The day of the meeting that voted, when held in thidua: it decides the rule set of the vote and its nominations. */
  heldOn?: IsoDate;
  /** The award rule set the vote cited (its quota's); the nomination is judged by the same one until submitted. */
  ruleSetId?: string;
}

/** Đề nghị khen thưởng: one nominee proposed for one award type and year, as stored. */
export interface Nomination {
  id: string;
  awardTypeId: string;
  year: number;
  nomineeKind: NomineeKind;
  /** The unit itself for a collective, the person's unit for an individual. */
  nomineeOrganizationId: string;
  nomineePersonId: string | null;
  nomineePosition: string | null;
  /** The person for an individual, the unit for a collective: what the duplicate rule compares. */
  nomineeKey: string;
  proposingOrganizationId: string;
  clusterId: string;
  /** The cluster vote of the meetings module, when the vote was held in thidua. */
  basisVoteId: string | null;
  basisVote: BasisVoteSnapshot | null;
  achievementsSummary: string | null;
  reportText: string | null;
  state: NominationState;
  /** The day it was first submitted: the rule set in force then judges it for good. */
  submittedOn: IsoDate | null;
  ruleSetId: string | null;
  legalBasisCode: string | null;
  legalBasisCitation: string | null;
  legalBasisCitationEn: string | null;
  createdBy: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

interface NominationScope {
  proposingOrganizationId: string;
  nomineeOrganizationId: string;
}

/**
 * National staff see every nomination; a unit sees those it proposes and those that propose it or its
 * people. Anyone else is not told the nomination exists.
 */
export function maySeeNomination(actor: Actor, nomination: NominationScope): boolean {
  return (
    isStaff(actor) ||
    (actor.organizationId !== null &&
      (actor.organizationId === nomination.proposingOrganizationId || actor.organizationId === nomination.nomineeOrganizationId))
  );
}

export type ProposalRefusal = 'not_own_unit' | 'nominee_outside_unit';

/**
 * A unit officer proposes in the name of their own unit, for the unit itself or its own people; the
 * chair unit of the cluster that year (cụm trưởng) also proposes the members its conference voted
 * for. National staff may propose for any unit.
 */
export function proposalRefusal(actor: Actor, nomination: NominationScope & { clusterChairId: string | null }): ProposalRefusal | null {
  if (isStaff(actor)) return null;
  if (!actor.roles.includes('unit_officer') || actor.organizationId !== nomination.proposingOrganizationId) return 'not_own_unit';
  const ownUnit = nomination.nomineeOrganizationId === nomination.proposingOrganizationId;
  return ownUnit || nomination.clusterChairId === nomination.proposingOrganizationId ? null : 'nominee_outside_unit';
}

/** The request field each eligibility check is about, so that a refused submission points at it. */
const FIELD_OF_CHECK: Readonly<Record<EligibilityCheckCode, string>> = {
  NOMINEE_KIND: 'nominee',
  CLUSTER_MEMBERSHIP: 'clusterId',
  NO_PENDING_PROCEEDINGS: 'nominee',
  CLUSTER_VOTE_BASIS: 'basis',
  QUOTA: 'clusterId',
  NO_DUPLICATE: 'nominee',
  PREREQUISITES: 'awardTypeId',
  SUBMISSION_WINDOW: 'year',
  REQUIRED_DOCUMENTS: 'attachments',
};

/** Every failed check, as a field error with its reason. */
export function eligibilityFieldErrors(checks: readonly EligibilityCheck[]): FieldError[] {
  return checks.filter((c) => !c.passed).map((c) => ({ field: FIELD_OF_CHECK[c.check], message: c.reason }));
}
