import type { FieldError } from '../../platform/errors/domain-error.js';
import { MEETING_STATE_NAMES, MEETINGS_MESSAGES as M } from '../meetings.messages.js';
import { TransitionTable } from '../../platform/workflow/transition-table.js';

export const MEETING_STATES = ['draft', 'finalized'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

export const MEETING_ACTIONS = ['edit', 'finalize', 'amend'] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

/** A draft is edited freely; a finalized meeting (its minutes signed) is locked and changes only by amendment. */
export const MEETING_WORKFLOW = new TransitionTable<MeetingState, MeetingAction>(
  [
    { from: 'draft', action: 'edit', to: 'draft' },
    { from: 'draft', action: 'finalize', to: 'finalized' },
    { from: 'finalized', action: 'amend', to: 'finalized' },
  ],
  MEETING_STATE_NAMES,
);

/** Votes are set up and held only while the minutes are a draft. */
export function holdsVotes(state: MeetingState): boolean {
  return MEETING_WORKFLOW.can(state, 'edit');
}

export type MeetingChangeKind = Extract<MeetingAction, 'edit' | 'amend'>;

/** How a change to a meeting must be made: a plain edit while it is a draft, a recorded amendment once finalized. */
export function changeKind(state: MeetingState): MeetingChangeKind {
  return MEETING_WORKFLOW.can(state, 'edit') ? 'edit' : 'amend';
}

/** One field an amendment changes, with the value before and after (plain JSON data). */
export interface AmendedField {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** A correction to a finalized meeting: who, when, what and why. It is kept and shown beside the meeting. */
export interface MeetingAmendment {
  readonly amendedBy: string;
  readonly amendedAt: Date;
  readonly changes: readonly AmendedField[];
  readonly reason: string;
}

/** Why an amendment cannot be recorded on a meeting in `state`; an empty list means it can. */
export function checkAmendment(state: MeetingState, amendment: MeetingAmendment): FieldError[] {
  if (!MEETING_WORKFLOW.can(state, 'amend')) {
    return [{ field: 'state', message: M.amendingADraft }];
  }
  const found: FieldError[] = [];
  if (amendment.amendedBy.trim() === '') {
    found.push({ field: 'amendedBy', message: M.amendedByMissing });
  }
  if (Number.isNaN(amendment.amendedAt.getTime())) {
    found.push({ field: 'amendedAt', message: M.amendedAtInvalid });
  }
  if (amendment.reason.trim() === '') {
    found.push({ field: 'reason', message: M.amendmentReasonMissing });
  }
  if (amendment.changes.length === 0) {
    found.push({ field: 'changes', message: M.amendmentChangesNothing });
  }
  amendment.changes.forEach((change, i) => {
    if (change.field.trim() === '') {
      found.push({ field: `changes[${i}].field`, message: M.amendedFieldMissing });
    } else if (JSON.stringify(change.before) === JSON.stringify(change.after)) {
      found.push({ field: `changes[${i}].after`, message: M.amendmentSameValue });
    }
  });
  return found;
}
