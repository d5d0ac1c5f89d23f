import { describe, expect, it } from '@jest/globals';
import { ballotsOf, memberRows } from './council-vote.form.js';

describe('the council vote form', () => {
  const roll = ['a', 'b', 'c'];

  it('turns present members into ballots at the meeting, written opinions into written ballots, and leaves the absent out', () => {
    const rows = memberRows(roll, {
      attendance_a: 'present',
      choice_a: 'for',
      attendance_b: 'written_opinion',
      choice_b: 'against',
      attendance_c: 'absent',
      choice_c: 'for',
    });
    expect(ballotsOf(rows)).toEqual({
      ballots: [
        { memberId: 'a', choice: 'for', recordedAs: 'at_meeting' },
        { memberId: 'b', choice: 'against', recordedAs: 'written_opinion' },
      ],
    });
  });

  it('asks for the attendance of every member and the choice of every member who took part', () => {
    const rows = memberRows(roll, {
      attendance_a: 'present',
      attendance_b: 'here',
      choice_b: 'for',
      attendance_c: 'absent',
    });
    const outcome = ballotsOf(rows);
    expect('errors' in outcome && outcome.errors.map((e) => [e.field, e.message.vi])).toEqual([
      ['choice_a', 'Chọn ý kiến biểu quyết của thành viên này.'],
      ['attendance_b', 'Chọn thành viên này có mặt, vắng có ý kiến bằng văn bản, hay vắng.'],
    ]);
  });
});
