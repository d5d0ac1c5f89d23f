import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { castBallots, type Conference, givenCluster3Conference, givenOpenVote } from '../helpers/meeting-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('cancels an open vote with a reason, discarding its ballots and keeping the cancellation for the minutes', () => {
  let t: TestApp;
  let conference: Conference;
  let voteId: string;
  const cancel = () => conference.secretariat.post(`/api/v1/votes/${voteId}/cancel`);
  const rowsOf = async (table: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE vote_id = $1`, [voteId]))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    conference = await givenCluster3Conference(t);
    const { units } = conference.c3;
    voteId = await givenOpenVote(conference, { subject: 'flag_proposal', title: 'Suy tôn đơn vị dẫn đầu năm 2023', method: 'electronic' });
    await castBallots(conference, voteId, [
      ['sonLa', { choices: [units.sonLa, units.hoaBinh] }],
      ['dienBien', { choices: [units.sonLa] }],
      ['laiChau', { choices: [units.hoaBinh] }],
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('offers cancel while the vote is open', async () => {
    const open = await conference.secretariat.get(`/api/v1/votes/${voteId}`).expect(200);
    expect(open.body).toMatchObject({ state: 'open', allowedActions: ['close', 'close_for_runoff', 'cancel'], cancellation: null });
  });

  it('asks for the reason first, changing nothing', async () => {
    const refused = await cancel().send({});
    expect([refused.status, refused.body.code]).toEqual([422, 'VOTE.CANCELLATION_REASON_MISSING']);
    expect(refused.body.errors).toEqual([{ field: 'reason', message: 'Phải ghi lý do huỷ cuộc biểu quyết.' }]);
    expect(await rowsOf('ballot_voters')).toBe(3);
  });

  it('cancels it, discards its three ballots and records who cancelled it, when and why', async () => {
    const reason = 'Danh sách ứng viên thiếu đơn vị; biểu quyết lại sau khi bổ sung.';
    const cancelled = await cancel().send({ reason }).expect(200);
    expect(cancelled.body).toMatchObject({
      state: 'cancelled',
      stateLabel: 'Đã huỷ',
      allowedActions: [],
      cancellation: { reason, by: { username: 'sonLa.canbo' } },
    });
    expect(await rowsOf('ballot_voters')).toBe(0);
    expect(await rowsOf('ballot_box')).toBe(0);
    expect(await rowsOf('ballot_keys')).toBe(0);
    const audit = await t.staff.get('/api/v1/audit').query({ entityType: 'vote', action: 'vote.cancel' }).expect(200);
    expect(audit.body.items[0].changes).toMatchObject({
      before: { state: 'open' },
      after: { state: 'cancelled', reason, ballotsDiscarded: 3 },
    });
  });

  it('takes no more ballots, shows no result, and lets the minutes be finalized', async () => {
    const ballot = await conference.officers.laoCai.post(`/api/v1/votes/${voteId}/ballots`).send({ choices: [] });
    expect([ballot.status, ballot.body.code]).toEqual([409, 'BALLOT.VOTE_NOT_OPEN']);
    await conference.secretariat.get(`/api/v1/votes/${voteId}/result`).expect(409);
    const meeting = `/api/v1/meetings/${conference.meetingId}`;
    const { version } = (await conference.secretariat.get(meeting).expect(200)).body;
    const signed = await conference.secretariat
      .patch(meeting)
      .send({ presiding: 'Chủ tịch LHH Sơn La', secretary: 'Chánh Văn phòng LHH Sơn La', version })
      .expect(200);
    await conference.secretariat.post(`${meeting}/finalize`).send({ version: signed.body.version }).expect(200);
  });
});
