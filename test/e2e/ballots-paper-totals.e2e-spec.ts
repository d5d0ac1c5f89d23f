import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Conference, givenCluster3Conference, givenOpenVote } from '../helpers/meeting-factories.js';
import { contentOf } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const COMMITTEE = ['Nguyễn Văn Kiểm', 'Trần Thị Phiếu', 'Lò Văn Đếm'];

describe('the counting committee enters the paper totals, and inconsistent totals are refused', () => {
  let t: TestApp;
  let conference: Conference;
  let voteId: string;
  const totals = () => `/api/v1/votes/${voteId}/paper-totals`;

  beforeAll(async () => {
    t = await startTestApp();
    conference = await givenCluster3Conference(t);
    voteId = await givenOpenVote(conference, {
      subject: 'flag_proposal',
      title: 'Suy tôn Cờ thi đua năm 2023 (phiếu giấy)',
      method: 'paper',
      countingCommittee: COMMITTEE,
    });
  });
  afterAll(async () => {
    await t.close();
  });

  /** Every candidate's votes, 0 unless given. */
  function votes(given: Record<string, number>) {
    return Object.values(conference.c3.units).map((candidateId) => ({ candidateId, votes: given[candidateId] ?? 0 }));
  }

  it('will not close a paper round before its totals are entered', async () => {
    const refused = await conference.secretariat.post(`/api/v1/votes/${voteId}/close`).expect(409);
    expect(refused.body).toMatchObject({ code: 'VOTE.PAPER_TOTALS_MISSING' });
  });

  it('refuses inconsistent totals with 422, naming every violation, and saves nothing', async () => {
    const { sonLa, hoaBinh } = conference.c3.units;
    const before = await contentOf(t.dataSource, 'vote_rounds', 'votes', 'audit_events');
    const response = await conference.secretariat
      .put(totals())
      .send({
        countingCommittee: COMMITTEE,
        ballotsIssued: 9,
        ballotsCollected: 8,
        ballotsValid: 7,
        ballotsInvalid: 2,
        votes: [
          { candidateId: sonLa, votes: 8 },
          { candidateId: hoaBinh, votes: 6 },
          { candidateId: '00000000-0000-4000-8000-000000000000', votes: 1 },
        ],
      })
      .expect(422);
    expect(response.body).toMatchObject({
      code: 'BALLOT.INCONSISTENT_PAPER_TOTALS',
      title: 'Kết quả kiểm phiếu không khớp; chưa có gì được lưu. Xem chi tiết từng trường.',
    });
    expect(response.body.errors).toEqual([
      { field: 'ballotsIssued', message: 'Số phiếu phát ra (9) không được lớn hơn số đại biểu có mặt được bỏ phiếu (8).' },
      { field: 'ballotsValid', message: 'Số phiếu hợp lệ (7) cộng số phiếu không hợp lệ (2) phải bằng số phiếu thu vào (8).' },
      { field: 'votes[0].votes', message: 'Số phiếu của ứng viên (8) không được lớn hơn số phiếu hợp lệ (7).' },
      { field: 'votes[2].candidateId', message: 'Không phải ứng viên của cuộc biểu quyết này.' },
      { field: 'votes', message: 'Thiếu số phiếu của 6 ứng viên.' },
      {
        field: 'votes',
        message:
          'Tổng số phiếu bầu cho các ứng viên (15) vượt quá số phiếu hợp lệ nhân số ứng viên được chọn tối đa trên một phiếu (7 × 2 = 14): có phiếu chọn quá 2 ứng viên.',
      },
    ]);
    const english = await conference.secretariat
      .put(totals())
      .set('accept-language', 'en')
      .send({
        countingCommittee: COMMITTEE,
        ballotsIssued: 8,
        ballotsCollected: 8,
        ballotsValid: 8,
        ballotsInvalid: 0,
        votes: votes({ [sonLa]: 9 }),
      })
      .expect(422);
    expect(english.body.errors).toEqual([
      { field: 'votes[0].votes', message: "The candidate's votes (9) cannot exceed the valid ballots (8)." },
    ]);
    await conference.secretariat
      .put(totals())
      .send({ countingCommittee: [], ballotsIssued: -1, ballotsCollected: 'tám', ballotsValid: 8, ballotsInvalid: 0, votes: votes({}) })
      .expect(400);
    expect(await contentOf(t.dataSource, 'vote_rounds', 'votes', 'audit_events')).toEqual(before);
  });

  it('lets only the secretariat enter them', async () => {
    const denied = await conference.officers.hoaBinh
      .put(totals())
      .send({ countingCommittee: COMMITTEE, ballotsIssued: 8, ballotsCollected: 8, ballotsValid: 8, ballotsInvalid: 0, votes: votes({}) })
      .expect(403);
    expect(denied.body.code).toBe('ACCESS.NOT_CLUSTER_SECRETARIAT');
  });

  it('counts consistent totals: Sơn La 7 and Hòa Bình 6 of 8, one ballot spoiled', async () => {
    const { sonLa, hoaBinh, phuTho } = conference.c3.units;
    await conference.secretariat
      .put(totals())
      .send({
        countingCommittee: COMMITTEE,
        ballotsIssued: 8,
        ballotsCollected: 8,
        ballotsValid: 7,
        ballotsInvalid: 1,
        votes: votes({ [hoaBinh]: 6, [sonLa]: 7, [phuTho]: 1 }),
      })
      .expect(200);
    await conference.officers.dienBien.get(`/api/v1/votes/${voteId}/result`).expect(409);
    await conference.secretariat.post(`/api/v1/votes/${voteId}/close`).expect(200);
    const result = await conference.officers.dienBien.get(`/api/v1/votes/${voteId}/result`).expect(200);
    const [round] = result.body.rounds;
    expect(round).toMatchObject({
      ballotsValid: 7,
      ballotsInvalid: 1,
      paper: { ballotsIssued: 8, ballotsCollected: 8, countingCommittee: COMMITTEE },
    });
    expect(round.chosen.map((u: { shortName: string }) => u.shortName)).toEqual(['LHH Sơn La', 'LHH Hòa Bình']);
    expect(round.candidates.find((c: { unit: { id: string } }) => c.unit.id === sonLa)).toMatchObject({ votes: 7, percent: 87.5 });
  });

  it('checks a yes / no count too: yes, no and abstentions must add up to the valid ballots', async () => {
    const question = await givenOpenVote(conference, { subject: 'question', title: 'Thông qua biên bản', method: 'paper' });
    const refused = await conference.secretariat
      .put(`/api/v1/votes/${question}/paper-totals`)
      .send({
        countingCommittee: COMMITTEE,
        ballotsIssued: 8,
        ballotsCollected: 8,
        ballotsValid: 8,
        ballotsInvalid: 0,
        answers: { yes: 6, no: 1, abstain: 0 },
      })
      .expect(422);
    expect(refused.body.errors).toEqual([
      { field: 'answers', message: 'Số phiếu tán thành, không tán thành và không biểu quyết cộng lại (7) phải bằng số phiếu hợp lệ (8).' },
    ]);
    const electronic = await givenOpenVote(conference, { subject: 'question', title: 'Biểu quyết điện tử', method: 'electronic' });
    const wrong = await conference.secretariat
      .put(`/api/v1/votes/${electronic}/paper-totals`)
      .send({
        countingCommittee: COMMITTEE,
        ballotsIssued: 0,
        ballotsCollected: 0,
        ballotsValid: 0,
        ballotsInvalid: 0,
        answers: { yes: 0, no: 0, abstain: 0 },
      })
      .expect(409);
    expect(wrong.body.code).toBe('BALLOT.WRONG_METHOD');
  });
});
