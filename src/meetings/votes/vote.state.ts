import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import type { NextStep } from './vote.rules.js';

export const VOTE_STATES = ['draft', 'open', 'closed', 'closed_with_runoff', 'cancelled'] as const;
export type VoteState = (typeof VOTE_STATES)[number];

export const VOTE_ACTIONS = ['open', 'close', 'close_for_runoff', 'open_runoff', 'cancel'] as const;
export type VoteAction = (typeof VOTE_ACTIONS)[number];

export interface VoteTransition {
  readonly from: VoteState;
  readonly action: VoteAction;
  readonly to: VoteState;
}

/**
 * The whole life of a vote. A round ends with `close`, or with `close_for_runoff` when its tally calls for a further
 * round among the tied or short candidates; `open_runoff` then opens that round. Only a vote not yet opened is cancelled.
 */
export const VOTE_TRANSITIONS: readonly VoteTransition[] = [
  { from: 'draft', action: 'open', to: 'open' },
  { from: 'draft', action: 'cancel', to: 'cancelled' },
  { from: 'open', action: 'close', to: 'closed' },
  { from: 'open', action: 'close_for_runoff', to: 'closed_with_runoff' },
  { from: 'closed_with_runoff', action: 'open_runoff', to: 'open' },
];

export const VOTE_STATE_LABELS: Readonly<Record<VoteState, LocalizedText>> = {
  draft: text('Dự thảo', 'Draft'),
  open: text('Đang bỏ phiếu', 'Open'),
  closed: text('Đã kết thúc', 'Closed'),
  closed_with_runoff: text('Chờ bỏ phiếu vòng tiếp theo', 'Awaiting the next round'),
  cancelled: text('Đã huỷ', 'Cancelled'),
};

/** The state `action` leads to from `state`, or null when the table does not allow it. */
export function nextState(state: VoteState, action: VoteAction): VoteState | null {
  return VOTE_TRANSITIONS.find((t) => t.from === state && t.action === action)?.to ?? null;
}

export function canTransition(state: VoteState, action: VoteAction): boolean {
  return nextState(state, action) !== null;
}

export function allowedActions(state: VoteState): VoteAction[] {
  return VOTE_TRANSITIONS.filter((t) => t.from === state).map((t) => t.action);
}

/** How a round is closed, from what its tally says comes next. */
export function closingAction(next: NextStep): VoteAction {
  return next.kind === 'runoff' ? 'close_for_runoff' : 'close';
}

/** Ballots (electronic or paper totals) are taken only while a round is open. */
export function acceptsBallots(state: VoteState): boolean {
  return state === 'open';
}

/** The current round's result stays hidden until that round is closed. */
export function resultsVisible(state: VoteState): boolean {
  return state === 'closed' || state === 'closed_with_runoff';
}

/** A finished round's result stays visible while a later round is open; the open round's does not. */
export function roundResultVisible(state: VoteState, round: number, currentRound: number): boolean {
  return round < currentRound || (round === currentRound && resultsVisible(state));
}
