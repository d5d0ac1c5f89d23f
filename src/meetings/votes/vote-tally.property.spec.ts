import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { aggregateBallots, meetsProportion, minimumToMeet, tally, type TallyInput } from './vote.rules.js';
import { DEFAULT_VOTE_RULE_SET, type Proportion } from './vote-rule-set.js';

/** Property-based: the tally's guarantees for any cluster size, attendance, ballots and candidate order. */

const proportion = fc
  .record({ denominator: fc.integer({ min: 1, max: 10 }), comparison: fc.constantFrom('at_least' as const, 'more_than' as const) })
  .chain(({ denominator, comparison }) =>
    fc.integer({ min: 1, max: denominator }).map((numerator): Proportion => ({ numerator, denominator, comparison })),
  );

const CANDIDATES = ['a', 'b', 'c', 'd', 'e', 'f'];

/** A flag-proposal round: members, those present, K places and one ballot per unit present, some of them spoilt. */
const flagRound = fc
  .record({ memberCount: fc.integer({ min: 1, max: 30 }), candidates: fc.integer({ min: 1, max: CANDIDATES.length }), places: fc.integer({ min: 0, max: 6 }) })
  .chain(({ memberCount, candidates, places }) =>
    fc.record({
      memberCount: fc.constant(memberCount),
      places: fc.constant(places),
      candidateIds: fc.constant(CANDIDATES.slice(0, candidates)),
      ballots: fc.array(fc.uniqueArray(fc.constantFrom(...CANDIDATES), { maxLength: 7 }), { maxLength: memberCount }),
    }),
  );

function flagTally(round: { memberCount: number; places: number; candidateIds: string[]; ballots: string[][] }, order = round.candidateIds): TallyInput {
  const aggregate = aggregateBallots(round.ballots, order, round.places);
  return {
    subject: 'flag_proposal',
    rules: DEFAULT_VOTE_RULE_SET,
    round: 1,
    memberCount: round.memberCount,
    presentCount: round.ballots.length,
    ballotsValid: aggregate.ballotsValid,
    ballotsInvalid: aggregate.ballotsInvalid,
    places: round.places,
    votes: aggregate.votes,
  };
}

describe('vote tally properties', () => {
  it('minimumToMeet is the least count that meets a proportion', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), proportion, (whole, p) => {
        const minimum = minimumToMeet(whole, p);
        expect(meetsProportion(minimum, whole, p)).toBe(true);
        if (minimum > 0) expect(meetsProportion(minimum - 1, whole, p)).toBe(false);
      }),
    );
  });

  it('aggregating ballots loses and invents no vote, whatever their order', () => {
    fc.assert(
      fc.property(flagRound, (round) => {
        const aggregate = aggregateBallots(round.ballots, round.candidateIds, round.places);
        expect(aggregate.ballotsValid + aggregate.ballotsInvalid).toBe(round.ballots.length);
        const counted = aggregate.votes.reduce((sum, v) => sum + v.votes, 0);
        const validChoices = round.ballots
          .filter((_, i) => !aggregate.invalidBallots.some((bad) => bad.index === i))
          .reduce((sum, choices) => sum + choices.length, 0);
        expect(counted).toBe(validChoices);
        for (const v of aggregate.votes) expect(v.votes).toBeLessThanOrEqual(aggregate.ballotsValid);
        expect(aggregateBallots([...round.ballots].reverse(), round.candidateIds, round.places).votes).toEqual(aggregate.votes);
      }),
    );
  });

  it('chooses at most K units, each over the threshold, none with fewer votes than one left out, and only with a quorum', () => {
    fc.assert(
      fc.property(flagRound, (round) => {
        const input = flagTally(round);
        const result = tally(input);
        expect(result.chosen.length).toBeLessThanOrEqual(round.places);
        if (!result.quorum.met) expect(result.chosen).toEqual([]);
        const votes = new Map('votes' in input ? input.votes.map((v) => [v.candidateId, v.votes]) : []);
        for (const chosen of result.candidates.filter((c) => c.passed)) {
          expect(result.chosen).toContain(chosen.candidateId);
          expect(votes.get(chosen.candidateId)).toBeGreaterThanOrEqual(result.threshold.minimumVotes);
          for (const other of result.candidates) if (other.rank < chosen.rank) expect(other.passed).toBe(true);
        }
      }),
    );
  });

  it('does not depend on the order the candidates are listed in', () => {
    fc.assert(
      fc.property(flagRound, (round) => {
        const forward = tally(flagTally(round));
        const backward = tally(flagTally(round, [...round.candidateIds].reverse()));
        expect([...backward.chosen].sort()).toEqual([...forward.chosen].sort());
        expect(backward.next.kind).toBe(forward.next.kind);
      }),
    );
  });
});
