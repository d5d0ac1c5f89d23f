import type { FieldError } from '../../platform/errors/domain-error.js';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { quotaSourceNote } from '../../nominations/award-types/quota.rules.js';
import { type AwardRuleSet, ruleSetOfVote, type AwardTypeDefinition } from '../../nominations/award-types/rule-set.js';
import { dateText, type IsoDate } from '../../platform/time/calendar.js';
import { violation } from './paper-totals.rules.js';
import { DEFAULT_VOTE_RULE_SET, type VoteRuleSet, type VoteSubject } from './vote-rule-set.js';
import { flagQuota } from './vote-settings.rules.js';

/*
 * How a vote is set up before its first ballot: which rules it copies, its flag quota K, and who is on the ballot
 * of each round. Pure: the service reads the data, these decide.
 */

/** The award type a flag proposal is for unless the vote names another: VUSTA's Emulation Flag. */
export const DEFAULT_FLAG_AWARD_TYPE = 'LHHVN_CO_THI_DUA';

export interface ChosenRules {
  readonly rules: VoteRuleSet;
  readonly basis: LocalizedText;
}

/** A rule set of the cluster's owner, as dated in `vote_rule_sets`. */
export interface ConfiguredRuleSet {
  readonly rules: VoteRuleSet;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo: IsoDate | null;
  readonly legalBasis: string | null;
}

/**
 * The rules a vote copies: the owner's set in force on the meeting date, or the defaults when the owner has none
 * then. The basis says which, so that the minutes can cite it.
 */
export function chooseVoteRules(inForce: ConfiguredRuleSet | null, meetingDate: IsoDate): ChosenRules {
  const on = dateText(meetingDate);
  if (!inForce) {
    return {
      rules: DEFAULT_VOTE_RULE_SET,
      basis: text(
        `Đơn vị tổ chức thi đua chưa ban hành quy tắc biểu quyết áp dụng ngày ${on.vi}; áp dụng quy tắc mặc định (đủ 2/3 số đơn vị thành viên có mặt, trên 1/2 tổng số đơn vị thành viên, tối đa 2 vòng, sau đó Cụm trưởng và Cụm phó quyết định), theo thực tiễn phổ biến, chưa được Liên hiệp Hội xác nhận.`,
        `The organizer has no voting rules in force on ${on.en}; the defaults apply (at least 2/3 of the member units present, more than 1/2 of all member units, at most 2 rounds, then the chair and vice-chair decide), common practice not confirmed by VUSTA.`,
      ),
    };
  }
  const from = dateText(inForce.effectiveFrom);
  const citation = inForce.legalBasis ? text(` (${inForce.legalBasis})`, ` (${inForce.legalBasis})`) : text('', '');
  return {
    rules: inForce.rules,
    basis: text(
      `Quy tắc biểu quyết của đơn vị tổ chức thi đua áp dụng từ ngày ${from.vi}${citation.vi}, có hiệu lực ngày ${on.vi}.`,
      `The organizer's voting rules applying from ${from.en}${citation.en}, in force on ${on.en}.`,
    ),
  };
}

/**
 * An award type as a vote reads it from the catalog table (the nominations feature's, the one its nominations are
 * judged by): its name and its dated rule sets.
 */
export type VoteAwardType = Pick<AwardTypeDefinition, 'code' | 'name'> & {
  /** With their ids once stored (the catalog table's rows); the reference data has none yet. */
  readonly ruleSets: readonly (AwardRuleSet & { readonly id?: string })[];
};

export interface QuotaChoice {
  readonly quota: number;
  readonly basis: LocalizedText;
  /** The stored rule set the quota and its basis come from; null for a quota the meeting sets. */
  readonly ruleSetId: string | null;
}

/**
 * K for a flag proposal: the number the vote gives when it gives one, else the award type's quota for a cluster
 * of `memberCount` members. A field error when the award type cannot be proposed by a cluster vote or K is 0.
 */
export function chooseFlagQuota(
  awardType: VoteAwardType | null,
  meetingDate: IsoDate,
  memberCount: number,
  given: number | undefined,
): QuotaChoice | FieldError {
  if (!awardType) {
    return violation(
      'awardTypeCode',
      'Danh mục khen thưởng chưa có loại khen thưởng này (hãy nạp dữ liệu tham chiếu hoặc thêm vào danh mục).',
      'The award catalog has no such award type (load the reference data or add it to the catalog).',
    );
  }
  if (!awardType.ruleSets.some((r) => r.needsClusterVote)) {
    return violation(
      'awardTypeCode',
      'Loại khen thưởng này không xét bằng biểu quyết của cụm.',
      'This award type is not proposed by a cluster vote.',
    );
  }
  if (given !== undefined) {
    return {
      quota: given,
      basis: text(`Chỉ tiêu do hội nghị quyết định: ${given}.`, `Quota set by the meeting: ${given}.`),
      ruleSetId: null,
    };
  }
  const found = ruleSetOfVote(awardType.ruleSets, meetingDate);
  if (!found?.ruleSet.quota) {
    return violation(
      'quota',
      `Không có chỉ tiêu của ${awardType.name.vi} áp dụng ngày ${dateText(meetingDate).vi}; hãy nhập chỉ tiêu.`,
      `No quota of ${awardType.name.en} applies on ${dateText(meetingDate).en}; give the quota.`,
    );
  }
  const { quota, explanation } = flagQuota(found.ruleSet.quota, memberCount);
  if (quota < 1) {
    return violation(
      'quota',
      `Cụm không có chỉ tiêu đề nghị ${awardType.name.vi}: ${explanation.vi}.`,
      `The cluster has no place for ${awardType.name.en}: ${explanation.en}.`,
    );
  }
  const { citation } = found.ruleSet.legalBasis;
  const from = dateText(found.ruleSet.effectiveFrom);
  const when = found.inForce
    ? text(`theo ${citation.vi}`, `under ${citation.en}`)
    : text(
        `theo ${citation.vi} (áp dụng từ ${from.vi}, bộ quy tắc đầu tiên sau ngày họp, khi các đề nghị được xét)`,
        `under ${citation.en} (from ${from.en}, the first rule set after the meeting, when the proposals are judged)`,
      );
  const note = quotaSourceNote(found.ruleSet.quota);
  const source = note ? text(`; ${note.vi}`, `; ${note.en}`) : text('', '');
  return {
    quota,
    basis: text(`Chỉ tiêu ${explanation.vi}, ${when.vi}${source.vi}.`, `Quota: ${explanation.en}, ${when.en}${source.en}.`),
    ruleSetId: found.ruleSet.id ?? null,
  };
}

/** What the registry says about a vote at a meeting of `year`: who may stand, and the award a flag vote is for. */
export interface BallotFacts {
  readonly year: number;
  readonly meetingDate: IsoDate;
  /** Member units that year, in the order the ballot lists them. */
  readonly members: readonly string[];
  /** Member units next year, the year an elected chair and vice-chair serve. */
  readonly nextYearMembers: readonly string[];
  /** Next year's chair, when its term is recorded. */
  readonly nextChairId: string | null;
  /** The chair the cluster's rotation proposes for next year, if any. */
  readonly rotationChairId: string | null;
  /** The award type the flag vote is for, as the catalog holds it; null for another subject or an unknown code. */
  readonly awardType: VoteAwardType | null;
  /** Units the record already rules out of this vote (recordConflicts): left off a ballot drawn by default. */
  readonly ruledOut?: readonly string[];
  /** Units of the flag's award the cluster already proposed this year: they use up places of the quota. */
  readonly alreadyProposed?: number;
  /**
   * The cluster-year's fixed emulation ranking (issue 17), when there is one: its leading units (ranked within the
   * quota) are the flag vote's default candidates, and any other member on the ballot needs a reason.
   */
  readonly ranking?: readonly { readonly unitId: string; readonly rank: number }[] | null;
}

/** What the record holds that a vote's resolution could contradict, with the names a message gives them. */
export interface RecordFacts {
  readonly year: number;
  /** Units the cluster already proposed that year for the vote's award, and the vote that proposed each. */
  readonly proposed: readonly { readonly id: string; readonly name: string; readonly voteTitle: string }[];
  /** Next year's chair as far as the record knows it: its term, a chair handover under way, or the rotation. */
  readonly nextChair: { readonly id: string; readonly name: string; readonly source: 'term' | 'handover' | 'rotation' } | null;
  /** Next year's vice-chair already elected (in its term, or waiting for the chair handover). */
  readonly nextViceChair: { readonly id: string; readonly name: string } | null;
}

const CHAIR_SOURCES = {
  term: text('là Cụm trưởng', 'chairs the cluster'),
  handover: text('được đề nghị chuyển trao nhiệm vụ Cụm trưởng', 'is proposed in the chair handover as chair'),
  rotation: text('theo luân phiên sẽ là Cụm trưởng', 'will chair the cluster by rotation'),
} as const;

/**
 * Why the vote's resolution would contradict the record, said when the vote is set up or opened rather than after
 * its ballots are cast: a unit proposed a second time for the same flag, no place of the quota left, next year's
 * chair elected vice-chair, or next year's vice-chair handed the chair. An empty list means it can go ahead.
 */
export function recordConflicts(
  subject: VoteSubject,
  ballot: Pick<Ballot, 'candidateIds' | 'proposedOrganizationId' | 'quota'>,
  facts: RecordFacts,
): FieldError[] {
  const nextYear = facts.year + 1;
  switch (subject) {
    case 'flag_proposal': {
      const twice = ballot.candidateIds.flatMap((id, i): FieldError[] => {
        const earlier = facts.proposed.find((unit) => unit.id === id);
        if (!earlier) return [];
        return [
          violation(
            `candidateIds[${i}]`,
            `${earlier.name} đã được cụm đề nghị năm ${facts.year} tại biểu quyết "${earlier.voteTitle}"; không đề nghị lần thứ hai.`,
            `${earlier.name} was already proposed by the cluster in ${facts.year} in the vote "${earlier.voteTitle}"; it is not proposed twice.`,
          ),
        ];
      });
      const full =
        facts.proposed.length > 0 && ballot.quota !== null && ballot.quota <= 0
          ? [
              violation(
                'quota',
                `Cụm đã đề nghị đủ chỉ tiêu năm ${facts.year} (${facts.proposed.map((unit) => unit.name).join(', ')}); không còn vị trí để suy tôn.`,
                `The cluster already proposed its full quota for ${facts.year} (${facts.proposed.map((unit) => unit.name).join(', ')}); no place is left.`,
              ),
            ]
          : [];
      return [...twice, ...full];
    }
    case 'vice_chair_election': {
      const chair = facts.nextChair;
      if (!chair) return [];
      const source = CHAIR_SOURCES[chair.source];
      return ballot.candidateIds.flatMap((id, i) =>
        id === chair.id
          ? [
              violation(
                `candidateIds[${i}]`,
                `${chair.name} ${source.vi} năm ${nextYear}; không thể đồng thời là Cụm phó.`,
                `${chair.name} ${source.en} in ${nextYear}; it cannot be vice-chair as well.`,
              ),
            ]
          : [],
      );
    }
    case 'chair_handover': {
      const vice = facts.nextViceChair;
      if (!vice || ballot.proposedOrganizationId !== vice.id) return [];
      return [
        violation(
          'proposedOrganizationId',
          `${vice.name} đã được bầu làm Cụm phó năm ${nextYear}; không thể đồng thời là Cụm trưởng. Hãy đề nghị đơn vị khác.`,
          `${vice.name} was elected vice-chair for ${nextYear}; it cannot chair the cluster as well. Propose another unit.`,
        ),
      ];
    }
    case 'question':
      return [];
  }
}

export interface BallotRequest {
  readonly subject: VoteSubject;
  readonly candidateIds?: readonly string[];
  readonly proposedOrganizationId?: string;
  readonly awardTypeCode?: string;
  readonly quota?: number;
  /** Why a member that does not lead the fixed ranking is on a flag vote's ballot, by unit. */
  readonly candidateReasons?: readonly { readonly organizationId: string; readonly reason: string }[];
}

/** Who is on a vote's ballot, and under which quota. */
export interface Ballot {
  readonly candidateIds: readonly string[];
  readonly proposedOrganizationId: string | null;
  readonly awardTypeCode: string | null;
  readonly quota: number | null;
  readonly quotaBasis: LocalizedText | null;
  /** The stored award rule set of the quota (chooseFlagQuota), which the vote's nominations then cite. */
  readonly awardRuleSetId: string | null;
}

const NO_BALLOT: Ballot = {
  candidateIds: [],
  proposedOrganizationId: null,
  awardTypeCode: null,
  quota: null,
  quotaBasis: null,
  awardRuleSetId: null,
};

/** The request's fields that its subject does not take. */
function fieldsNotTaken(request: BallotRequest): FieldError[] {
  const handover = text('Chỉ dùng cho chuyển trao Cụm trưởng.', 'Only for a chair handover.');
  const flag = text('Chỉ dùng cho suy tôn đề nghị khen thưởng.', 'Only for a flag proposal.');
  const candidates = text('Biểu quyết tán thành / không tán thành không có danh sách ứng viên.', 'A yes / no vote has no candidates.');
  const taken: Record<VoteSubject, (keyof BallotRequest)[]> = {
    flag_proposal: ['candidateIds', 'awardTypeCode', 'quota'],
    vice_chair_election: ['candidateIds'],
    chair_handover: ['proposedOrganizationId'],
    question: [],
  };
  const why: Partial<Record<keyof BallotRequest, LocalizedText>> = {
    candidateIds: candidates,
    proposedOrganizationId: handover,
    awardTypeCode: flag,
    quota: flag,
  };
  return (['candidateIds', 'proposedOrganizationId', 'awardTypeCode', 'quota'] as const)
    .filter((field) => request[field] !== undefined && !taken[request.subject].includes(field))
    .map((field) => ({ field, message: why[field] as LocalizedText }));
}

/**
 * Candidates are member units that year; for next year's vice-chair they must also be members next year and not
 * next year's chair (the registry's rules for a term). Without a list, every unit that may stand is on the ballot.
 */
function candidatesOf(request: BallotRequest, facts: BallotFacts): { candidateIds: readonly string[]; problems: FieldError[] } {
  const forNextYear = request.subject === 'vice_chair_election';
  const nextYear = facts.year + 1;
  const eligible = facts.members.filter((id) => !forNextYear || (facts.nextYearMembers.includes(id) && id !== facts.nextChairId));
  const candidateIds = request.candidateIds ?? eligible.filter((id) => !(facts.ruledOut ?? []).includes(id));
  const problems = candidateIds.flatMap((id, i): FieldError[] => {
    if (eligible.includes(id)) return [];
    const field = `candidateIds[${i}]`;
    if (forNextYear && id === facts.nextChairId) {
      return [violation(field, `Đơn vị này là Cụm trưởng năm ${nextYear}.`, `This unit chairs the cluster in ${nextYear}.`)];
    }
    const year = facts.members.includes(id) ? nextYear : facts.year;
    return [violation(field, `Không phải thành viên của cụm năm ${year}.`, `Not a member of the cluster in ${year}.`)];
  });
  return { candidateIds, problems };
}

/** The unit proposed to chair next year: the one the meeting names, else the rotation's; a member next year. */
function proposedChair(request: BallotRequest, facts: BallotFacts): { proposed: string | null; problems: FieldError[] } {
  const nextYear = facts.year + 1;
  const proposed = request.proposedOrganizationId ?? facts.rotationChairId;
  if (!proposed) {
    return {
      proposed: null,
      problems: [
        violation(
          'proposedOrganizationId',
          `Quy tắc luân phiên của cụm không đề xuất được Cụm trưởng năm ${nextYear}; hãy chọn đơn vị.`,
          `The cluster's rotation proposes no chair for ${nextYear}; choose the unit.`,
        ),
      ],
    };
  }
  if (!facts.nextYearMembers.includes(proposed)) {
    return {
      proposed: null,
      problems: [
        violation(
          'proposedOrganizationId',
          `Không phải thành viên của cụm năm ${nextYear}.`,
          `Not a member of the cluster in ${nextYear}.`,
        ),
      ],
    };
  }
  return { proposed, problems: [] };
}

/** The units the fixed ranking puts within the flag's quota (all of a tie at the cut-off), best first. */
function rankingLeaders(ranking: NonNullable<BallotFacts['ranking']>, quota: number): string[] {
  return ranking.filter((row) => row.rank <= quota).map((row) => row.unitId);
}

/** Suy tôn from a fixed ranking: a member on the ballot that does not lead it is there for a reason, given. */
function nonLeadersWithoutReason(request: BallotRequest, leaders: readonly string[]): FieldError[] {
  const explained = new Set(
    (request.candidateReasons ?? []).filter((given) => given.reason.trim() !== '').map((given) => given.organizationId),
  );
  return (request.candidateIds ?? []).flatMap((id, i) =>
    leaders.includes(id) || explained.has(id)
      ? []
      : [
          violation(
            `candidateIds[${i}]`,
            'Đơn vị này không thuộc nhóm dẫn đầu bảng xếp hạng thi đua đã chốt: ghi lý do đưa đơn vị vào danh sách bầu.',
            'This unit does not lead the fixed emulation ranking: write why it is on the ballot.',
          ),
        ],
  );
}

/** Who is on the ballot the request asks for, and under which quota; field errors for what the registry refuses. */
export function planBallot(request: BallotRequest, facts: BallotFacts): { ballot: Ballot; problems: FieldError[] } {
  const problems = fieldsNotTaken(request);
  switch (request.subject) {
    case 'flag_proposal': {
      const awardTypeCode = request.awardTypeCode ?? DEFAULT_FLAG_AWARD_TYPE;
      const awardType = facts.awardType?.code === awardTypeCode ? facts.awardType : null;
      const quota = chooseFlagQuota(awardType, facts.meetingDate, facts.members.length, request.quota);
      const leaders = facts.ranking && !('field' in quota) ? rankingLeaders(facts.ranking, quota.quota) : null;
      const candidates = candidatesOf(
        leaders && !request.candidateIds
          ? { ...request, candidateIds: leaders.filter((id) => !(facts.ruledOut ?? []).includes(id)) }
          : request,
        facts,
      );
      const unexplained = leaders && request.candidateIds ? nonLeadersWithoutReason(request, leaders) : [];
      const ballot = { ...NO_BALLOT, candidateIds: candidates.candidateIds, awardTypeCode };
      if ('field' in quota) return { ballot, problems: [...problems, ...candidates.problems, quota] };
      const used = facts.alreadyProposed ?? 0;
      const basis =
        used === 0
          ? quota.basis
          : text(
              `${quota.basis.vi}; đã đề nghị ${used} tại biểu quyết trước, còn ${Math.max(0, quota.quota - used)}`,
              `${quota.basis.en}; ${used} already proposed in an earlier vote, ${Math.max(0, quota.quota - used)} left`,
            );
      return {
        ballot: { ...ballot, quota: Math.max(0, quota.quota - used), quotaBasis: basis, awardRuleSetId: quota.ruleSetId },
        problems: [...problems, ...candidates.problems, ...unexplained],
      };
    }
    case 'vice_chair_election': {
      const candidates = candidatesOf(request, facts);
      return { ballot: { ...NO_BALLOT, candidateIds: candidates.candidateIds }, problems: [...problems, ...candidates.problems] };
    }
    case 'chair_handover': {
      const { proposed, problems: refused } = proposedChair(request, facts);
      const ballot = proposed ? { ...NO_BALLOT, proposedOrganizationId: proposed, candidateIds: [proposed] } : NO_BALLOT;
      return { ballot, problems: [...problems, ...refused] };
    }
    case 'question':
      return { ballot: NO_BALLOT, problems };
  }
}
