import { describe, expect, it } from '@jest/globals';
import { changeKind, checkAmendment, MEETING_WORKFLOW, type MeetingAmendment } from './meeting.state.js';

const correction: MeetingAmendment = {
  amendedBy: 'secretary-son-la',
  amendedAt: new Date('2023-11-29T09:00:00+07:00'),
  changes: [{ field: 'attendance[3].position', before: 'Phó Chủ tịch', after: 'Chủ tịch' }],
  reason: 'Ghi nhầm chức vụ của đại biểu Lào Cai.',
};

describe('edits the minutes of the conference freely while they are a draft', () => {
  it('treats a change as an edit', () => {
    expect(changeKind('draft')).toBe('edit');
    expect(MEETING_WORKFLOW.next('draft', 'edit')).toBe('draft');
  });

  it('needs no amendment for a draft', () => {
    expect(checkAmendment('draft', correction).map((v) => v.field)).toEqual(['state']);
  });
});

describe('locks the minutes once finalized: corrections only as recorded amendments', () => {
  it('finalizes a draft', () => {
    expect(MEETING_WORKFLOW.next('draft', 'finalize')).toBe('finalized');
  });

  it('refuses an edit of a finalized meeting and asks for an amendment', () => {
    expect(MEETING_WORKFLOW.next('finalized', 'edit')).toBeNull();
    expect(changeKind('finalized')).toBe('amend');
    expect(MEETING_WORKFLOW.next('finalized', 'amend')).toBe('finalized');
    expect(MEETING_WORKFLOW.next('finalized', 'finalize')).toBeNull();
  });

  it('records an amendment that says who, when, what and why', () => {
    expect(checkAmendment('finalized', correction)).toEqual([]);
  });

  it('refuses an amendment without a reason, an author or a change', () => {
    const found = checkAmendment('finalized', { ...correction, amendedBy: ' ', reason: '  ', changes: [] });
    expect(found.map((v) => v.field)).toEqual(['amendedBy', 'reason', 'changes']);
    expect(found[1].message).toEqual({ vi: 'Phải nêu lý do sửa đổi.', en: 'Give the reason for the amendment.' });
  });

  it('refuses a change that changes nothing, or names no field', () => {
    const found = checkAmendment('finalized', {
      ...correction,
      amendedAt: new Date('not a date'),
      changes: [
        { field: 'title', before: 'Hội nghị tổng kết', after: 'Hội nghị tổng kết' },
        { field: '', before: null, after: 'x' },
      ],
    });
    expect(found.map((v) => v.field)).toEqual(['amendedAt', 'changes[0].after', 'changes[1].field']);
  });
});
