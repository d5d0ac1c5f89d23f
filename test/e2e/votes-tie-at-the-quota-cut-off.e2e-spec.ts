import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { castBallots, type Conference, givenCluster3Conference, givenOpenVote } from '../helpers/meeting-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const names = (units: { shortName: string }[]) => units.map((u) => u.shortName);

describe('a tie at the flag quota cut-off is reported unresolved and settled by a second round among the tied', () => {
  let t: TestApp;
  let conference: Conference;
  let voteId: string;
  const vote = () => `/api/v1/votes/${voteId}`;

  beforeAll(async () => {
    t = await startTestApp();
    conference = await givenCluster3Conference(t);
    voteId = await givenOpenVote(conference, { subject: 'flag_proposal', title: 'Suy tôn Cờ thi đua năm 2023', method: 'electronic' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('chooses Sơn La with 6 votes and leaves Hòa Bình and Phú Thọ, 5 each, unresolved for the last place', async () => {
    const { sonLa: SL, hoaBinh: HB, phuTho: PT } = conference.c3.units;
    await castBallots(conference, voteId, [
      ['sonLa', { choices: [SL, HB] }],
      ['dienBien', { choices: [SL, HB] }],
      ['laiChau', { choices: [SL, HB] }],
      ['laoCai', { choices: [SL, PT] }],
      ['yenBai', { choices: [SL, PT] }],
      ['vinhPhuc', { choices: [SL, PT] }],
      ['phuTho', { choices: [HB, PT] }],
      ['hoaBinh', { choices: [HB, PT] }],
    ]);
    const closed = await conference.secretariat.post(`${vote()}/close`).expect(200);
    expect(closed.body).toMatchObject({
      state: 'closed_with_runoff',
      stateLabel: 'Chờ bỏ phiếu vòng tiếp theo',
      allowedActions: ['open_runoff', 'cancel'],
    });

    const result = await conference.officers.dienBien.get(`${vote()}/result`).expect(200);
    const [round] = result.body.rounds;
    expect(names(round.chosen)).toEqual(['LHH Sơn La']);
    const tied = round.candidates.filter((c: { status: string }) => c.status === 'tied');
    expect(
      tied.map((c: { unit: { shortName: string }; votes: number; rank: number; passed: boolean }) => [
        c.unit.shortName,
        c.votes,
        c.rank,
        c.passed,
      ]),
    ).toEqual([
      ['LHH Hòa Bình', 5, 2, false],
      ['LHH Phú Thọ', 5, 2, false],
    ]);
    expect(tied[0].reasons[1]).toEqual({
      code: 'TIED_AT_CUT_OFF',
      text: 'Bằng phiếu tại vị trí cuối của chỉ tiêu: 2 đơn vị cùng 5 phiếu cho 1 vị trí còn lại; chưa phân định.',
    });
    expect(round.next).toMatchObject({
      kind: 'runoff',
      round: 2,
      cause: 'tie',
      places: 1,
      text: 'Bỏ phiếu vòng 2 chỉ giữa 2 ứng viên bằng phiếu, cho 1 vị trí còn lại.',
    });
    expect(names(round.next.candidates).sort()).toEqual(['LHH Hòa Bình', 'LHH Phú Thọ']);
    expect(result.body.outcome).toBeNull();
    const resolutions = await t.dataSource.query(`SELECT 1 FROM meeting_resolutions WHERE vote_id = $1`, [voteId]);
    expect(resolutions).toEqual([]);
  });

  it('takes no ballot between the rounds', async () => {
    const refused = await conference.officers.laoCai
      .post(`${vote()}/ballots`)
      .send({ choices: [conference.c3.units.hoaBinh] })
      .expect(409);
    expect(refused.body.code).toBe('BALLOT.VOTE_NOT_OPEN');
  });

  it('holds round 2 only among the tied, for the one place left, showing round 1 meanwhile', async () => {
    const opened = await conference.secretariat.post(`${vote()}/next-round`).expect(200);
    expect(opened.body).toMatchObject({ state: 'open', currentRound: 2 });
    expect(opened.body.rounds[1]).toMatchObject({ round: 2, places: 1, electorCount: 8, ballotsCast: 0 });
    expect(names(opened.body.rounds[1].candidates).sort()).toEqual(['LHH Hòa Bình', 'LHH Phú Thọ']);
    const meanwhile = await conference.officers.dienBien.get(`${vote()}/result`).expect(200);
    expect(meanwhile.body.rounds.map((r: { round: number }) => r.round)).toEqual([1]);

    const offBallot = await conference.officers.dienBien
      .post(`${vote()}/ballots`)
      .send({ choices: [conference.c3.units.sonLa] })
      .expect(422);
    expect(offBallot.body.errors).toEqual([{ field: 'choices[0]', message: 'Không phải ứng viên của cuộc biểu quyết này.' }]);
    const twoNames = await conference.officers.dienBien
      .post(`${vote()}/ballots`)
      .send({ choices: [conference.c3.units.hoaBinh, conference.c3.units.phuTho] })
      .expect(422);
    expect(twoNames.body.errors[0].message).toBe('Mỗi phiếu chọn tối đa 1 ứng viên; phiếu này chọn 2.');
  });

  it('proposes Hòa Bình after round 2, with Sơn La from round 1', async () => {
    const { hoaBinh: HB, phuTho: PT } = conference.c3.units;
    await castBallots(conference, voteId, [
      ['sonLa', { choices: [HB] }],
      ['dienBien', { choices: [HB] }],
      ['laiChau', { choices: [HB] }],
      ['laoCai', { choices: [PT] }],
      ['yenBai', { choices: [HB] }],
      ['vinhPhuc', { choices: [PT] }],
      ['phuTho', { choices: [PT] }],
      ['hoaBinh', { choices: [HB] }],
    ]);
    await conference.secretariat.post(`${vote()}/close`).expect(200);
    const result = await conference.officers.dienBien.get(`${vote()}/result`).expect(200);
    expect(result.body.rounds).toHaveLength(2);
    expect(names(result.body.rounds[1].chosen)).toEqual(['LHH Hòa Bình']);
    expect(names(result.body.outcome.chosen)).toEqual(['LHH Sơn La', 'LHH Hòa Bình']);

    const proposals = await conference.officers.dienBien.get(`/api/v1/flag-proposals?meetingId=${conference.meetingId}`).expect(200);
    expect(
      proposals.body.items.map((p: { unit: { shortName: string }; round: number; votes: number }) => [p.unit.shortName, p.round, p.votes]),
    ).toEqual([
      ['LHH Sơn La', 1, 6],
      ['LHH Hòa Bình', 2, 5],
    ]);
  });
});
