import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { describeQuota, quotaStanding, type QuotaRule } from '../award-types/quota.rules.js';
import { DOSSIER_DOCUMENT_NAMES, submissionWindowFor, type AwardRuleSet, type DateRange, type DossierDocumentKind, type LegalBasis, type NomineeKind, type Prerequisite } from '../award-types/rule-set.js';
import { dateText, type IsoDate } from '../../platform/time/calendar.js';
import { joinTexts } from '../../platform/i18n/locale.js';
import { STATE_NAMES, blocksDuplicate, type NominationState } from './nomination.state.js';

export type EligibilityCheckCode =
  | 'NOMINEE_KIND'
  | 'CLUSTER_MEMBERSHIP'
  | 'NO_PENDING_PROCEEDINGS'
  | 'CLUSTER_VOTE_BASIS'
  | 'QUOTA'
  | 'NO_DUPLICATE'
  | 'PREREQUISITES'
  | 'SUBMISSION_WINDOW'
  | 'REQUIRED_DOCUMENTS';

export interface EligibilityCheck {
  check: EligibilityCheckCode;
  passed: boolean;
  reason: LocalizedText;
}

/** Who is proposed: a unit (collective) or a person (individual) with the unit they work for. */
export interface NomineeRef {
  kind: NomineeKind;
  /** The organization's id for a collective, the person's id for an individual. */
  id: string;
  name: string;
  /** The collective itself, or the person's unit. */
  organizationId: string;
  organizationName: string;
}

export interface ClusterRef {
  id: string;
  name: string;
}

const COMMA = text(', ', ', ');

function quotedName(name: LocalizedText): LocalizedText {
  return text(`"${name.vi}"`, `"${name.en}"`);
}

function result(check: EligibilityCheckCode, passed: boolean, reason: LocalizedText): EligibilityCheck {
  return { check, passed, reason };
}

/** The award type is given to this kind of nominee (collective, individual). */
export function checkNomineeKind(input: {
  nominee: NomineeRef;
  awardTypeName: LocalizedText;
  nomineeKinds: readonly NomineeKind[];
}): EligibilityCheck {
  const award = quotedName(input.awardTypeName);
  if (input.nomineeKinds.includes(input.nominee.kind)) {
    const kind = input.nominee.kind === 'collective' ? text('tập thể', 'collectives') : text('cá nhân', 'individuals');
    return result(
      'NOMINEE_KIND',
      true,
      text(`${award.vi} được tặng cho ${kind.vi}.`, `${award.en} is given to ${kind.en}.`),
    );
  }
  const only =
    input.nominee.kind === 'collective'
      ? text('chỉ tặng cho cá nhân, không tặng cho tập thể', 'is given to individuals only, not to collectives')
      : text('chỉ tặng cho tập thể, không tặng cho cá nhân', 'is given to collectives only, not to individuals');
  return result('NOMINEE_KIND', false, text(`${award.vi} ${only.vi}.`, `${award.en} ${only.en}.`));
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
    ? result(
        'CLUSTER_MEMBERSHIP',
        true,
        text(`${unit.vi} là thành viên ${cluster.name} năm ${year}.`, `${unit.en} is a member of ${cluster.name} in ${year}.`),
      )
    : result(
        'CLUSTER_MEMBERSHIP',
        false,
        text(
          `${nominee.organizationName} không phải là thành viên ${cluster.name} năm ${year}.`,
          `${nominee.organizationName} is not a member of ${cluster.name} in ${year}.`,
        ),
      );
}

export type ProceedingKind = 'discipline' | 'investigation' | 'inspection' | 'complaint';
export const PROCEEDING_KINDS: readonly ProceedingKind[] = ['discipline', 'investigation', 'inspection', 'complaint'];

/** A proceeding that bars awards while it runs (Decree 152/2025 Art. 4(4)). */
export interface PendingProceeding {
  kind: ProceedingKind;
  from: IsoDate;
  /** Inclusive; null while it has not ended (no conclusion yet). */
  to: IsoDate | null;
}

const PROCEEDING_NAMES: Readonly<Record<ProceedingKind, LocalizedText>> = {
  discipline: text('đang bị xem xét thi hành kỷ luật', 'facing disciplinary proceedings'),
  investigation: text('đang bị điều tra', 'under investigation'),
  inspection: text('đang bị thanh tra, kiểm tra', 'under inspection'),
  complaint: text(
    'có đơn thư khiếu nại, tố cáo đang được xác minh',
    'the subject of a complaint or denunciation under verification',
  ),
};

/** No award, nor proposal of one, while the nominee is under discipline, investigation, inspection or complaint review. */
export function checkNoPendingProceedings(input: {
  nominee: NomineeRef;
  proceedings: readonly PendingProceeding[];
  asOf: IsoDate;
}): EligibilityCheck {
  const { nominee, asOf } = input;
  const running = input.proceedings.filter((p) => p.from <= asOf && (p.to === null || asOf <= p.to));
  const on = dateText(asOf);
  if (running.length === 0) {
    return result(
      'NO_PENDING_PROCEEDINGS',
      true,
      text(
        `Ngày ${on.vi}, ${nominee.name} không bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hay xác minh đơn thư.`,
        `On ${on.en}, ${nominee.name} faces no disciplinary proceedings, investigation, inspection or complaint review.`,
      ),
    );
  }
  const kinds = joinTexts([...new Set(running.map((p) => p.kind))].map((k) => PROCEEDING_NAMES[k]), COMMA);
  return result(
    'NO_PENDING_PROCEEDINGS',
    false,
    text(
      `Ngày ${on.vi}, ${nominee.name} ${kinds.vi} nên chưa được khen thưởng hoặc đề nghị khen thưởng.`,
      `On ${on.en}, ${nominee.name} is ${kinds.en}, so it cannot be awarded or proposed for an award.`,
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
    return result(
      'CLUSTER_VOTE_BASIS',
      true,
      text(
        'Loại khen thưởng này không cần kết quả suy tôn của hội nghị cụm.',
        'This award type needs no vote of the cluster conference.',
      ),
    );
  }
  if (basisVote === null) {
    return result(
      'CLUSTER_VOTE_BASIS',
      false,
      text(
        `Chưa có kết quả biểu quyết suy tôn của ${cluster.name} năm ${year} làm căn cứ đề nghị cho ${nominee.name}.`,
        `No vote of ${cluster.name} in ${year} is attached as the basis for proposing ${nominee.name}.`,
      ),
    );
  }
  if (basisVote.nomineeId !== nominee.id || basisVote.clusterId !== cluster.id || basisVote.year !== year) {
    return result(
      'CLUSTER_VOTE_BASIS',
      false,
      text(
        `Kết quả biểu quyết "${basisVote.reference}" không phải là kết quả suy tôn ${nominee.name} của ${cluster.name} năm ${year}.`,
        `The vote "${basisVote.reference}" is not ${cluster.name}'s ${year} vote for ${nominee.name}.`,
      ),
    );
  }
  return basisVote.passed
    ? result(
        'CLUSTER_VOTE_BASIS',
        true,
        text(
          `${nominee.name} được ${cluster.name} suy tôn (${basisVote.reference}).`,
          `${nominee.name} was voted by ${cluster.name} (${basisVote.reference}).`,
        ),
      )
    : result(
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
    return result('QUOTA', true, text('Loại khen thưởng này không giới hạn số lượng.', 'This award type has no quota.'));
  }
  const memberCount = new Set(input.clusterMemberIds).size;
  const standing = quotaStanding(quota, memberCount, othersHoldingPlaces + 1);
  const rule = describeQuota(quota, memberCount);
  return standing.exceeded
    ? result(
        'QUOTA',
        false,
        text(
          `${cluster.name} năm ${year} đã dùng hết ${standing.limit} suất (${rule.vi}); đã có ${othersHoldingPlaces} đề nghị khác.`,
          `${cluster.name} has used all ${standing.limit} places for ${year} (${rule.en}); ${othersHoldingPlaces} other nominations hold them.`,
        ),
      )
    : result(
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
    return result(
      'NO_DUPLICATE',
      true,
      text(
        `Chưa có đề nghị ${award.vi} năm ${year} nào khác cho ${nominee.name}.`,
        `There is no other ${award.en} nomination for ${nominee.name} in ${year}.`,
      ),
    );
  }
  const state = STATE_NAMES[duplicate.state];
  return result(
    'NO_DUPLICATE',
    false,
    text(
      `Đã có đề nghị ${award.vi} năm ${year} cho ${nominee.name} (trạng thái "${state.vi}").`,
      `${nominee.name} already has a ${award.en} nomination for ${year} ("${state.en}").`,
    ),
  );
}

/** One award recorded in the register (sổ khen thưởng) for the nominee. */
export interface RegisterEntry {
  awardTypeCode: string;
  year: number;
}

function yearsText(years: number[]): string {
  return years.length === 0 ? '—' : years.join(', ');
}

/** Whether the register holds a run of the prerequisite titles, and the reason either way. */
function prerequisiteMet(
  prerequisite: Prerequisite,
  year: number,
  register: readonly RegisterEntry[],
  awardTypeNames: ReadonlyMap<string, LocalizedText>,
): { met: boolean; reason: LocalizedText } {
  const held = new Set(register.filter((e) => prerequisite.anyOf.includes(e.awardTypeCode)).map((e) => e.year));
  const names = joinTexts(
    prerequisite.anyOf.map((code) => quotedName(awardTypeNames.get(code) ?? text(code, code))),
    text(' hoặc ', ' or '),
  );
  const n = prerequisite.consecutiveYears;
  for (let end = year; end >= year - prerequisite.mayEndYearsBefore; end--) {
    const run = Array.from({ length: n }, (_, i) => end - n + 1 + i);
    if (run.every((y) => held.has(y))) {
      const span = n === 1 ? `${end}` : `${run[0]}–${end}`;
      return {
        met: true,
        reason: text(`Đã đạt ${names.vi} ${n} năm liên tục (${span}).`, `Held ${names.en} ${n} years in a row (${span}).`),
      };
    }
  }
  const latestEnds = Array.from({ length: prerequisite.mayEndYearsBefore + 1 }, (_, i) => year - i);
  const recorded = yearsText([...held].filter((y) => y <= year).sort((a, b) => a - b));
  const ends = latestEnds.join(' hoặc ');
  return {
    met: false,
    reason: text(
      `Cần đạt ${names.vi} ${n} năm liên tục, kết thúc vào năm ${ends}; sổ khen thưởng ghi nhận các năm: ${recorded}.`,
      `Needs ${names.en} ${n} years in a row, ending in ${latestEnds.join(' or ')}; the register holds: ${recorded}.`,
    ),
  };
}

/** Titles held in consecutive years, as the award register records them (e.g. 3 × Chiến sĩ thi đua cơ sở). */
export function checkPrerequisites(input: {
  prerequisites: readonly Prerequisite[];
  year: number;
  register: readonly RegisterEntry[];
  awardTypeNames: ReadonlyMap<string, LocalizedText>;
}): EligibilityCheck {
  if (input.prerequisites.length === 0) {
    return result(
      'PREREQUISITES',
      true,
      text('Loại khen thưởng này không yêu cầu danh hiệu đạt trước.', 'This award type requires no earlier titles.'),
    );
  }
  const outcomes = input.prerequisites.map((p) => prerequisiteMet(p, input.year, input.register, input.awardTypeNames));
  return result(
    'PREREQUISITES',
    outcomes.every((o) => o.met),
    joinTexts(
      outcomes.map((o) => o.reason),
      text(' ', ' '),
    ),
  );
}

/** The date lies within the year's submission window, when there is one. */
export function checkSubmissionWindow(input: { window: DateRange | null; asOf: IsoDate; year: number }): EligibilityCheck {
  const { window, asOf, year } = input;
  if (window === null) {
    return result(
      'SUBMISSION_WINDOW',
      true,
      text('Loại khen thưởng này nhận hồ sơ quanh năm.', 'This award type takes nominations all year.'),
    );
  }
  const on = dateText(asOf);
  const opens = dateText(window.opensOn);
  const closes = dateText(window.closesOn);
  const range = text(`từ ${opens.vi} đến ${closes.vi}`, `from ${opens.en} to ${closes.en}`);
  if (asOf < window.opensOn) {
    return result(
      'SUBMISSION_WINDOW',
      false,
      text(
        `Chưa đến thời hạn nộp hồ sơ năm ${year} (${range.vi}); ngày ${on.vi} là quá sớm.`,
        `The ${year} submission window (${range.en}) has not opened; ${on.en} is too early.`,
      ),
    );
  }
  if (asOf > window.closesOn) {
    return result(
      'SUBMISSION_WINDOW',
      false,
      text(
        `Đã hết thời hạn nộp hồ sơ năm ${year} (${range.vi}); ngày ${on.vi} là quá hạn.`,
        `The ${year} submission window (${range.en}) has closed; ${on.en} is too late.`,
      ),
    );
  }
  return result(
    'SUBMISSION_WINDOW',
    true,
    text(
      `Ngày ${on.vi} nằm trong thời hạn nộp hồ sơ năm ${year} (${range.vi}).`,
      `${on.en} is within the ${year} submission window (${range.en}).`,
    ),
  );
}

/** Every document the rule set requires is attached to the dossier. */
export function checkRequiredDocuments(input: {
  required: readonly DossierDocumentKind[];
  attached: readonly DossierDocumentKind[];
}): EligibilityCheck {
  const missing = input.required.filter((kind) => !input.attached.includes(kind));
  if (missing.length > 0) {
    const names = joinTexts(missing.map((kind) => DOSSIER_DOCUMENT_NAMES[kind]), COMMA);
    return result(
      'REQUIRED_DOCUMENTS',
      false,
      text(`Hồ sơ còn thiếu: ${names.vi}.`, `The dossier is missing: ${names.en}.`),
    );
  }
  if (input.required.length === 0) {
    return result('REQUIRED_DOCUMENTS', true, text('Không yêu cầu tài liệu kèm theo.', 'No documents are required.'));
  }
  const names = joinTexts(input.required.map((kind) => DOSSIER_DOCUMENT_NAMES[kind]), COMMA);
  return result('REQUIRED_DOCUMENTS', true, text(`Hồ sơ có đủ: ${names.vi}.`, `The dossier holds: ${names.en}.`));
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
  const window =
    input.announcedWindow ?? (ruleSet.submissionWindow ? submissionWindowFor(ruleSet.submissionWindow, year) : null);
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
