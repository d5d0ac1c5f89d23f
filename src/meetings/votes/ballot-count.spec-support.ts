import { type BallotInput, ballotOptions } from '../ballots/ballot.rules.js';
import { countFromCounters } from './vote-rounds.rules.js';
import type { VoteSubject } from './vote-rule-set.js';

/**
 * Counts electronic ballots as the app does: each is checked by ballotOptions (a refused one is never counted), the
 * valid ones add one to their options' counters, and countFromCounters reads the round's count back.
 */
export function countBallots(subject: VoteSubject, round: { candidateIds: string[]; places: number }, ballots: readonly BallotInput[]) {
  const counters = new Map<string, number>();
  const refused: number[] = [];
  ballots.forEach((ballot, index) => {
    const { options, problems } = ballotOptions(subject, round, ballot);
    if (problems.length > 0) refused.push(index);
    else options.forEach((option) => counters.set(option, (counters.get(option) ?? 0) + 1));
  });
  return { count: countFromCounters(subject, round.candidateIds, counters, ballots.length - refused.length), refused };
}
