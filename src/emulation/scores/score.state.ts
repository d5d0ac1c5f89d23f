import { SCORING_STATE_NAMES } from '../emulation.messages.js';
import { TransitionTable } from '../../platform/workflow/transition-table.js';

export const SCORE_TABLE_STATES = ['open', 'published', 'fixed'] as const;
export type ScoreTableState = (typeof SCORE_TABLE_STATES)[number];

export const SCORE_TABLE_ACTIONS = ['self_score', 'cross_score', 'pair', 'publish', 'agree', 'fix'] as const;
export type ScoreTableAction = (typeof SCORE_TABLE_ACTIONS)[number];

/**
 * member: the officers of a member unit, for their own unit; secretariat: the year's chair unit and national staff;
 * cross_scorer: the officers of a unit the secretariat paired with another to check its self-scores (chấm chéo).
 */
export const SCORE_TABLE_ROLES = ['member', 'secretariat', 'cross_scorer'] as const;
export type ScoreTableRole = (typeof SCORE_TABLE_ROLES)[number];

/**
 * Bảng điểm of a cluster-year. While open, each member self-scores (tự chấm) and sees only its own column; the
 * secretariat may already check (chấm chéo / thẩm định). Publishing (công bố) locks the self-scores and shows the
 * table to every member; the secretariat goes on adjusting, and at the summary meeting enters the agreed scores
 * (điểm thống nhất). Fixing the table (chốt) locks it: its ranking is what the flag vote rests on.
 */
export const SCORE_TABLE_WORKFLOW = new TransitionTable<ScoreTableState, ScoreTableAction, ScoreTableRole>(
  [
    { from: 'open', action: 'self_score', to: 'open', roles: ['member'] },
    { from: 'open', action: 'cross_score', to: 'open', roles: ['secretariat', 'cross_scorer'] },
    { from: 'open', action: 'pair', to: 'open', roles: ['secretariat'] },
    { from: 'open', action: 'publish', to: 'published', roles: ['secretariat'] },
    { from: 'published', action: 'cross_score', to: 'published', roles: ['secretariat', 'cross_scorer'] },
    { from: 'published', action: 'agree', to: 'published', roles: ['secretariat'] },
    { from: 'published', action: 'fix', to: 'fixed', roles: ['secretariat'] },
  ],
  SCORING_STATE_NAMES,
);

/** Whether every member may see every unit's scores in this state (not only its own). */
export function isPublic(state: ScoreTableState): boolean {
  return !SCORE_TABLE_WORKFLOW.can(state, 'self_score');
}

/** Whether the table's ranking is final (the ranking the flag vote's default candidates come from). */
export function isFixed(state: ScoreTableState): boolean {
  return SCORE_TABLE_WORKFLOW.allowedActions(state).length === 0;
}
