import type { LocalizedText } from '../../platform/i18n/locale.js';
import { dateText, type IsoDate } from '../../platform/time/calendar.js';
import { NOMINATIONS_MESSAGES as M } from '../nominations.messages.js';
import type { BasisVoteSnapshot } from './nomination.rules.js';
import { blocksDuplicate, isEditable, type NominationState } from './nomination.state.js';

/** A conference's flag proposal (suy tôn) with what its nomination needs: the vote, the meeting, the chair. */
export interface FlagProposalFacts {
  id: string;
  voteId: string;
  voteTitle: string;
  /** The award rule set the vote took its quota and legal basis from, if it took them from the catalog. */
  awardRuleSetId: string | null;
  meetingTitle: string;
  meetingDate: IsoDate;
  clusterId: string;
  clusterName: string;
  year: number;
  organizationId: string;
  awardTypeCode: string;
  /** Null when the catalog has no award type of that code. */
  awardTypeId: string | null;
  /** Cụm trưởng of that year, who proposes the cluster's flags; null when no term is recorded. */
  chairId: string | null;
  decidedBy: 'vote' | 'chair_and_vice_chair';
  votes: number | null;
  /** Ballots cast in the round that chose the unit. */
  votesCast: number | null;
  /** The nomination made from it, if any, and where it stands. */
  nomination: { id: string; state: NominationState } | null;
}

/** The conference's result, kept on the nomination as its basis; the proposal exists only for a unit it chose. */
export function flagBasisSnapshot(proposal: FlagProposalFacts): BasisVoteSnapshot {
  const held = dateText(proposal.meetingDate);
  const byChairs = proposal.decidedBy === 'chair_and_vice_chair' ? '; Cụm trưởng và Cụm phó quyết định các vị trí còn lại' : '';
  return {
    reference: `Biểu quyết "${proposal.voteTitle}", ${proposal.meetingTitle} ngày ${held.vi}${byChairs}`,
    organizationId: proposal.organizationId,
    clusterId: proposal.clusterId,
    year: proposal.year,
    passed: true,
    votesInFavour: proposal.votes,
    votesCast: proposal.votesCast,
    flagProposalId: proposal.id,
    decidedBy: proposal.decidedBy,
    heldOn: proposal.meetingDate,
    ...(proposal.awardRuleSetId && { ruleSetId: proposal.awardRuleSetId }),
  };
}

/** A live nomination (not withdrawn) for the proposed unit, award and year, made some other way. */
export interface LiveNomination {
  id: string;
  state: NominationState;
  basisVoteId: string | null;
}

export type FlagNominationRefusal = 'unknown_award_type' | 'no_chair';

export type FlagNominationPlan =
  | { kind: 'keep'; nominationId: string }
  | { kind: 'link'; nominationId: string; setBasis: boolean }
  | { kind: 'create'; awardTypeId: string; proposingOrganizationId: string }
  | { kind: 'refused'; refusal: FlagNominationRefusal };

/**
 * What a flag proposal needs to become the cluster's draft flag nomination. A proposal keeps the
 * nomination made from it until that one is withdrawn; a nomination already made by hand for the same
 * unit, award and year is taken over, and gets the vote as its basis while it can still be edited.
 * Otherwise a draft is made in the name of the year's chair unit (cụm trưởng).
 */
export function planFlagNomination(proposal: FlagProposalFacts, live: LiveNomination | null): FlagNominationPlan {
  if (proposal.nomination && blocksDuplicate(proposal.nomination.state)) return { kind: 'keep', nominationId: proposal.nomination.id };
  if (live) return { kind: 'link', nominationId: live.id, setBasis: isEditable(live.state) && live.basisVoteId !== proposal.voteId };
  if (proposal.awardTypeId === null) return { kind: 'refused', refusal: 'unknown_award_type' };
  if (proposal.chairId === null) return { kind: 'refused', refusal: 'no_chair' };
  return { kind: 'create', awardTypeId: proposal.awardTypeId, proposingOrganizationId: proposal.chairId };
}

/** Why no nomination can be made from the proposal yet, and what would allow it. */
export function refusalReason(proposal: FlagProposalFacts, refusal: FlagNominationRefusal): LocalizedText {
  return refusal === 'unknown_award_type'
    ? M.flagAwardTypeUnknown(proposal.awardTypeCode)
    : M.flagChairUnknown(proposal.clusterName, proposal.year);
}
