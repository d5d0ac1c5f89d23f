import type { FieldError } from '../../platform/errors/domain-error.js';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { quotaSourceNote } from '../../nominations/award-types/quota.rules.js';
import { type AwardRuleSet, ruleSetOfVote, type AwardTypeDefinition } from '../../nominations/award-types/rule-set.js';
import { dateText, type IsoDate } from '../../platform/time/calendar.js';
import { CHAIR_SOURCE_PHRASES, MEETINGS_MESSAGES as M } from '../meetings.messages.js';
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
      basis: M.defaultVoteRules(on),
    };
  }
  const from = dateText(inForce.effectiveFrom);
  const citation = inForce.legalBasis ? text(` (${inForce.legalBasis})`, ` (${inForce.legalBasis})`) : text('', '');
  return {
    rules: inForce.rules,
    basis: M.organizerVoteRules(from, citation, on),
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
    return violation('awardTypeCode', M.awardTypeNotInCatalog);
  }
  if (!awardType.ruleSets.some((r) => r.needsClusterVote)) {
    return violation('awardTypeCode', M.awardTypeNotVoted);
  }
  if (given !== undefined) {
    return {
      quota: given,
      basis: M.quotaSetByMeeting(given),
      ruleSetId: null,
    };
  }
  const found = ruleSetOfVote(awardType.ruleSets, meetingDate);
  if (!found?.ruleSet.quota) {
    return violation('quota', M.noQuotaOn(awardType.name, dateText(meetingDate)));
  }
  const { quota, explanation } = flagQuota(found.ruleSet.quota, memberCount);
  if (quota < 1) {
    return violation('quota', M.noPlaceForAward(awardType.name, explanation));
  }
  const { citation } = found.ruleSet.legalBasis;
  const from = dateText(found.ruleSet.effectiveFrom);
  const when = found.inForce ? M.quotaUnder(citation) : M.quotaUnderLaterRules(citation, from);
  const note = quotaSourceNote(found.ruleSet.quota);
  const source = note ? text(`; ${note.vi}`, `; ${note.en}`) : text('', '');
  return {
    quota,
    basis: M.quotaBasis(explanation, when, source),
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
        return [violation(`candidateIds[${i}]`, M.proposedTwice(earlier.name, facts.year, earlier.voteTitle))];
      });
      const full =
        facts.proposed.length > 0 && ballot.quota !== null && ballot.quota <= 0
          ? [violation('quota', M.quotaFull(facts.year, facts.proposed.map((unit) => unit.name).join(', ')))]
          : [];
      return [...twice, ...full];
    }
    case 'vice_chair_election': {
      const chair = facts.nextChair;
      if (!chair) return [];
      const source = CHAIR_SOURCE_PHRASES[chair.source];
      return ballot.candidateIds.flatMap((id, i) =>
        id === chair.id ? [violation(`candidateIds[${i}]`, M.chairCannotBeViceChair(chair.name, source, nextYear))] : [],
      );
    }
    case 'chair_handover': {
      const vice = facts.nextViceChair;
      if (!vice || ballot.proposedOrganizationId !== vice.id) return [];
      return [violation('proposedOrganizationId', M.viceChairCannotChair(vice.name, nextYear))];
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
  const taken: Record<VoteSubject, (keyof BallotRequest)[]> = {
    flag_proposal: ['candidateIds', 'awardTypeCode', 'quota'],
    vice_chair_election: ['candidateIds'],
    chair_handover: ['proposedOrganizationId'],
    question: [],
  };
  const why: Partial<Record<keyof BallotRequest, LocalizedText>> = {
    candidateIds: M.questionWithCandidates,
    proposedOrganizationId: M.onlyForHandover,
    awardTypeCode: M.onlyForFlag,
    quota: M.onlyForFlag,
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
      return [violation(field, M.chairsInYear(nextYear))];
    }
    const year = facts.members.includes(id) ? nextYear : facts.year;
    return [violation(field, M.notAMemberInYear(year))];
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
      problems: [violation('proposedOrganizationId', M.rotationProposesNoChair(nextYear))],
    };
  }
  if (!facts.nextYearMembers.includes(proposed)) {
    return {
      proposed: null,
      problems: [violation('proposedOrganizationId', M.notAMemberInYear(nextYear))],
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
    leaders.includes(id) || explained.has(id) ? [] : [violation(`candidateIds[${i}]`, M.nonLeaderWithoutReason)],
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
      const basis = used === 0 ? quota.basis : M.quotaPartlyUsed(quota.basis, used, Math.max(0, quota.quota - used));
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
