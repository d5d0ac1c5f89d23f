import type { FieldError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';
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
  {
    draft: text('Dự thảo', 'Draft'),
    finalized: text('Đã hoàn tất', 'Finalized'),
  },
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

function violation(field: string, vi: string, en: string): FieldError {
  return { field, message: text(vi, en) };
}

/** Why an amendment cannot be recorded on a meeting in `state`; an empty list means it can. */
export function checkAmendment(state: MeetingState, amendment: MeetingAmendment): FieldError[] {
  if (!MEETING_WORKFLOW.can(state, 'amend')) {
    return [
      violation(
        'state',
        'Biên bản còn ở dạng dự thảo: sửa trực tiếp, không cần lập bản sửa đổi.',
        'The meeting is still a draft: edit it directly, no amendment is needed.',
      ),
    ];
  }
  const found: FieldError[] = [];
  if (amendment.amendedBy.trim() === '') {
    found.push(violation('amendedBy', 'Phải ghi người sửa đổi.', 'Say who makes the amendment.'));
  }
  if (Number.isNaN(amendment.amendedAt.getTime())) {
    found.push(violation('amendedAt', 'Thời điểm sửa đổi không hợp lệ.', 'The time of the amendment is not a valid date.'));
  }
  if (amendment.reason.trim() === '') {
    found.push(violation('reason', 'Phải nêu lý do sửa đổi.', 'Give the reason for the amendment.'));
  }
  if (amendment.changes.length === 0) {
    found.push(violation('changes', 'Bản sửa đổi phải có ít nhất một nội dung thay đổi.', 'An amendment must change something.'));
  }
  amendment.changes.forEach((change, i) => {
    if (change.field.trim() === '') {
      found.push(violation(`changes[${i}].field`, 'Phải ghi nội dung được sửa.', 'Say which field is changed.'));
    } else if (JSON.stringify(change.before) === JSON.stringify(change.after)) {
      found.push(violation(`changes[${i}].after`, 'Giá trị mới trùng với giá trị cũ.', 'The new value is the same as the old one.'));
    }
  });
  return found;
}
