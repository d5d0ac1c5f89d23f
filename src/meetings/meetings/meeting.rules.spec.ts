import { describe, expect, it } from '@jest/globals';
import {
  attendanceOf,
  type DelegateInput,
  type MeetingContent,
  meetingContentProblems,
  parseMeetingTime,
  type UnitsOfYear,
} from './meeting.rules.js';

const conference: MeetingContent = {
  title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023',
  startsAt: '2023-11-27T08:00:00+07:00',
  endsAt: '2023-11-27T11:30:00+07:00',
  place: 'Sơn La',
  hostOrganizationId: 'son-la',
  presiding: null,
  secretary: null,
  agenda: [],
  minutes: null,
  delegates: [],
  guests: [],
  speakers: [],
};

const cluster3In2023: UnitsOfYear = {
  year: 2023,
  memberIds: new Set(['son-la', 'lao-cai', 'hoa-binh']),
  names: new Map([
    ['son-la', 'LHH Sơn La'],
    ['lao-cai', 'LHH Lào Cai'],
    ['hoa-binh', 'LHH Hòa Bình'],
    ['quang-ngai', 'LHH Quảng Ngãi'],
  ]),
};

const delegate = (organizationId: string, fullName: string, votesForUnit: boolean, present = true): DelegateInput => ({
  organizationId,
  fullName,
  position: null,
  present,
  votesForUnit,
});

describe('reads the time of a meeting only with its offset', () => {
  it('reads the 27/11/2023 conference at 8:00 in Vietnam as 1:00 UTC', () => {
    expect(parseMeetingTime('2023-11-27T08:00:00+07:00')?.toISOString()).toBe('2023-11-27T01:00:00.000Z');
    expect(parseMeetingTime('2023-11-27T01:00Z')?.toISOString()).toBe('2023-11-27T01:00:00.000Z');
    expect(parseMeetingTime('2023-11-27T08:00:00.5-02:30')?.toISOString()).toBe('2023-11-27T10:30:00.500Z');
  });

  it('refuses a time without an offset, a day that does not exist and other text', () => {
    for (const text of ['2023-11-27T08:00:00', '2023-11-27', '27/11/2023 08:00', '2023-02-29T08:00+07:00', '2023-11-27T24:00+07:00', '']) {
      expect(parseMeetingTime(text)).toBeNull();
    }
    expect(parseMeetingTime('2024-02-29T08:00+07:00')).not.toBeNull();
  });
});

describe('checks what a change of a meeting says', () => {
  it('accepts the conference hosted by Sơn La with one voting delegate per unit', () => {
    const next = {
      ...conference,
      delegates: [delegate('son-la', 'A', true), delegate('son-la', 'B', false), delegate('lao-cai', 'C', true)],
    };
    expect(meetingContentProblems(next, new Set(['startsAt', 'endsAt', 'hostOrganizationId', 'delegates']), cluster3In2023)).toEqual([]);
  });

  it('refuses an end before the start, naming the field that changed', () => {
    const next = { ...conference, startsAt: '2023-11-27T12:00:00+07:00' };
    const problems = meetingContentProblems(next, new Set(['startsAt']), cluster3In2023);
    expect(problems.map((p) => [p.field, p.message.vi])).toEqual([['startsAt', 'Thời điểm kết thúc không được trước thời điểm bắt đầu.']]);
  });

  it('says how a malformed time must look', () => {
    const problems = meetingContentProblems({ ...conference, endsAt: '27/11/2023' }, new Set(['endsAt']), cluster3In2023);
    expect(problems).toEqual([
      { field: 'endsAt', message: expect.objectContaining({ vi: 'Phải là ngày giờ kèm múi giờ, ví dụ 2023-11-27T08:00:00+07:00.' }) },
    ]);
  });

  it('names a host or a delegate unit that is not a member that year, or that does not exist', () => {
    const next = {
      ...conference,
      hostOrganizationId: 'quang-ngai',
      delegates: [delegate('son-la', 'A', true), delegate('nowhere', 'B', true)],
    };
    const problems = meetingContentProblems(next, new Set(['hostOrganizationId', 'delegates']), cluster3In2023);
    expect(problems.map((p) => [p.field, p.message.vi])).toEqual([
      ['hostOrganizationId', 'LHH Quảng Ngãi không phải thành viên của cụm trong năm 2023.'],
      ['delegates.1.organizationId', 'Không có đơn vị nào mang mã định danh nowhere.'],
    ]);
  });

  it('refuses a second voting delegate for a unit', () => {
    const next = { ...conference, delegates: [delegate('hoa-binh', 'Nguyễn Văn A', true), delegate('hoa-binh', 'Trần Thị B', true)] };
    const problems = meetingContentProblems(next, new Set(['delegates']), cluster3In2023);
    expect(problems.map((p) => [p.field, p.message.vi])).toEqual([
      ['delegates.1.votesForUnit', 'LHH Hòa Bình đã có đại biểu biểu quyết (Nguyễn Văn A); mỗi đơn vị chỉ có một người biểu quyết.'],
    ]);
  });

  it('checks only what changes, so that a title can be fixed whatever the stored delegates say', () => {
    const stored = { ...conference, hostOrganizationId: 'quang-ngai', delegates: [delegate('quang-ngai', 'X', true)] };
    expect(meetingContentProblems({ ...stored, title: 'Hội nghị tổng kết' }, new Set(['title']), cluster3In2023)).toEqual([]);
  });
});

describe('counts who came and who votes', () => {
  const members = [{ id: 'son-la' }, { id: 'lao-cai' }, { id: 'hoa-binh' }];

  it('counts a unit present when one of its delegates is, and voting when its voting delegate is', () => {
    const attendance = attendanceOf(members, [
      delegate('son-la', 'A', true),
      delegate('lao-cai', 'B', true, false),
      delegate('lao-cai', 'C', false),
      delegate('hoa-binh', 'D', false, false),
      delegate('quang-ngai', 'E', true),
    ]);
    expect(attendance).toMatchObject({ memberCount: 3, presentCount: 2, votingCount: 1 });
    expect(attendance.units.map((u) => [u.unit.id, u.present, u.voting, u.delegatesPresent])).toEqual([
      ['son-la', true, true, 1],
      ['lao-cai', true, false, 1],
      ['hoa-binh', false, false, 0],
    ]);
  });

  it('has nobody present before attendance is recorded', () => {
    expect(attendanceOf(members, [])).toMatchObject({ memberCount: 3, presentCount: 0, votingCount: 0 });
  });
});
