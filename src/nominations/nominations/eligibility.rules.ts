import type { LocalizedText } from '../../platform/i18n/locale.js';
import { NOMINATIONS_MESSAGES as M } from '../nominations.messages.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import type { DossierDocumentKind, NomineeKind } from '../award-types/catalogue.js';
import type { LegalBasis } from '../award-types/legal-basis.js';
import { describeQuota, quotaSourceNote, quotaStanding, type QuotaRule } from '../award-types/quota.rules.js';
import { type AwardRuleSet, type DateRange, submissionWindowFor } from '../award-types/rule-set.js';
import { checkSubmissionWindow } from '../award-types/submission-window.rules.js';
import { checkRequiredDocuments } from '../dossiers/required-documents.rules.js';
import { checkNoPendingProceedings, type PendingProceeding } from '../nominees/proceeding.rules.js';
import { checkPrerequisites, type RegisterEntry } from '../register/prerequisite.rules.js';
import { checkResult, type ClusterRef, type EligibilityCheck, type NomineeRef, quotedName } from './eligibility-check.js';
import { STATE_NAMES, blocksDuplicate, type NominationState } from './nomination.state.js';

/** The award type is given to this kind of nominee (collective, individual). */
export function checkNomineeKind(input: {
  nominee: NomineeRef;
  awardTypeName: LocalizedText;
  nomineeKinds: readonly NomineeKind[];
}): EligibilityCheck {
  const award = quotedName(input.awardTypeName);
  if (input.nomineeKinds.includes(input.nominee.kind)) {
    return checkResult('NOMINEE_KIND', true, M.givenTo(award, input.nominee.kind));
  }
  return checkResult('NOMINEE_KIND', false, M.notGivenTo(award, input.nominee.kind));
}

/** The nominee's unit belongs to the cluster in the nomination year. */
export function checkClusterMembership(input: {
  nominee: NomineeRef;
  cluster: ClusterRef;
  year: number;
  clusterMemberIds: readonly string[];
}): EligibilityCheck {
  const { nominee, cluster, year } = input;
  const member = input.clusterMemberIds.includes(nominee.organizationId);
  return member
    ? checkResult('CLUSTER_MEMBERSHIP', true, M.memberOf(nominee, cluster.name, year))
    : checkResult('CLUSTER_MEMBERSHIP', false, M.notMemberOf(nominee.organizationName, cluster.name, year));
}

/** The cluster conference's vote (suy tôn) a flag nomination rests on. */
export interface BasisVote {
  /** E.g. "Biên bản Hội nghị tổng kết Cụm thi đua số 3 ngày 27/11/2023". */
  reference: string;
  /** The unit the vote proposed. */
  nomineeId: string;
  clusterId: string;
  year: number;
  passed: boolean;
}

/** A flag nomination rests on a passing vote of the same cluster, for the same nominee and year. */
export function checkClusterVoteBasis(input: {
  needsClusterVote: boolean;
  nominee: NomineeRef;
  cluster: ClusterRef;
  year: number;
  basisVote: BasisVote | null;
}): EligibilityCheck {
  const { nominee, cluster, year, basisVote } = input;
  if (!input.needsClusterVote) {
    return checkResult('CLUSTER_VOTE_BASIS', true, M.noClusterVoteNeeded);
  }
  if (basisVote === null) {
    return checkResult('CLUSTER_VOTE_BASIS', false, M.noClusterVote(cluster.name, year, nominee.name));
  }
  if (basisVote.nomineeId !== nominee.id || basisVote.clusterId !== cluster.id || basisVote.year !== year) {
    return checkResult('CLUSTER_VOTE_BASIS', false, M.otherClusterVote(basisVote.reference, cluster.name, year, nominee.name));
  }
  return basisVote.passed
    ? checkResult('CLUSTER_VOTE_BASIS', true, M.clusterVotePassed(nominee.name, cluster.name, basisVote.reference))
    : checkResult('CLUSTER_VOTE_BASIS', false, M.clusterVoteFailed(nominee.name, basisVote.reference));
}

/** This nomination still fits in the cluster's quota for the award type and year. */
export function checkQuota(input: {
  quota: QuotaRule | null;
  cluster: ClusterRef;
  year: number;
  clusterMemberIds: readonly string[];
  /** Other nominations of the cluster for this award type and year that hold a place (`holdsQuotaPlace`). */
  othersHoldingPlaces: number;
}): EligibilityCheck {
  const { quota, cluster, year, othersHoldingPlaces } = input;
  if (quota === null) {
    return checkResult('QUOTA', true, M.noQuota);
  }
  const memberCount = new Set(input.clusterMemberIds).size;
  const standing = quotaStanding(quota, memberCount, othersHoldingPlaces + 1);
  const described = describeQuota(quota, memberCount);
  const note = quotaSourceNote(quota);
  const rule = note ? M.quotaWithNote(described, note) : described;
  return standing.exceeded
    ? checkResult('QUOTA', false, M.quotaUsedUp(cluster.name, year, standing.limit, rule, othersHoldingPlaces))
    : checkResult('QUOTA', true, M.quotaPlace(cluster.name, year, rule, standing.counted));
}

/** A nomination already made for some nominee. */
export interface ExistingNomination {
  id: string;
  nomineeId: string;
  awardTypeCode: string;
  year: number;
  state: NominationState;
}

/** No other nomination (not withdrawn) for the same nominee, award type and year. */
export function checkNoDuplicate(input: {
  nominationId: string | null;
  nominee: NomineeRef;
  awardTypeCode: string;
  awardTypeName: LocalizedText;
  year: number;
  nomineeNominations: readonly ExistingNomination[];
}): EligibilityCheck {
  const { nominee, year } = input;
  const award = quotedName(input.awardTypeName);
  const duplicate = input.nomineeNominations.find(
    (n) =>
      n.id !== input.nominationId &&
      n.nomineeId === nominee.id &&
      n.awardTypeCode === input.awardTypeCode &&
      n.year === year &&
      blocksDuplicate(n.state),
  );
  if (!duplicate) {
    return checkResult('NO_DUPLICATE', true, M.noOtherNomination(award, year, nominee.name));
  }
  return checkResult('NO_DUPLICATE', false, M.otherNomination(award, year, nominee.name, STATE_NAMES[duplicate.state]));
}

/** Everything `evaluateEligibility` needs, loaded by the service. */
export interface EligibilityInput {
  /** Null for a nomination not saved yet. */
  nominationId: string | null;
  year: number;
  nominee: NomineeRef;
  cluster: ClusterRef;
  awardType: { code: string; name: LocalizedText; nomineeKinds: readonly NomineeKind[] };
  /** The rule set in force for the nomination (`ruleSetInForce`). */
  ruleSet: AwardRuleSet;
  /** The submission date once submitted, today before. */
  asOf: IsoDate;
  /** Members of the cluster in the nomination year. */
  clusterMemberIds: readonly string[];
  proceedings: readonly PendingProceeding[];
  basisVote: BasisVote | null;
  othersHoldingPlaces: number;
  /** The nominee's nominations (any award type and year). */
  nomineeNominations: readonly ExistingNomination[];
  /** The nominee's awards from the register. */
  register: readonly RegisterEntry[];
  /** Names of award types by code, for the prerequisites' reasons. */
  awardTypeNames: ReadonlyMap<string, LocalizedText>;
  /** The year's announced window, when it replaces the rule set's usual one. */
  announcedWindow?: DateRange;
  attachedDocuments: readonly DossierDocumentKind[];
}

export interface EligibilityReport {
  eligible: boolean;
  legalBasis: LegalBasis;
  asOf: IsoDate;
  checks: EligibilityCheck[];
}

/** Every check, in a fixed order, each with its reason (GET /nominations/{id}/eligibility). */
export function evaluateEligibility(input: EligibilityInput): EligibilityReport {
  const { ruleSet, nominee, cluster, year, asOf, awardType } = input;
  const window = input.announcedWindow ?? (ruleSet.submissionWindow ? submissionWindowFor(ruleSet.submissionWindow, year) : null);
  const checks = [
    checkNomineeKind({ nominee, awardTypeName: awardType.name, nomineeKinds: awardType.nomineeKinds }),
    checkClusterMembership({ nominee, cluster, year, clusterMemberIds: input.clusterMemberIds }),
    checkNoPendingProceedings({ nominee, proceedings: input.proceedings, asOf }),
    checkClusterVoteBasis({
      needsClusterVote: ruleSet.needsClusterVote,
      nominee,
      cluster,
      year,
      basisVote: input.basisVote,
    }),
    checkQuota({
      quota: ruleSet.quota,
      cluster,
      year,
      clusterMemberIds: input.clusterMemberIds,
      othersHoldingPlaces: input.othersHoldingPlaces,
    }),
    checkNoDuplicate({
      nominationId: input.nominationId,
      nominee,
      awardTypeCode: awardType.code,
      awardTypeName: awardType.name,
      year,
      nomineeNominations: input.nomineeNominations,
    }),
    checkPrerequisites({
      prerequisites: ruleSet.prerequisites,
      year,
      register: input.register,
      awardTypeNames: input.awardTypeNames,
    }),
    checkSubmissionWindow({ window, asOf, year }),
    checkRequiredDocuments({ required: ruleSet.requiredDocuments, attached: input.attachedDocuments }),
  ];
  return { eligible: checks.every((c) => c.passed), legalBasis: ruleSet.legalBasis, asOf, checks };
}
