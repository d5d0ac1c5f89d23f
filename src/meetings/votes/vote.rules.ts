import type { FieldError } from '../../platform/errors/domain-error.js';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { MEETINGS_MESSAGES as M, VOTE_NOUNS, type VoteNoun } from '../meetings.messages.js';
import { checkPaperTotals, isCount, violation, type BallotShape } from './paper-totals.rules.js';
import { nextStep, type NextStep, type OpenPlaces } from './vote-next-step.rules.js';
import {
  checkQuorum,
  meetsProportion,
  minimumToMeet,
  proportionText,
  type QuorumCheck,
  type Reason,
  type Share,
  shareOf,
  shareText,
} from './vote-quorum.rules.js';
import { checkVoteRuleSet } from './vote-settings.rules.js';
import {
  THRESHOLD_BASE_PHRASES,
  type AnswerCounts,
  type DeclaredForm,
  type CandidateVotes,
  type PassThreshold,
  type ThresholdBase,
  type VoteRuleSet,
  type VoteSubject,
} from './vote-rule-set.js';

/*
 * The tally of one round of a cluster conference's vote, and every number the minutes (biên bản) and reports show of it.
 */

// ---------------------------------------------------------------------------------------------------------------
// Tally

interface TallyCommon {
  readonly rules: VoteRuleSet;
  /** 1 for the first round. */
  readonly round: number;
  /** Member units of the cluster that year. */
  readonly memberCount: number;
  /** Member units present at the vote, each with one ballot. */
  readonly presentCount: number;
  readonly ballotsValid: number;
  readonly ballotsInvalid: number;
}

/** Suy tôn: each ballot approves up to `places` units: K in round 1, the places still open in a later round. */
export interface FlagProposalTally extends TallyCommon {
  readonly subject: 'flag_proposal';
  readonly places: number;
  readonly votes: readonly CandidateVotes[];
}

/** Bầu Cụm phó: one name per ballot. */
export interface ViceChairElectionTally extends TallyCommon {
  readonly subject: 'vice_chair_election';
  readonly votes: readonly CandidateVotes[];
}

/** Chuyển giao Cụm trưởng: yes / no / abstain on one proposed unit. */
export interface ChairHandoverTally extends TallyCommon {
  readonly subject: 'chair_handover';
  readonly proposedId: string;
  readonly answers: AnswerCounts;
}

export interface QuestionTally extends TallyCommon {
  readonly subject: 'question';
  readonly answers: AnswerCounts;
}

export type TallyInput = FlagProposalTally | ViceChairElectionTally | ChairHandoverTally | QuestionTally;

export const CANDIDATE_STATUSES = ['chosen', 'tied', 'over_quota', 'below_threshold', 'quorum_not_met'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export interface CandidateResult extends Share {
  readonly candidateId: string;
  /** 1 + the number of candidates with more votes, so equal votes share a rank. */
  readonly rank: number;
  readonly status: CandidateStatus;
  /** Chosen in this round: proposed for the flag, elected, or confirmed. */
  readonly passed: boolean;
  readonly reasons: readonly Reason[];
}

export interface AnswerResult {
  readonly yes: Share;
  readonly no: Share;
  readonly abstain: Share;
  readonly passed: boolean;
  readonly reasons: readonly Reason[];
}

export interface ThresholdSummary {
  readonly base: ThresholdBase;
  readonly baseCount: number;
  readonly minimumVotes: number;
  readonly text: LocalizedText;
}

/**
 * One round's result. `chosen` holds only this round's choices: a unit chosen in round 1 is not on the round-2 ballot,
 * so the vote's outcome is the union of its rounds' `chosen`, plus what the fallback decides.
 */
export interface TallyResult {
  readonly subject: VoteSubject;
  readonly round: number;
  readonly quorum: QuorumCheck;
  readonly threshold: ThresholdSummary;
  readonly ballotsValid: number;
  readonly ballotsInvalid: number;
  /** In the order given; for a chair handover, the proposed unit; empty for a question. */
  readonly candidates: readonly CandidateResult[];
  /** For a chair handover and a question. */
  readonly answers: AnswerResult | null;
  /** Candidates chosen in this round, most votes first. */
  readonly chosen: readonly string[];
  readonly next: NextStep;
  /**
   * Set when the result was declared without a count (unanimous, by consensus, by show of hands): then no vote count,
   * share or ballot figure in it was recorded, and none may be shown (they are 0 or null here).
   */
  readonly declared?: DeclaredForm;
}

interface Entry {
  readonly candidateId: string;
  readonly votes: number;
  readonly meets: boolean;
}

interface Placement {
  readonly status: ReadonlyMap<string, CandidateStatus>;
  readonly open: OpenPlaces | null;
}

function idsOf(entries: readonly Entry[]): string[] {
  return entries.map((entry) => entry.candidateId);
}

/**
 * Fills `places` with the candidates that meet the threshold, most votes first. Candidates tied across the cut-off
 * are left open for a further round, never broken by order; places no one reached are open to those short of it.
 */
function place(entries: readonly Entry[], places: number): Placement {
  const status = new Map<string, CandidateStatus>(entries.map((e) => [e.candidateId, e.meets ? 'over_quota' : 'below_threshold']));
  const passers = entries.filter((e) => e.meets).sort((a, b) => b.votes - a.votes);
  const lastIn: Entry | undefined = passers[places - 1];
  const firstOut: Entry | undefined = passers[places];
  const tied = lastIn && firstOut?.votes === lastIn.votes ? passers.filter((e) => e.votes === lastIn.votes) : [];
  const chosen = tied.length > 0 ? passers.filter((e) => e.votes > tied[0].votes) : passers.slice(0, places);
  chosen.forEach((e) => status.set(e.candidateId, 'chosen'));
  tied.forEach((e) => status.set(e.candidateId, 'tied'));
  const left = places - chosen.length;
  if (tied.length > 0) return { status, open: { cause: 'tie', candidateIds: idsOf(tied), places: left } };
  const short = entries.filter((e) => !e.meets);
  const open: OpenPlaces | null = left > 0 && short.length > 0 ? { cause: 'short', candidateIds: idsOf(short), places: left } : null;
  return { status, open };
}

function baseCountOf(input: TallyInput): number {
  const counts: Record<ThresholdBase, number> = {
    all_members: input.memberCount,
    members_present: input.presentCount,
    valid_ballots: input.ballotsValid,
  };
  return counts[input.rules.threshold.base];
}

function summarizeThreshold(threshold: PassThreshold, baseCount: number): ThresholdSummary {
  const minimumVotes = Math.max(1, minimumToMeet(baseCount, threshold));
  const required = proportionText(threshold);
  const base = THRESHOLD_BASE_PHRASES[threshold.base];
  return {
    base: threshold.base,
    baseCount,
    minimumVotes,
    text: M.passThreshold(required, base, baseCount, minimumVotes),
  };
}

function thresholdReason(votes: number, threshold: PassThreshold, summary: ThresholdSummary, noun: VoteNoun): Reason {
  const { baseCount, minimumVotes } = summary;
  const base = THRESHOLD_BASE_PHRASES[threshold.base];
  if (baseCount === 0) {
    return {
      code: 'THRESHOLD_NOT_MET',
      text: M.thresholdBaseZero(base),
    };
  }
  const percent = shareText(votes, baseCount);
  const counted = M.votesCounted(votes, baseCount, noun, percent, base);
  const required = proportionText(threshold);
  if (votes > 0 && meetsProportion(votes, baseCount, threshold)) {
    return {
      code: 'THRESHOLD_MET',
      text: M.thresholdMet(counted, required),
    };
  }
  return {
    code: 'THRESHOLD_NOT_MET',
    text: M.thresholdNotMet(counted, required, minimumVotes, noun),
  };
}

interface PlacementContext {
  readonly places: number;
  readonly votes: number;
  readonly rank: number;
  readonly open: OpenPlaces | null;
}

type PlacementReasons = (status: CandidateStatus, context: PlacementContext) => Reason | null;

function flagPlacementReason(status: CandidateStatus, { places, votes, rank, open }: PlacementContext): Reason | null {
  switch (status) {
    case 'chosen':
      return {
        code: 'WITHIN_QUOTA',
        text: M.withinQuota(places, rank),
      };
    case 'over_quota':
      return {
        code: 'OVER_QUOTA',
        text: M.overQuota(places, rank),
      };
    case 'tied': {
      const tiedCount = open?.candidateIds.length ?? 0;
      const left = open?.places ?? 0;
      return {
        code: 'TIED_AT_CUT_OFF',
        text: M.tiedAtCutOff(tiedCount, votes, left),
      };
    }
    default:
      return null;
  }
}

function electionPlacementReason(status: CandidateStatus, { votes, open }: PlacementContext): Reason | null {
  switch (status) {
    case 'chosen':
      return { code: 'ELECTED', text: M.elected };
    case 'over_quota':
      return {
        code: 'NOT_ELECTED',
        text: M.notElected,
      };
    case 'tied': {
      const tiedCount = open?.candidateIds.length ?? 0;
      return {
        code: 'TIED_FOR_ELECTION',
        text: M.tiedForElection(tiedCount, votes),
      };
    }
    default:
      return null;
  }
}

function handoverPlacementReason(status: CandidateStatus): Reason {
  return status === 'chosen' ? { code: 'CONFIRMED', text: M.confirmedAsChair } : { code: 'NOT_CONFIRMED', text: M.notConfirmedAsChair };
}

const PLACEMENT_REASONS: Readonly<Record<VoteSubject, PlacementReasons>> = {
  flag_proposal: flagPlacementReason,
  vice_chair_election: electionPlacementReason,
  chair_handover: handoverPlacementReason,
  question: () => null,
};

function ballotShapeOf(input: TallyInput): BallotShape {
  if (!('votes' in input)) return { kind: 'answers' };
  const maxChoices = input.subject === 'flag_proposal' ? input.places : 1;
  return { kind: 'candidates', candidateIds: input.votes.map((v) => v.candidateId), maxChoices };
}

function countsViolations(input: TallyInput): FieldError[] {
  const found: FieldError[] = [];
  if (!isCount(input.memberCount) || input.memberCount < 1) {
    found.push(violation('memberCount', M.memberCountInvalid));
  }
  if (!isCount(input.presentCount) || input.presentCount > input.memberCount) {
    found.push(violation('presentCount', M.presentCountInvalid));
  }
  if (!isCount(input.round) || input.round < 1 || input.round > input.rules.maxRounds) {
    found.push(violation('round', M.roundOutsideRounds));
  }
  if (input.subject === 'flag_proposal' && !isCount(input.places)) {
    found.push(violation('places', M.placesInvalid));
  }
  return found;
}

/**
 * Totals that contradict each other are the caller's bug, not a result: paper totals go through checkPaperTotals and
 * electronic ballots through aggregateBallots before they are tallied.
 */
function assertConsistent(input: TallyInput): void {
  const cast = input.ballotsValid + input.ballotsInvalid;
  const totals = {
    ballotsIssued: cast,
    ballotsCollected: cast,
    ballotsValid: input.ballotsValid,
    ballotsInvalid: input.ballotsInvalid,
    ...('votes' in input ? { votes: input.votes } : { answers: input.answers }),
  };
  const found = [
    ...checkVoteRuleSet(input.rules),
    ...countsViolations(input),
    ...checkPaperTotals(totals, { presentCount: input.presentCount, ballot: ballotShapeOf(input) }),
  ];
  if (found.length > 0) {
    throw new RangeError(`Inconsistent tally input: ${found.map((f) => `${f.field}: ${f.message.en}`).join(' ')}`);
  }
}

function answerResult(answers: AnswerCounts, threshold: PassThreshold, summary: ThresholdSummary, quorum: QuorumCheck): AnswerResult {
  const base = summary.baseCount;
  const shares = { yes: shareOf(answers.yes, base), no: shareOf(answers.no, base), abstain: shareOf(answers.abstain, base) };
  if (!quorum.met) return { ...shares, passed: false, reasons: [quorum.reason] };
  const reason = thresholdReason(answers.yes, threshold, summary, VOTE_NOUNS.yesVotes);
  const abstentions = answers.abstain > 0 ? M.abstentionsNotYes(answers.abstain) : text('', '');
  const passed = reason.code === 'THRESHOLD_MET';
  const outcome: Reason = passed ? { code: 'APPROVED', text: M.approved } : { code: 'REJECTED', text: M.rejected };
  return {
    ...shares,
    passed,
    reasons: [{ code: reason.code, text: text(reason.text.vi + abstentions.vi, reason.text.en + abstentions.en) }, outcome],
  };
}

function candidatesOf(input: TallyInput): readonly CandidateVotes[] {
  if (input.subject === 'chair_handover') return [{ candidateId: input.proposedId, votes: input.answers.yes }];
  return 'votes' in input ? input.votes : [];
}

/**
 * Counts one round of a vote: the quorum; each candidate's votes, share of the threshold base, whether it passed and
 * why (threshold, quota, tie); and what happens next (a further round among the tied or short candidates only, or the
 * fallback after the last round). A tie at the cut-off is reported as unresolved, never broken.
 * Throws a RangeError when the totals contradict each other (see assertConsistent).
 */
export function tally(input: TallyInput): TallyResult {
  assertConsistent(input);
  const { rules, subject, round } = input;
  const quorum = checkQuorum(rules.quorum, input.memberCount, input.presentCount);
  const threshold = summarizeThreshold(rules.threshold, baseCountOf(input));
  const places = input.subject === 'flag_proposal' ? input.places : 1;
  const noun = input.subject === 'chair_handover' ? VOTE_NOUNS.yesVotes : VOTE_NOUNS.votes;
  const listed = candidatesOf(input).map((c) => {
    const reason = thresholdReason(c.votes, rules.threshold, threshold, noun);
    return { ...c, reason, meets: reason.code === 'THRESHOLD_MET' };
  });
  const placement = place(listed, places);
  const candidates = listed.map((entry): CandidateResult => {
    const rank = 1 + listed.filter((other) => other.votes > entry.votes).length;
    const status = quorum.met ? (placement.status.get(entry.candidateId) ?? 'below_threshold') : 'quorum_not_met';
    const placed = PLACEMENT_REASONS[subject](status, { places, votes: entry.votes, rank, open: placement.open });
    return {
      candidateId: entry.candidateId,
      ...shareOf(entry.votes, threshold.baseCount),
      rank,
      status,
      passed: status === 'chosen',
      reasons: quorum.met ? [entry.reason, ...(placed ? [placed] : [])] : [quorum.reason],
    };
  });
  return {
    subject,
    round,
    quorum,
    threshold,
    ballotsValid: input.ballotsValid,
    ballotsInvalid: input.ballotsInvalid,
    candidates,
    answers: 'answers' in input ? answerResult(input.answers, rules.threshold, threshold, quorum) : null,
    chosen: candidates
      .filter((c) => c.passed)
      .sort((a, b) => a.rank - b.rank)
      .map((c) => c.candidateId),
    next: nextStep(quorum.met, placement.open, round, rules),
  };
}

const VIETNAMESE = new Intl.Collator('vi');

/** What a result is ordered by: its votes, and the unit's short name and id. */
export interface Ranked {
  readonly votes: number;
  readonly name: string;
  readonly id: string;
}

/**
 * The one order of results wherever they are shown (issue 11 §6): most votes first, then the unit's short name in
 * Vietnamese collation, then its id, so that equal votes never come out in the order rows happen to be stored in.
 */
export function resultOrder(a: Ranked, b: Ranked): number {
  return b.votes - a.votes || VIETNAMESE.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
