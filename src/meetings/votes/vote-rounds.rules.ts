import type { AnswerCounts, CandidateVotes, VoteRuleSet, VoteSubject } from './vote-rule-set.js';
import type { TallyInput, TallyResult } from './vote.rules.js';

/* The rounds of a vote: who is on each ballot, what a round's count is, and what the rounds add up to. */

export interface RoundPlan {
  /** Who is on this round's ballot. */
  readonly candidateIds: readonly string[];
  /** How many of them the round may choose: K for a first flag round, else 1 or the places left open. */
  readonly places: number;
}

/** The first round's ballot: every candidate, for K places (a flag proposal) or for one. */
export function firstRound(subject: VoteSubject, candidateIds: readonly string[], quota: number | null): RoundPlan {
  return { candidateIds, places: subject === 'flag_proposal' ? (quota ?? 0) : 1 };
}

/** A further round holds only the candidates the previous one left open, for the places it left; null if none. */
export function runoffRound(previous: TallyResult): RoundPlan | null {
  const next = previous.next;
  return next.kind === 'runoff' ? { candidateIds: next.candidateIds, places: next.places } : null;
}

export interface VoteOutcome {
  /** Chosen by the ballots of every round, in round order then rank. */
  readonly chosen: readonly string[];
  /** What the last round says comes next. */
  readonly next: TallyResult['next'];
  /** For a yes / no vote: whether its last round approved. */
  readonly approved: boolean | null;
}

/** A vote's outcome: a unit chosen in round 1 is not on round 2's ballot, so the rounds' choices add up. */
export function voteOutcome(rounds: readonly TallyResult[]): VoteOutcome {
  if (rounds.length === 0) throw new RangeError('A vote without a counted round has no outcome.');
  const last = rounds[rounds.length - 1];
  return { chosen: rounds.flatMap((r) => r.chosen), next: last.next, approved: last.answers?.passed ?? null };
}

/** Whether the subject is voted by answering yes / no / abstain rather than by naming candidates. */
export function answersYesNo(subject: VoteSubject): boolean {
  return subject === 'chair_handover' || subject === 'question';
}

/** What one round's ballots add up to, electronic or paper. */
export interface RoundCount {
  readonly ballotsValid: number;
  readonly ballotsInvalid: number;
  /** For a vote among candidates, in the round's candidate order. */
  readonly votes?: readonly CandidateVotes[];
  /** For a yes / no / abstain vote. */
  readonly answers?: AnswerCounts;
}

/**
 * The count of an electronic round from its counters: every ballot that reached a counter was valid (an invalid one
 * is refused before it is counted), so the ballots cast are the units that voted.
 */
export function countFromCounters(
  subject: VoteSubject,
  candidateIds: readonly string[],
  counters: ReadonlyMap<string, number>,
  ballotsCast: number,
): RoundCount {
  const count = (option: string) => counters.get(option) ?? 0;
  if (answersYesNo(subject)) {
    return { ballotsValid: ballotsCast, ballotsInvalid: 0, answers: { yes: count('yes'), no: count('no'), abstain: count('abstain') } };
  }
  return {
    ballotsValid: ballotsCast,
    ballotsInvalid: 0,
    votes: candidateIds.map((candidateId) => ({ candidateId, votes: count(candidateId) })),
  };
}

export interface RoundFacts {
  readonly round: number;
  readonly candidateIds: readonly string[];
  readonly places: number;
  readonly memberCount: number;
  /** Voting units on the round's roll: the units present. */
  readonly presentCount: number;
}

/** The tally of one round of a vote, from its subject and the copy of the rules it is held under. */
export function tallyInputFor(subject: VoteSubject, rules: VoteRuleSet, round: RoundFacts, count: RoundCount): TallyInput {
  const common = {
    rules,
    round: round.round,
    memberCount: round.memberCount,
    presentCount: round.presentCount,
    ballotsValid: count.ballotsValid,
    ballotsInvalid: count.ballotsInvalid,
  };
  const votes = count.votes ?? [];
  const answers = count.answers ?? { yes: 0, no: 0, abstain: 0 };
  switch (subject) {
    case 'flag_proposal':
      return { ...common, subject, places: round.places, votes };
    case 'vice_chair_election':
      return { ...common, subject, votes };
    case 'chair_handover':
      return { ...common, subject, proposedId: round.candidateIds[0], answers };
    case 'question':
      return { ...common, subject, answers };
  }
}
