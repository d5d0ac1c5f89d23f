import { describe, expect, it } from '@jest/globals';
import { assembleClusterYear, pickConference, vietnamTime } from './cluster-year.rules.js';
import { cluster3Facts, conference2023, UNITS } from './cluster-year.spec-support.js';

describe('vietnamTime', () => {
  it('gives the date and time in Vietnam, whatever the zone the instant was written in', () => {
    expect(vietnamTime(new Date('2023-11-27T01:00:00Z'))).toEqual({ date: '2023-11-27', time: '08:00' });
    expect(vietnamTime(new Date('2023-11-26T17:30:00Z'))).toEqual({ date: '2023-11-27', time: '00:30' });
  });
});

describe('pickConference', () => {
  const meeting = (id: string, kind: string, state: string, startsAt: string) =>
    ({ id, kind, state, startsAt: new Date(startsAt) }) as Parameters<typeof pickConference>[0][number] & { id: string };

  it('takes the finalized year-end conference, else the latest one, and never another kind of meeting', () => {
    const launch = meeting('launch', 'launch_and_pact', 'finalized', '2023-03-01T08:00:00Z');
    const early = meeting('early', 'year_end_summary', 'finalized', '2023-11-20T08:00:00Z');
    const late = meeting('late', 'year_end_summary', 'draft', '2023-12-01T08:00:00Z');
    expect(pickConference([launch, early, late])?.id).toBe('early');
    expect(pickConference([launch, { ...early, state: 'draft' }, late])?.id).toBe('late');
    expect(pickConference([launch])).toBeNull();
  });
});

describe('assembleClusterYear', () => {
  it('tells the conference of 27/11/2023 in Sơn La with its attendance, votes and resolutions', () => {
    const report = assembleClusterYear(cluster3Facts());
    expect(report.issuer).toEqual({ name: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La', place: 'Sơn La' });
    expect(report.chair).toBe(UNITS.sonLa);
    expect(report.conference).toMatchObject({
      starts: { date: '2023-11-27', time: '08:00' },
      ends: { date: '2023-11-27', time: '11:30' },
      place: 'Thành phố Sơn La, tỉnh Sơn La',
      host: UNITS.sonLa,
      attendance: { memberCount: 8, presentCount: 8, votingCount: 8 },
    });
    const [flag, vice, chair] = report.conference?.votes ?? [];
    expect(flag.rounds[0].candidates.map((c) => [c.unit?.shortName, c.votes, c.percent, c.status])).toEqual([
      ['LHH Sơn La', 7, 87.5, 'chosen'],
      ['LHH Hòa Bình', 6, 75, 'chosen'],
      ['LHH Phú Thọ', 1, 12.5, 'below_threshold'],
    ]);
    expect(vice.rounds[0].chosen).toEqual([UNITS.yenBai]);
    expect(chair.rounds[0].answers?.yes).toEqual({ votes: 8, share: { numerator: 8, denominator: 8 }, percent: 100 });
    expect(report.conference?.resolutions.map((r) => r.voteId)).toEqual(['vote-flag', 'vote-vice', 'vote-chair']);
  });

  it('gives the outcome for next year with the count each choice rests on', () => {
    const report = assembleClusterYear(cluster3Facts());
    expect(report.outcome).toEqual({
      viceChairElection: { unit: UNITS.yenBai, adopted: true, count: { votes: 6, share: { numerator: 6, denominator: 8 }, percent: 75 } },
      chairHandover: { unit: UNITS.laoCai, adopted: true, count: { votes: 8, share: { numerator: 8, denominator: 8 }, percent: 100 } },
    });
    expect(report.nextYear).toEqual({
      year: 2024,
      chair: UNITS.laoCai,
      viceChair: UNITS.yenBai,
      decidedBy: 'election',
      decidedAtConference: true,
    });
  });

  it('lists what is not recorded instead of inventing it', () => {
    const report = assembleClusterYear(cluster3Facts());
    expect(report.missing.map((m) => m.key)).toEqual([
      'vice_chair',
      'supervisor',
      'presiding',
      'secretary',
      'minutes',
      'award_decision:unit-sonLa',
      'award_decision:unit-hoaBinh',
      'issuance:symbol',
      'issuance:signer',
      'issuance:regulation',
      'issuance:summary-report',
      'issuance:minutes',
      'issuance:flag-proposal',
      'section:situation',
      'section:achievements',
      'section:assessment',
      'section:direction',
      'section:recommendations',
    ]);
    expect(report.missing.find((m) => m.key === 'award_decision:unit-hoaBinh')?.text).toBe(
      'Chưa ghi nhận quyết định tặng Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam năm 2023 cho LHH Hòa Bình.',
    );
  });

  it('says so when no conference is recorded, and does not fail', () => {
    const report = assembleClusterYear(cluster3Facts({ meetings: [], conference: null, flagProposals: [], nextTerm: null }));
    expect(report.conference).toBeNull();
    expect(report.outcome).toEqual({ viceChairElection: null, chairHandover: null });
    expect(report.missing.map((m) => m.text)).toEqual(
      expect.arrayContaining([
        'Chưa ghi nhận hội nghị nào của Cụm năm 2023.',
        'Chưa ghi nhận hội nghị tổng kết năm 2023.',
        'Chưa ghi nhận đơn vị được suy tôn đề nghị tặng Cờ thi đua năm 2023.',
        'Chưa ghi nhận Cụm trưởng, Cụm phó năm 2024.',
      ]),
    );
  });

  it('keeps an open vote secret: no round, and the vote listed as not yet counted', () => {
    const conference = conference2023();
    conference.votes[0] = { ...conference.votes[0], state: 'open', rounds: [] };
    const report = assembleClusterYear(cluster3Facts({ conference }));
    expect(report.conference?.votes[0].rounds).toEqual([]);
    expect(report.missing).toContainEqual({
      key: 'vote:vote-flag',
      text: 'Chưa kết thúc bỏ phiếu "Suy tôn Cờ thi đua năm 2023": kết quả chưa được công bố.',
    });
  });

  it('issues in the cluster name, without a place, when the year has no chair recorded', () => {
    const report = assembleClusterYear(cluster3Facts({ term: null }));
    expect(report.issuer).toEqual({ name: 'Cụm thi đua số 3', place: null });
    expect(report.missing[0]).toEqual({ key: 'term', text: 'Chưa ghi nhận Cụm trưởng, Cụm phó năm 2023.' });
  });

  it('groups nominations by award with each state named, and reads the secretariat sections', () => {
    const report = assembleClusterYear(
      cluster3Facts({
        nominations: [
          { awardTypeCode: 'LHHVN_BANG_KHEN', awardName: 'Bằng khen', state: 'draft', count: 2 },
          { awardTypeCode: 'LHHVN_BANG_KHEN', awardName: 'Bằng khen', state: 'submitted', count: 1 },
        ],
        sections: {
          situation: null,
          achievements: 'Tổ chức tư vấn, phản biện.',
          assessment: null,
          direction: null,
          recommendations: null,
          version: 3,
          updatedAt: new Date('2023-12-01T00:00:00Z'),
          updatedBy: 'sonla.canbo',
        },
      }),
    );
    expect(report.nominations).toEqual({
      total: 3,
      byAwardType: [
        {
          awardTypeCode: 'LHHVN_BANG_KHEN',
          awardName: 'Bằng khen',
          total: 3,
          byState: [
            { state: 'draft', stateName: 'Bản nháp', count: 2 },
            { state: 'submitted', stateName: 'Đã nộp', count: 1 },
          ],
        },
      ],
    });
    expect(report.sections).toMatchObject({
      texts: { achievements: 'Tổ chức tư vấn, phản biện.', situation: null },
      version: 3,
      updatedBy: 'sonla.canbo',
    });
    expect(report.missing.map((m) => m.key)).not.toContain('section:achievements');
  });
});
