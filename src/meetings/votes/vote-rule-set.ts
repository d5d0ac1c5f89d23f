import type { Ratio } from '../../platform/numbers/ratio.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { COMPARISON_NAMES, THRESHOLD_BASE_NAMES } from '../meetings.messages.js';

/** What a vote decides at a cluster conference (hội nghị tổng kết cụm). */
export const VOTE_SUBJECTS = ['flag_proposal', 'vice_chair_election', 'chair_handover', 'question'] as const;
export type VoteSubject = (typeof VOTE_SUBJECTS)[number];

/** electronic: bỏ phiếu kín điện tử; paper: phiếu giấy, the counting committee enters the totals. */
export const VOTE_METHODS = ['electronic', 'paper'] as const;
export type VoteMethod = (typeof VOTE_METHODS)[number];

/**
 * How a result is declared without a count (biểu quyết không kiểm phiếu): nhất trí (unanimous), đồng thuận (by
 * consensus), giơ tay (by show of hands, the count not recorded).
 */
export const DECLARED_FORMS = ['unanimous', 'consensus', 'show_of_hands'] as const;
export type DeclaredForm = (typeof DECLARED_FORMS)[number];

/** Answers on a yes / no / abstain ballot: tán thành, không tán thành, không biểu quyết. */
export const ANSWERS = ['yes', 'no', 'abstain'] as const;
export type Answer = (typeof ANSWERS)[number];

export type AnswerCounts = Readonly<Record<Answer, number>>;

export interface CandidateVotes {
  readonly candidateId: string;
  readonly votes: number;
}

export const COMPARISONS = ['more_than', 'at_least'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** A share a count must reach: "more than 1/2", "at least 2/3"; kept as whole numbers so no float decides it. */
export interface Proportion extends Readonly<Ratio> {
  readonly comparison: Comparison;
}

/** What the pass threshold is a share of. */
export const THRESHOLD_BASES = ['all_members', 'members_present', 'valid_ballots'] as const;
export type ThresholdBase = (typeof THRESHOLD_BASES)[number];

export interface PassThreshold extends Proportion {
  readonly base: ThresholdBase;
}

/** What happens to places still open after the last round. */
export const NO_CHOICE_FALLBACKS = ['chair_and_vice_chair_decide', 'places_left_empty'] as const;
export type NoChoiceFallback = (typeof NO_CHOICE_FALLBACKS)[number];

/**
 * How a cluster conference decides by secret ballot (bỏ phiếu kín). VUSTA has not published its cluster-vote rule
 * (domain notes 1.8, UNVERIFIED), so every value is a setting that the cluster's owner configures and dates; a vote
 * keeps a copy of the set it was held under. The flag quota K is not here: it belongs to the award type's rule set
 * (`QuotaRule` in nominations/award-types), read through `flagQuota`.
 */
export interface VoteRuleSet {
  /** Share of the member units that must be present for the vote to count. */
  readonly quorum: Proportion;
  /** Share of `base` that a candidate (or the "yes" of a question) needs to pass. */
  readonly threshold: PassThreshold;
  /** Ballot rounds at most; a later round is held only among the tied or short candidates. */
  readonly maxRounds: number;
  readonly fallback: NoChoiceFallback;
}

/**
 * Defaults from common local practice, none of them VUSTA's confirmed rule: quorum of at least 2/3 of the member units
 * (Bắc Ninh 2025, the Supreme People's Court), more than half of all member units (not only of those present), at most
 * 2 rounds and then the chair and vice-chair decide (the Supreme People's Court's rule for flags).
 */
export const DEFAULT_VOTE_RULE_SET: VoteRuleSet = {
  quorum: { numerator: 2, denominator: 3, comparison: 'at_least' },
  threshold: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'all_members' },
  maxRounds: 2,
  fallback: 'chair_and_vice_chair_decide',
};

export const COMPARISON_PHRASES: Readonly<Record<Comparison, LocalizedText>> = COMPARISON_NAMES;

export const THRESHOLD_BASE_PHRASES: Readonly<Record<ThresholdBase, LocalizedText>> = THRESHOLD_BASE_NAMES;
