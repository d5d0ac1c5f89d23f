import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  castBallots,
  cluster3Delegates,
  conference2023,
  type Conference,
  givenCluster3Conference,
  givenMeeting,
  givenOpenVote,
} from '../helpers/meeting-factories.js';
import { contentOf } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const VOTE_TABLES = ['votes', 'vote_rounds', 'ballot_box', 'ballot_keys', 'ballot_voters', 'meeting_resolutions', 'cluster_terms'];
const names = (units: { shortName: string }[]) => units.map((u) => u.shortName);

describe('a vote without quorum, and votes whose candidates fall short of the threshold', () => {
  let t: TestApp;
  let conference: Conference;

  beforeAll(async () => {
    t = await startTestApp();
    conference = await givenCluster3Conference(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses to open a vote with only 5 of the 8 unions voting, and changes nothing', async () => {
    const { units } = conference.c3;
    const delegates = cluster3Delegates(conference.c3).map((d) => {
      if (d.organizationId === units.vinhPhuc) return { ...d, votesForUnit: false };
      if (d.organizationId === units.phuTho) return { ...d, present: false };
      return d;
    });
    const meetingId = await givenMeeting(
      conference.secretariat,
      {
        ...conference2023(conference.c3),
        kind: 'extraordinary',
        title: 'Họp bất thường',
        startsAt: '2023-12-05T08:00:00+07:00',
        endsAt: null,
      },
      delegates.filter((d) => d.organizationId !== units.hoaBinh),
    );
    const created = await conference.secretariat
      .post(`/api/v1/meetings/${meetingId}/votes`)
      .send({ subject: 'question', title: 'Thông qua kế hoạch năm 2024', method: 'electronic' })
      .expect(201);
    const before = await contentOf(t.dataSource, ...VOTE_TABLES);
    const refused = await conference.secretariat.post(`/api/v1/votes/${created.body.id}/open`).expect(422);
    expect(refused.body).toMatchObject({
      code: 'VOTE.QUORUM_NOT_MET',
      title: 'Không đủ số lượng đại biểu: 5/8 đơn vị thành viên có mặt (62,5%), yêu cầu ít nhất 2/3; kết quả biểu quyết không có giá trị.',
    });
    const english = await conference.secretariat.post(`/api/v1/votes/${created.body.id}/open`).set('accept-language', 'en').expect(422);
    expect(english.body.title).toBe(
      'Quorum not met: 5 of 8 member units present (62.5%); at least 2/3 required, so the vote has no effect.',
    );
    expect(await contentOf(t.dataSource, ...VOTE_TABLES)).toEqual(before);
    const read = await conference.officers.dienBien.get(`/api/v1/votes/${created.body.id}`).expect(200);
    expect(read.body).toMatchObject({ state: 'draft', rounds: [] });
  });

  describe('a flag vote where only Sơn La passes', () => {
    let voteId: string;
    const vote = () => `/api/v1/votes/${voteId}`;

    beforeAll(async () => {
      voteId = await givenOpenVote(conference, { subject: 'flag_proposal', title: 'Suy tôn Cờ thi đua năm 2023', method: 'electronic' });
    });

    it('chooses Sơn La and calls a second round for the last place: 4 of 8 is not more than half', async () => {
      const { sonLa: SL, hoaBinh: HB, phuTho: PT } = conference.c3.units;
      await castBallots(conference, voteId, [
        ['sonLa', { choices: [SL, HB] }],
        ['dienBien', { choices: [SL, HB] }],
        ['laiChau', { choices: [SL, PT] }],
        ['laoCai', { choices: [SL, PT] }],
        ['yenBai', { choices: [SL] }],
        ['vinhPhuc', { choices: [HB] }],
        ['phuTho', { choices: [HB, PT] }],
        ['hoaBinh', { choices: [PT] }],
      ]);
      await conference.secretariat.post(`${vote()}/close`).expect(200);
      const result = await conference.officers.dienBien.get(`${vote()}/result`).expect(200);
      const [round] = result.body.rounds;
      expect(names(round.chosen)).toEqual(['LHH Sơn La']);
      const hoaBinh = round.candidates.find((c: { unit: { shortName: string } }) => c.unit.shortName === 'LHH Hòa Bình');
      expect(hoaBinh).toMatchObject({ votes: 4, percent: 50, status: 'below_threshold', passed: false });
      expect(hoaBinh.reasons).toEqual([
        {
          code: 'THRESHOLD_NOT_MET',
          text: 'Không đạt ngưỡng: 4/8 phiếu (50%) so với tổng số đơn vị thành viên; yêu cầu trên 1/2, tức ít nhất 5 phiếu.',
        },
      ]);
      expect(round.next).toMatchObject({ kind: 'runoff', round: 2, cause: 'short', places: 1 });
      expect(round.next.candidates).toHaveLength(7);
    });

    it('leaves the last place to the chair and vice-chair when round 2 chooses no one either', async () => {
      const { hoaBinh: HB, phuTho: PT } = conference.c3.units;
      await conference.secretariat.post(`${vote()}/next-round`).expect(200);
      await castBallots(conference, voteId, [
        ['sonLa', { choices: [HB] }],
        ['dienBien', { choices: [HB] }],
        ['laiChau', { choices: [PT] }],
        ['laoCai', { choices: [PT] }],
        ['yenBai', { choices: [HB] }],
        ['vinhPhuc', { choices: [PT] }],
        ['phuTho', { choices: [PT] }],
        ['hoaBinh', { choices: [HB] }],
      ]);
      const closed = await conference.secretariat.post(`${vote()}/close`).expect(200);
      expect(closed.body.state).toBe('closed');
      const result = await conference.officers.dienBien.get(`${vote()}/result`).expect(200);
      expect(result.body.outcome.next).toMatchObject({ kind: 'fallback', fallback: 'chair_and_vice_chair_decide', places: 1 });
      expect(result.body.outcome.next.text).toBe(
        'Đã hết 2 vòng bỏ phiếu: Cụm trưởng và Cụm phó quyết định 1 vị trí còn lại trong số 7 ứng viên chưa đạt ngưỡng; biên bản ghi rõ là do Cụm trưởng và Cụm phó quyết định.',
      );
      const [resolution] = (
        await conference.officers.dienBien.get(`/api/v1/meetings/${conference.meetingId}/resolutions?subject=flag_proposal`).expect(200)
      ).body.items;
      expect(resolution).toMatchObject({
        status: 'awaiting_fallback',
        adopted: true,
        summary:
          'Hội nghị suy tôn, đề nghị tặng Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam cho LHH Sơn La. Vị trí còn lại do Cụm trưởng và Cụm phó quyết định.',
        fallback: { places: 1, decided: null, recordedBy: null },
      });
      expect(names(resolution.flagProposals.map((p: { unit: object }) => p.unit))).toEqual(['LHH Sơn La']);
    });

    it('refuses a decision from outside the secretariat, or for more places than are left', async () => {
      const { hoaBinh: HB, phuTho: PT } = conference.c3.units;
      const before = await contentOf(t.dataSource, 'meeting_resolutions', 'flag_proposals');
      const outsider = await conference.officers.laoCai
        .post(`${vote()}/fallback-decision`)
        .send({ organizationIds: [HB] })
        .expect(403);
      expect(outsider.body.code).toBe('ACCESS.NOT_CLUSTER_SECRETARIAT');
      const tooMany = await conference.secretariat
        .post(`${vote()}/fallback-decision`)
        .send({ organizationIds: [HB, PT] })
        .expect(422);
      expect(tooMany.body.errors).toEqual([{ field: 'organizationIds', message: 'Chỉ còn 1 vị trí để quyết định; đã chọn 2.' }]);
      const notLeft = await conference.secretariat
        .post(`${vote()}/fallback-decision`)
        .send({ organizationIds: [conference.c3.units.sonLa] })
        .expect(422);
      expect(notLeft.body.errors[0].field).toBe('organizationIds[0]');
      expect(await contentOf(t.dataSource, 'meeting_resolutions', 'flag_proposals')).toEqual(before);
    });

    it("records Hòa Bình as the chair and vice-chair's decision, with who recorded it", async () => {
      const decided = await conference.secretariat
        .post(`${vote()}/fallback-decision`)
        .send({ organizationIds: [conference.c3.units.hoaBinh], note: 'Cụm trưởng Sơn La quyết định theo quy chế.' })
        .expect(200);
      expect(decided.body).toMatchObject({
        status: 'applied',
        summary:
          'Hội nghị suy tôn, đề nghị tặng Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam cho LHH Sơn La và LHH Hòa Bình.',
        fallback: {
          places: 1,
          chair: { shortName: 'LHH Sơn La' },
          viceChair: null,
          recordedBy: { username: 'sonLa.canbo' },
          note: 'Cụm trưởng Sơn La quyết định theo quy chế.',
        },
      });
      expect(names(decided.body.fallback.decided)).toEqual(['LHH Hòa Bình']);
      expect(
        decided.body.flagProposals.map((p: { unit: { shortName: string }; decidedBy: string; round: number; votes: number }) => [
          p.unit.shortName,
          p.decidedBy,
          p.round,
          p.votes,
        ]),
      ).toEqual([
        ['LHH Sơn La', 'vote', 1, 5],
        ['LHH Hòa Bình', 'chair_and_vice_chair', 2, 4],
      ]);
      const again = await conference.secretariat.post(`${vote()}/fallback-decision`).send({ organizationIds: [] }).expect(409);
      expect(again.body.code).toBe('RESOLUTION.NO_FALLBACK_PENDING');
    });
  });

  it('rejects a question with 4 yes, 1 no and 3 abstentions: 4 of 8 members is not more than half', async () => {
    const voteId = await givenOpenVote(conference, {
      subject: 'question',
      title: 'Thông qua quy chế hoạt động của Cụm',
      question: 'Tán thành quy chế hoạt động của Cụm năm 2024?',
      method: 'electronic',
    });
    await castBallots(conference, voteId, [
      ['sonLa', { answer: 'yes' }],
      ['dienBien', { answer: 'yes' }],
      ['laiChau', { answer: 'yes' }],
      ['laoCai', { answer: 'yes' }],
      ['yenBai', { answer: 'no' }],
      ['vinhPhuc', { answer: 'abstain' }],
      ['phuTho', { answer: 'abstain' }],
      ['hoaBinh', { answer: 'abstain' }],
    ]);
    await conference.secretariat.post(`/api/v1/votes/${voteId}/close`).expect(200);
    const result = await conference.officers.dienBien.get(`/api/v1/votes/${voteId}/result`).expect(200);
    expect(result.body.rounds[0].answers).toMatchObject({ yes: { votes: 4 }, no: { votes: 1 }, abstain: { votes: 3 }, passed: false });
    expect(result.body.rounds[0].answers.reasons.map((r: { code: string }) => r.code)).toEqual(['THRESHOLD_NOT_MET', 'REJECTED']);
    const resolutions = await conference.officers.dienBien
      .get(`/api/v1/meetings/${conference.meetingId}/resolutions?subject=question`)
      .expect(200);
    expect(resolutions.body.items).toMatchObject([
      { adopted: false, status: 'recorded', summary: 'Hội nghị không thông qua: Thông qua quy chế hoạt động của Cụm.' },
    ]);
  });
});
