import { text, type LocalizedText } from '../../platform/i18n/locale.js';
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
    const kind = input.nominee.kind === 'collective' ? text('tập thể', 'collectives') : text('cá nhân', 'individuals');
    return checkResult('NOMINEE_KIND', true, text(`${award.vi} được tặng cho ${kind.vi}.`, `${award.en} is given to ${kind.en}.`));
  }
  const only =
    input.nominee.kind === 'collective'
      ? text('chỉ tặng cho cá nhân, không tặng cho tập thể', 'is given to individuals only, not to collectives')
      : text('chỉ tặng cho tập thể, không tặng cho cá nhân', 'is given to collectives only, not to individuals');
  return checkResult('NOMINEE_KIND', false, text(`${award.vi} ${only.vi}.`, `${award.en} ${only.en}.`));
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
  const unit =
    nominee.kind === 'collective'
      ? text(nominee.name, nominee.name)
      : text(`${nominee.name} (thuộc ${nominee.organizationName})`, `${nominee.name} (of ${nominee.organizationName})`);
  return member
    ? checkResult(
        'CLUSTER_MEMBERSHIP',
        true,
        text(`${unit.vi} là thành viên ${cluster.name} năm ${year}.`, `${unit.en} is a member of ${cluster.name} in ${year}.`),
      )
    : checkResult(
        'CLUSTER_MEMBERSHIP',
        false,
        text(
          `${nominee.organizationName} không phải là thành viên ${cluster.name} năm ${year}.`,
          `${nominee.organizationName} is not a member of ${cluster.name} in ${year}.`,
        ),
      );
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
    return checkResult(
      'CLUSTER_VOTE_BASIS',
      true,
      text('Loại khen thưởng này không cần kết quả suy tôn của hội nghị cụm.', 'This award type needs no vote of the cluster conference.'),
    );
  }
  if (basisVote === null) {
    return checkResult(
      'CLUSTER_VOTE_BASIS',
      false,
      text(
        `Chưa có kết quả biểu quyết suy tôn của ${cluster.name} năm ${year} làm căn cứ đề nghị cho ${nominee.name}.`,
        `No vote of ${cluster.name} in ${year} is attached as the basis for proposing ${nominee.name}.`,
      ),
    );
  }
  if (basisVote.nomineeId !== nominee.id || basisVote.clusterId !== cluster.id || basisVote.year !== year) {
    return checkResult(
      'CLUSTER_VOTE_BASIS',
      false,
      text(
        `Kết quả biểu quyết "${basisVote.reference}" không phải là kết quả suy tôn ${nominee.name} của ${cluster.name} năm ${year}.`,
        `The vote "${basisVote.reference}" is not ${cluster.name}'s ${year} vote for ${nominee.name}.`,
      ),
    );
  }
  return basisVote.passed
    ? checkResult(
        'CLUSTER_VOTE_BASIS',
        true,
        text(
          `${nominee.name} được ${cluster.name} suy tôn (${basisVote.reference}).`,
          `${nominee.name} was voted by ${cluster.name} (${basisVote.reference}).`,
        ),
      )
    : checkResult(
        'CLUSTER_VOTE_BASIS',
        false,
        text(
          `Biểu quyết suy tôn ${nominee.name} không đạt (${basisVote.reference}).`,
          `The vote for ${nominee.name} did not pass (${basisVote.reference}).`,
        ),
      );
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
    return checkResult('QUOTA', true, text('Loại khen thưởng này không giới hạn số lượng.', 'This award type has no quota.'));
  }
  const memberCount = new Set(input.clusterMemberIds).size;
  const standing = quotaStanding(quota, memberCount, othersHoldingPlaces + 1);
  const described = describeQuota(quota, memberCount);
  const note = quotaSourceNote(quota);
  const rule = note ? text(`${described.vi}; ${note.vi}`, `${described.en}; ${note.en}`) : described;
  return standing.exceeded
    ? checkResult(
        'QUOTA',
        false,
        text(
          `${cluster.name} năm ${year} đã dùng hết ${standing.limit} suất (${rule.vi}); đã có ${othersHoldingPlaces} đề nghị khác.`,
          `${cluster.name} has used all ${standing.limit} places for ${year} (${rule.en}); ${othersHoldingPlaces} other nominations hold them.`,
        ),
      )
    : checkResult(
        'QUOTA',
        true,
        text(
          `${cluster.name} năm ${year} được ${rule.vi}; đề nghị này là suất thứ ${standing.counted}.`,
          `${cluster.name} may make ${rule.en} in ${year}; this nomination takes place ${standing.counted}.`,
        ),
      );
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
    return checkResult(
      'NO_DUPLICATE',
      true,
      text(
        `Chưa có đề nghị ${award.vi} năm ${year} nào khác cho ${nominee.name}.`,
        `There is no other ${award.en} nomination for ${nominee.name} in ${year}.`,
      ),
    );
  }
  const state = STATE_NAMES[duplicate.state];
  return checkResult(
    'NO_DUPLICATE',
    false,
    text(
      `Đã có đề nghị ${award.vi} năm ${year} cho ${nominee.name} (trạng thái "${state.vi}").`,
      `${nominee.name} already has a ${award.en} nomination for ${year} ("${state.en}").`,
    ),
  );
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
