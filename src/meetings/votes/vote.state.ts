import { VOTE_STATE_NAMES } from '../meetings.messages.js';
import { TransitionTable } from '../../platform/workflow/transition-table.js';
import type { NextStep } from './vote-next-step.rules.js';

export const VOTE_STATES = ['draft', 'open', 'closed', 'closed_with_runoff', 'cancelled'] as const;
export type VoteState = (typeof VOTE_STATES)[number];

export const VOTE_ACTIONS = ['open', 'close', 'close_for_runoff', 'open_runoff', 'cancel'] as const;
export type VoteAction = (typeof VOTE_ACTIONS)[number];

/**
 * The whole life of a vote. A round ends with `close`, or with `close_for_runoff` when its tally calls for a further
 * round among the tied or short candidates; `open_runoff` then opens that round. A vote not yet over can always be
 * cancelled: once opened, with a reason, its ballots discarded and the cancellation kept for the minutes.
 */
export const VOTE_WORKFLOW = new TransitionTable<VoteState, VoteAction>(
  [
    { from: 'draft', action: 'open', to: 'open' },
    { from: 'draft', action: 'cancel', to: 'cancelled' },
    { from: 'open', action: 'close', to: 'closed' },
    { from: 'open', action: 'close_for_runoff', to: 'closed_with_runoff' },
    { from: 'open', action: 'cancel', to: 'cancelled' },
    { from: 'closed_with_runoff', action: 'open_runoff', to: 'open' },
    { from: 'closed_with_runoff', action: 'cancel', to: 'cancelled' },
  ],
  VOTE_STATE_NAMES,
);

/** How a round is closed, from what its tally says comes next. */
export function closingAction(next: NextStep): VoteAction {
  return next.kind === 'runoff' ? 'close_for_runoff' : 'close';
}

/** Ballots (electronic or paper totals) are taken only while a round is open, that is while it can be closed. */
export function acceptsBallots(state: VoteState): boolean {
  return VOTE_WORKFLOW.can(state, 'close');
}

/** Codes are printed while ballots are taken or a round is about to open. */
export function takesBallotCodes(state: VoteState): boolean {
  return acceptsBallots(state) || VOTE_WORKFLOW.can(state, 'open') || VOTE_WORKFLOW.can(state, 'open_runoff');
}

/** The vote is over, its last round counted: its outcome (and resolution) stands. */
export function isDecided(state: VoteState): boolean {
  return VOTE_WORKFLOW.transitions.some((t) => t.to === state && t.action === 'close');
}

/** A vote that has been opened holds ballots or a count: cancelling it needs a reason, kept for the minutes. */
export function cancellingNeedsReason(state: VoteState): boolean {
  return VOTE_WORKFLOW.can(state, 'cancel') && !VOTE_WORKFLOW.can(state, 'open');
}

/** The vote is over, closed or cancelled: nothing is left to do with it. */
export function isSettled(state: VoteState): boolean {
  return VOTE_WORKFLOW.allowedActions(state).length === 0;
}

/** The current round's result stays hidden until that round is closed (the states a round's close leads to). */
export function resultsVisible(state: VoteState): boolean {
  return VOTE_WORKFLOW.transitions.some((t) => t.to === state && (t.action === 'close' || t.action === 'close_for_runoff'));
}

/** A finished round's result stays visible while a later round is open; the open round's does not. */
export function roundResultVisible(state: VoteState, round: number, currentRound: number): boolean {
  return round < currentRound || (round === currentRound && resultsVisible(state));
}

/** Votes still under way (set up, open, or between rounds): what they propose may yet become the record. */
export const UNSETTLED_VOTE_STATES: readonly VoteState[] = VOTE_STATES.filter((state) => !isSettled(state));
