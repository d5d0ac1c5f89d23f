import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { countBallots } from './ballot-count.spec-support.js';
import { meetsProportion, minimumToMeet } from './vote-quorum.rules.js';
import { tallyInputFor } from './vote-rounds.rules.js';
import { tally, type TallyInput } from './vote.rules.js';
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
  .record({
    memberCount: fc.integer({ min: 1, max: 30 }),
    candidates: fc.integer({ min: 1, max: CANDIDATES.length }),
    places: fc.integer({ min: 0, max: 6 }),
  })
  .chain(({ memberCount, candidates, places }) =>
    fc.record({
      memberCount: fc.constant(memberCount),
      places: fc.constant(places),
      candidateIds: fc.constant(CANDIDATES.slice(0, candidates)),
      ballots: fc.array(fc.uniqueArray(fc.constantFrom(...CANDIDATES), { maxLength: 7 }), { maxLength: memberCount }),
    }),
  );

function flagTally(
  round: { memberCount: number; places: number; candidateIds: string[]; ballots: string[][] },
  order = round.candidateIds,
): TallyInput {
  const { count } = countBallots(
    'flag_proposal',
    { candidateIds: order, places: round.places },
    round.ballots.map((choices) => ({ choices })),
  );
  const facts = { round: 1, candidateIds: order, places: round.places, memberCount: round.memberCount, presentCount: round.ballots.length };
  return tallyInputFor('flag_proposal', DEFAULT_VOTE_RULE_SET, facts, count);
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

  it('counting ballots loses and invents no vote, whatever their order', () => {
    fc.assert(
      fc.property(flagRound, (round) => {
        const ballots = round.ballots.map((choices) => ({ choices }));
        const slots = { candidateIds: round.candidateIds, places: round.places };
        const { count, refused } = countBallots('flag_proposal', slots, ballots);
        expect(count.ballotsValid + refused.length).toBe(round.ballots.length);
        const counted = (count.votes ?? []).reduce((sum, v) => sum + v.votes, 0);
        const validChoices = round.ballots.filter((_, i) => !refused.includes(i)).reduce((sum, choices) => sum + choices.length, 0);
        expect(counted).toBe(validChoices);
        for (const v of count.votes ?? []) expect(v.votes).toBeLessThanOrEqual(count.ballotsValid);
        expect(countBallots('flag_proposal', slots, [...ballots].reverse()).count.votes).toEqual(count.votes);
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
