import { describe, expect, it } from '@jest/globals';
import { DEFAULT_VOTE_RULE_SET } from './vote-rule-set.js';
import { countFromCounters, firstRound, runoffRound, tallyInputFor, voteOutcome } from './vote-rounds.rules.js';
import { tally } from './vote.rules.js';

const UNITS = ['son-la', 'hoa-binh', 'phu-tho'];

describe('the rounds of a vote', () => {
  it('puts every candidate on the first ballot, for K places or for one', () => {
    expect(firstRound('flag_proposal', UNITS, 2)).toEqual({ candidateIds: UNITS, places: 2 });
    expect(firstRound('vice_chair_election', UNITS, null)).toEqual({ candidateIds: UNITS, places: 1 });
  });

  it('holds a further round only among the candidates the previous one left open', () => {
    const input = (votes: number[]) =>
      tallyInputFor(
        'flag_proposal',
        DEFAULT_VOTE_RULE_SET,
        { round: 1, candidateIds: UNITS, places: 2, memberCount: 8, presentCount: 8 },
        countFromCounters('flag_proposal', UNITS, new Map(UNITS.map((id, i) => [id, votes[i]])), 8),
      );
    const tied = tally(input([6, 5, 5]));
    expect(runoffRound(tied)).toEqual({ candidateIds: ['hoa-binh', 'phu-tho'], places: 1 });
    expect(runoffRound(tally(input([6, 5, 1])))).toBeNull();
  });

  it('adds up the choices of every round, and keeps the last step', () => {
    const first = tally(
      tallyInputFor(
        'flag_proposal',
        DEFAULT_VOTE_RULE_SET,
        { round: 1, candidateIds: UNITS, places: 2, memberCount: 8, presentCount: 8 },
        {
          ballotsValid: 8,
          ballotsInvalid: 0,
          votes: [
            { candidateId: 'son-la', votes: 6 },
            { candidateId: 'hoa-binh', votes: 5 },
            { candidateId: 'phu-tho', votes: 5 },
          ],
        },
      ),
    );
    const second = tally(
      tallyInputFor(
        'flag_proposal',
        DEFAULT_VOTE_RULE_SET,
        { round: 2, candidateIds: ['hoa-binh', 'phu-tho'], places: 1, memberCount: 8, presentCount: 8 },
        {
          ballotsValid: 8,
          ballotsInvalid: 0,
          votes: [
            { candidateId: 'hoa-binh', votes: 5 },
            { candidateId: 'phu-tho', votes: 3 },
          ],
        },
      ),
    );
    expect(voteOutcome([first, second])).toMatchObject({ chosen: ['son-la', 'hoa-binh'], next: { kind: 'decided' }, approved: null });
    expect(() => voteOutcome([])).toThrow(RangeError);
  });
});

describe('an electronic count', () => {
  it('reads the answer counters of a yes / no vote, missing ones as 0', () => {
    expect(
      countFromCounters(
        'question',
        [],
        new Map([
          ['yes', 5],
          ['abstain', 3],
        ]),
        8,
      ),
    ).toEqual({
      ballotsValid: 8,
      ballotsInvalid: 0,
      answers: { yes: 5, no: 0, abstain: 3 },
    });
  });

  it("confirms a chair handover on the round's one candidate", () => {
    const input = tallyInputFor(
      'chair_handover',
      DEFAULT_VOTE_RULE_SET,
      { round: 1, candidateIds: ['lao-cai'], places: 1, memberCount: 8, presentCount: 8 },
      countFromCounters('chair_handover', ['lao-cai'], new Map([['yes', 8]]), 8),
    );
    expect(tally(input).chosen).toEqual(['lao-cai']);
    expect(voteOutcome([tally(input)]).approved).toBe(true);
  });
});
