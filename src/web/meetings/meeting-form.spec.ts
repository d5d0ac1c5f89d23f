import { describe, expect, it } from '@jest/globals';
import {
  attendanceName,
  formFieldOf,
  meetingChanges,
  meetingFormFromBody,
  meetingFormFromMeeting,
  newMeetingForm,
} from './meeting-form.js';

const sonLa = { id: 'u-son-la', code: 'LHH-SON-LA', fullName: 'Liên hiệp các Hội KH&KT tỉnh Sơn La', shortName: 'LHH Sơn La' };
const laiChau = { id: 'u-lai-chau', code: 'LHH-LAI-CHAU', fullName: 'Liên hiệp các Hội KH&KT tỉnh Lai Châu', shortName: 'LHH Lai Châu' };
const members = [laiChau, sonLa];

describe('the one form that records a meeting', () => {
  it('reads what the clerk typed: details, the attendance of every member, the guests, the speakers in order', () => {
    const values = meetingFormFromBody(
      {
        kind: 'year_end_summary',
        title: ' Hội nghị tổng kết ',
        date: '2023-11-27',
        startTime: '08:00',
        endTime: '11:30',
        place: 'Thành phố Sơn La',
        hostOrganizationId: sonLa.id,
        agenda: 'Báo cáo tổng kết\r\n\r\n Bình xét, suy tôn ',
        [attendanceName(sonLa.id, 'present')]: 'on',
        [attendanceName(sonLa.id, 'votes')]: 'on',
        [attendanceName(sonLa.id, 'fullName')]: '',
        [attendanceName(laiChau.id, 'fullName')]: 'Nguyễn Văn A',
        'guests.0.agency': 'Ban Tuyên giáo Tỉnh ủy Sơn La',
        'guests.0.fullName': '',
        'guests.0.position': 'Đại diện lãnh đạo',
        'guests.1.agency': '',
        'guests.1.fullName': '',
        'guests.1.position': '',
        'guests.2.agency': 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
        'speakers.0.body': '',
        'speakers.1.body': ' Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam ',
        'speakers.1.position': 'Đại diện lãnh đạo',
        'speakers.2.body': 'Ban Dân vận Tỉnh ủy Sơn La',
        'speakers.2.fullName': 'Nguyễn Văn B',
      },
      members,
    );
    const changes = meetingChanges(values);
    expect(changes.problems).toEqual([]);
    expect(changes.fields).toMatchObject({
      title: 'Hội nghị tổng kết',
      startsAt: '2023-11-27T08:00:00+07:00',
      endsAt: '2023-11-27T11:30:00+07:00',
      hostOrganizationId: sonLa.id,
      agenda: ['Báo cáo tổng kết', 'Bình xét, suy tôn'],
      presiding: null,
      minutes: null,
    });
    expect(changes.delegates).toEqual([
      { organizationId: laiChau.id, fullName: 'Nguyễn Văn A', position: null, present: false, votesForUnit: false },
      { organizationId: sonLa.id, fullName: null, position: null, present: true, votesForUnit: true },
    ]);
    expect(changes.guests.map((g) => g.agency)).toEqual([
      'Ban Tuyên giáo Tỉnh ủy Sơn La',
      'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
    ]);
    expect(formFieldOf('delegates.0.fullName', changes)).toBe(attendanceName(laiChau.id, 'fullName'));
    expect(formFieldOf('delegates.1.votesForUnit', changes)).toBe(attendanceName(sonLa.id, 'votes'));
    expect(formFieldOf('guests[1].agency', changes)).toBe('guests.1.agency');
    expect(changes.speakers).toEqual([
      { body: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', fullName: null, position: 'Đại diện lãnh đạo' },
      { body: 'Ban Dân vận Tỉnh ủy Sơn La', fullName: 'Nguyễn Văn B', position: null },
    ]);
    expect(formFieldOf('speakers[1].fullName', changes)).toBe('speakers.1.fullName');
    expect(formFieldOf('speakers.0', changes)).toBe('speakers.0.body');
    expect(formFieldOf('startsAt', changes)).toBe('startTime');
  });

  it('says when the date or a time is missing or malformed', () => {
    const values = { ...newMeetingForm(members, 2023, sonLa.id), date: '27/11/2023', startTime: '8h', endTime: '25:00' };
    expect(meetingChanges(values).problems.map((p) => p.field)).toEqual(['date', 'startTime', 'endTime']);
  });

  it('fills the form back from a recorded meeting, in Vietnam time', () => {
    const values = meetingFormFromMeeting(
      {
        kind: 'year_end_summary',
        title: 'Hội nghị tổng kết',
        startsAt: new Date('2023-11-27T01:00:00Z'),
        endsAt: new Date('2023-11-27T04:30:00Z'),
        place: 'Sơn La',
        host: { id: sonLa.id },
        presiding: null,
        secretary: null,
        agenda: ['Một', 'Hai'],
        minutes: null,
        delegates: [{ unit: { id: sonLa.id }, fullName: 'Trưởng đoàn', position: null, present: true, votesForUnit: true }],
        guests: [],
        speakers: [{ body: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', fullName: null, position: 'Đại diện lãnh đạo' }],
      },
      members,
    );
    expect(values).toMatchObject({ date: '2023-11-27', startTime: '08:00', endTime: '11:30', agenda: 'Một\nHai' });
    expect(values.attendance.map((row) => [row.unit.id, row.present, row.votes])).toEqual([
      [laiChau.id, false, false],
      [sonLa.id, true, true],
    ]);
    expect(values.guests).toHaveLength(3);
    expect(values.speakers).toEqual([
      { body: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', fullName: '', position: 'Đại diện lãnh đạo' },
      ...Array.from({ length: 3 }, () => ({ body: '', fullName: '', position: '' })),
    ]);
  });
});
