import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { castBallots, type Conference, givenCluster3Conference, givenOpenVote } from '../helpers/meeting-factories.js';
import type { Cluster3Unit } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const EVERYONE: Cluster3Unit[] = ['sonLa', 'dienBien', 'laiChau', 'laoCai', 'yenBai', 'vinhPhuc', 'phuTho', 'hoaBinh'];

describe('refuses, when it is set up or opened, a vote whose resolution would contradict the record', () => {
  let t: TestApp;
  let conference: Conference;
  const votes = () => `/api/v1/meetings/${conference.meetingId}/votes`;
  const flag = (title: string, extra: object = {}) => ({ subject: 'flag_proposal', title, method: 'electronic', ...extra });
  const everyoneChooses = (voteId: string, choices: string[]) =>
    castBallots(
      conference,
      voteId,
      EVERYONE.map((unit) => [unit, { choices }]),
    );

  beforeAll(async () => {
    t = await startTestApp();
    conference = await givenCluster3Conference(t);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('a second flag vote at the same conference', () => {
    let first: string;
    let second: string;

    it('lets two flag votes open while neither has proposed anyone', async () => {
      const { sonLa, hoaBinh } = conference.c3.units;
      first = await givenOpenVote(conference, flag('Suy tôn đơn vị dẫn đầu năm 2023'));
      second = await givenOpenVote(conference, flag('Suy tôn đơn vị dẫn đầu năm 2023 (lần 2)'));
      await everyoneChooses(first, [sonLa, hoaBinh]);
      await everyoneChooses(second, [sonLa, hoaBinh]);
      await conference.secretariat.post(`/api/v1/votes/${first}/close`).expect(200);
    });

    it('does not close the other once its winner is already proposed: it stays open, says why, and can be cancelled', async () => {
      const refused = await conference.secretariat.post(`/api/v1/votes/${second}/close`);
      expect([refused.status, refused.body.code]).toEqual([409, 'VOTE.RESOLUTION_CONFLICT']);
      expect(refused.body.title).toMatch(/^Không thể kết thúc cuộc biểu quyết vì nghị quyết không ghi được: Đơn vị đã được cụm đề nghị/);
      expect(refused.body.title).toContain(
        'Cuộc biểu quyết vẫn đang mở, các phiếu đã bỏ được giữ nguyên; hãy huỷ cuộc biểu quyết (ghi lý do)',
      );
      const still = await conference.secretariat.get(`/api/v1/votes/${second}`).expect(200);
      expect(still.body).toMatchObject({
        state: 'open',
        allowedActions: ['close', 'close_for_runoff', 'cancel'],
        rounds: [{ ballotsCast: 8 }],
      });
      await conference.secretariat
        .post(`/api/v1/votes/${second}/cancel`)
        .send({ reason: 'Trùng với biểu quyết suy tôn đã thông qua.' })
        .expect(200);
    });

    it('refuses a third flag vote at setup: the quota is used up, and the units named were proposed already', async () => {
      const full = await conference.secretariat.post(votes()).send(flag('Suy tôn bổ sung'));
      expect([full.status, full.body.code]).toEqual([422, 'VOTE.INVALID']);
      expect(full.body.errors).toEqual([
        {
          field: 'quota',
          message: 'Cụm đã đề nghị đủ chỉ tiêu năm 2023 (LHH Hòa Bình, LHH Sơn La); không còn vị trí để suy tôn.',
        },
      ]);
      const named = await conference.secretariat
        .post(votes())
        .send(flag('Suy tôn bổ sung', { candidateIds: [conference.c3.units.hoaBinh] }));
      expect(named.body.errors).toContainEqual({
        field: 'candidateIds[0]',
        message: 'LHH Hòa Bình đã được cụm đề nghị năm 2023 tại biểu quyết "Suy tôn đơn vị dẫn đầu năm 2023"; không đề nghị lần thứ hai.',
      });
    });
  });

  describe('the vice-chair and the chair of 2024', () => {
    it('leaves the unit the rotation will make chair off a vice-chair ballot, and refuses it when it is named', async () => {
      const { sonLa, laoCai } = conference.c3.units;
      // 2023's vice-chair is Lào Cai: under "the vice-chair succeeds", the rotation makes Lào Cai chair in 2024.
      await t.staff
        .put(`/api/v1/clusters/${conference.c3.cluster}/terms/2023`)
        .send({ chairId: sonLa, viceChairId: laoCai, decidedBy: 'rotation', version: 1 })
        .expect(200);
      const election = await conference.secretariat
        .post(votes())
        .send({ subject: 'vice_chair_election', title: 'Bầu Cụm phó năm 2024', method: 'electronic' })
        .expect(201);
      expect(election.body.candidates.map((u: { id: string }) => u.id)).not.toContain(laoCai);
      await conference.secretariat.post(`/api/v1/votes/${election.body.id}/cancel`).send({}).expect(200);
      const named = await conference.secretariat
        .post(votes())
        .send({ subject: 'vice_chair_election', title: 'Bầu Cụm phó năm 2024', method: 'electronic', candidateIds: [laoCai] });
      expect([named.status, named.body.errors]).toEqual([
        422,
        [{ field: 'candidateIds[0]', message: 'LHH Lào Cai theo luân phiên sẽ là Cụm trưởng năm 2024; không thể đồng thời là Cụm phó.' }],
      ]);
    });

    it('refuses at opening a vice-chair election whose candidate a chair handover set up since proposes as chair', async () => {
      const { yenBai, phuTho } = conference.c3.units;
      const election = await conference.secretariat
        .post(votes())
        .send({ subject: 'vice_chair_election', title: 'Bầu Cụm phó năm 2024', method: 'electronic', candidateIds: [yenBai, phuTho] })
        .expect(201);
      const handover = await conference.secretariat
        .post(votes())
        .send({ subject: 'chair_handover', title: 'Chuyển trao Cụm trưởng năm 2024', method: 'electronic', proposedOrganizationId: phuTho })
        .expect(201);
      const refused = await conference.secretariat.post(`/api/v1/votes/${election.body.id}/open`);
      expect([refused.status, refused.body.code]).toEqual([409, 'VOTE.CONFLICTS_WITH_RECORD']);
      expect(refused.body.errors).toEqual([
        {
          field: 'candidateIds[1]',
          message: 'LHH Phú Thọ được đề nghị chuyển trao nhiệm vụ Cụm trưởng năm 2024; không thể đồng thời là Cụm phó.',
        },
      ]);
      expect((await conference.secretariat.get(`/api/v1/votes/${election.body.id}`).expect(200)).body.state).toBe('draft');
      await conference.secretariat.post(`/api/v1/votes/${handover.body.id}/cancel`).send({}).expect(200);
      await conference.secretariat.post(`/api/v1/votes/${election.body.id}/cancel`).send({}).expect(200);
    });

    it('refuses a handover of the chair to the vice-chair just elected, before any ballot is cast', async () => {
      const { yenBai } = conference.c3.units;
      const election = await givenOpenVote(conference, {
        subject: 'vice_chair_election',
        title: 'Bầu Cụm phó năm 2024',
        method: 'electronic',
        candidateIds: [yenBai],
      });
      await everyoneChooses(election, [yenBai]);
      await conference.secretariat.post(`/api/v1/votes/${election}/close`).expect(200);
      const handover = await conference.secretariat.post(votes()).send({
        subject: 'chair_handover',
        title: 'Chuyển trao Cụm trưởng năm 2024',
        method: 'electronic',
        proposedOrganizationId: yenBai,
      });
      expect([handover.status, handover.body.errors]).toEqual([
        422,
        [
          {
            field: 'proposedOrganizationId',
            message: 'LHH Yên Bái đã được bầu làm Cụm phó năm 2024; không thể đồng thời là Cụm trưởng. Hãy đề nghị đơn vị khác.',
          },
        ],
      ]);
    });
  });
});
