import { describe, expect, it } from '@jest/globals';
import { DEFAULT_VOTE_RULE_SET } from './vote-rule-set.js';
import { tally } from './vote.rules.js';
import {
  VOTE_STATES,
  VOTE_WORKFLOW,
  acceptsBallots,
  cancellingNeedsReason,
  closingAction,
  isSettled,
  resultsVisible,
  roundResultVisible,
} from './vote.state.js';

const nextState = VOTE_WORKFLOW.next.bind(VOTE_WORKFLOW);
const canTransition = VOTE_WORKFLOW.can.bind(VOTE_WORKFLOW);
const allowedActions = VOTE_WORKFLOW.allowedActions.bind(VOTE_WORKFLOW);

/** A flag round of a cluster of 8, all present and every ballot valid. */
function flagRound(round: number, places: number, counts: Record<string, number>) {
  return tally({
    rules: DEFAULT_VOTE_RULE_SET,
    round,
    memberCount: 8,
    presentCount: 8,
    subject: 'flag_proposal',
    places,
    ballotsValid: 8,
    ballotsInvalid: 0,
    votes: Object.entries(counts).map(([candidateId, votes]) => ({ candidateId, votes })),
  });
}

describe('runs a vote from draft to closed, showing the result only once closed', () => {
  it('opens a draft, takes ballots while open and closes it', () => {
    expect(nextState('draft', 'open')).toBe('open');
    expect(acceptsBallots('draft')).toBe(false);
    expect(acceptsBallots('open')).toBe(true);
    expect(nextState('open', 'close')).toBe('closed');
    expect(acceptsBallots('closed')).toBe(false);
  });

  it('hides the result until the vote is closed', () => {
    expect(VOTE_STATES.filter(resultsVisible)).toEqual(['closed', 'closed_with_runoff']);
  });

  it('takes no ballot and allows nothing more once closed', () => {
    expect(allowedActions('closed')).toEqual([]);
    expect(canTransition('closed', 'open')).toBe(false);
    expect(nextState('closed', 'open_runoff')).toBeNull();
  });
});

describe('calls a second round after a tie and opens it', () => {
  const tiedRound = flagRound(1, 2, { 'son-la': 6, 'hoa-binh': 5, 'phu-tho': 5 });

  it('closes the first round for a runoff, as its tally says', () => {
    expect(closingAction(tiedRound.next)).toBe('close_for_runoff');
    expect(nextState('open', closingAction(tiedRound.next))).toBe('closed_with_runoff');
  });

  it('opens round 2 and takes ballots again', () => {
    expect(nextState('closed_with_runoff', 'open_runoff')).toBe('open');
    expect(acceptsBallots('closed_with_runoff')).toBe(false);
  });

  it('keeps round 1 visible while round 2 is open, and hides round 2 until it closes', () => {
    expect(roundResultVisible('open', 1, 2)).toBe(true);
    expect(roundResultVisible('open', 2, 2)).toBe(false);
    expect(roundResultVisible('closed', 2, 2)).toBe(true);
  });

  it('closes a decided round for good', () => {
    const decided = flagRound(2, 1, { 'hoa-binh': 6, 'phu-tho': 2 });
    expect(closingAction(decided.next)).toBe('close');
  });
});

describe('cancels only a vote not yet opened', () => {
  it('cancels a draft', () => {
    expect(nextState('draft', 'cancel')).toBe('cancelled');
    expect(allowedActions('cancelled')).toEqual([]);
  });

  it('cancels any vote not yet over, with a reason once it has been opened, but not a closed one', () => {
    expect(VOTE_STATES.filter((state) => canTransition(state, 'cancel'))).toEqual(['draft', 'open', 'closed_with_runoff']);
    expect(VOTE_STATES.filter(cancellingNeedsReason)).toEqual(['open', 'closed_with_runoff']);
    expect(VOTE_STATES.filter(isSettled)).toEqual(['closed', 'cancelled']);
  });
});

describe('has one transition per state and action', () => {
  it('lists each pair once', () => {
    const pairs = VOTE_WORKFLOW.transitions.map((t) => `${t.from}:${t.action}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});
