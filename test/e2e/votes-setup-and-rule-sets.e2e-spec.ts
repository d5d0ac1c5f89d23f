import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { castBallots, type Conference, givenCluster3Conference, givenOpenVote } from '../helpers/meeting-factories.js';
import { contentOf, givenProvincialUnion, UNKNOWN_ID } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const RULES = {
  quorum: { numerator: 3, denominator: 4, comparison: 'at_least' },
  threshold: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'members_present' },
  maxRounds: 1,
  fallback: 'places_left_empty',
};

describe('voting rules dated by VUSTA, and how a vote is set up', () => {
  let t: TestApp;
  let conference: Conference;
  const votes = () => `/api/v1/meetings/${conference.meetingId}/votes`;

  beforeAll(async () => {
    t = await startTestApp();
    conference = await givenCluster3Conference(t);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('vote rule sets', () => {
    it('are dated by national staff, not by unit officers', async () => {
      const body = { ownerId: conference.c3.vusta, effectiveFrom: '2023-01-01', ...RULES, legalBasis: 'Quyết định thử nghiệm số 1' };
      const denied = await conference.secretariat.post('/api/v1/vote-rule-sets').send(body).expect(403);
      expect(denied.body.code).toBe('ACCESS.FORBIDDEN');
      const created = await t.staff.post('/api/v1/vote-rule-sets').send(body).expect(201);
      expect(created.body).toMatchObject({ ownerId: conference.c3.vusta, effectiveFrom: '2023-01-01', effectiveTo: null, rules: RULES });
    });

    it('refuses rules that can never be met, with field errors, and saves nothing', async () => {
      const before = await contentOf(t.dataSource, 'vote_rule_sets');
      const refused = await t.staff
        .post('/api/v1/vote-rule-sets')
        .send({
          ownerId: conference.c3.vusta,
          effectiveFrom: '2030-01-01',
          effectiveTo: '2029-12-31',
          ...RULES,
          threshold: { ...RULES.threshold, numerator: 3, denominator: 2 },
          maxRounds: 0,
        })
        .expect(422);
      expect(refused.body.errors).toEqual([
        { field: 'threshold', message: 'Tỉ lệ này không bao giờ đạt được (vượt quá 100%).' },
        { field: 'maxRounds', message: 'Số vòng bỏ phiếu tối đa phải là số nguyên từ 1 trở lên.' },
        { field: 'effectiveTo', message: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.' },
      ]);
      await t.staff
        .post('/api/v1/vote-rule-sets')
        .send({ ownerId: UNKNOWN_ID, effectiveFrom: '2030-01-01', ...RULES })
        .expect(422);
      await t.staff
        .post('/api/v1/vote-rule-sets')
        .send({ ownerId: conference.c3.vusta, effectiveFrom: '01/01/2030', ...RULES })
        .expect(400);
      expect(await contentOf(t.dataSource, 'vote_rule_sets')).toEqual(before);
    });

    it('follow one another: a later set ends the open one the day before, and overlaps are refused', async () => {
      await t.staff
        .post('/api/v1/vote-rule-sets')
        .send({ ownerId: conference.c3.vusta, effectiveFrom: '2023-06-01', ...RULES, maxRounds: 2 })
        .expect(201);
      const overlap = await t.staff
        .post('/api/v1/vote-rule-sets')
        .send({ ownerId: conference.c3.vusta, effectiveFrom: '2023-03-01', effectiveTo: '2023-07-31', ...RULES })
        .expect(409);
      expect(overlap.body.code).toBe('VOTE_RULE_SET.OVERLAP');
      const list = await conference.officers.dienBien.get(`/api/v1/vote-rule-sets?ownerId=${conference.c3.vusta}`).expect(200);
      expect(list.body.items.map((s: { effectiveFrom: string; effectiveTo: string | null }) => [s.effectiveFrom, s.effectiveTo])).toEqual([
        ['2023-06-01', null],
        ['2023-01-01', '2023-05-31'],
      ]);
      const onTheDay = await conference.officers.dienBien.get('/api/v1/vote-rule-sets?on=2023-11-27').expect(200);
      expect(onTheDay.body).toMatchObject({ total: 1, items: [{ effectiveFrom: '2023-06-01' }] });
    });

    it('are copied into a vote, which keeps its copy when the rules change later', async () => {
      const created = await conference.secretariat
        .post(votes())
        .send({ subject: 'question', title: 'Câu hỏi 1', method: 'electronic' })
        .expect(201);
      expect(created.body).toMatchObject({ rules: { ...RULES, maxRounds: 2 } });
      expect(created.body.ruleSetId).toEqual(expect.any(String));
      expect(created.body.rulesBasis).toBe(
        'Quy tắc biểu quyết của đơn vị tổ chức thi đua áp dụng từ ngày 01/06/2023, có hiệu lực ngày 27/11/2023.',
      );
      await t.staff
        .post('/api/v1/vote-rule-sets')
        .send({
          ownerId: conference.c3.vusta,
          effectiveFrom: '2023-11-01',
          ...RULES,
          quorum: { numerator: 1, denominator: 1, comparison: 'at_least' },
        })
        .expect(201);
      const kept = await conference.officers.dienBien.get(`/api/v1/votes/${created.body.id}`).expect(200);
      expect(kept.body.rules).toEqual({ ...RULES, maxRounds: 2 });
      const later = await conference.secretariat
        .post(votes())
        .send({ subject: 'question', title: 'Câu hỏi 2', method: 'electronic' })
        .expect(201);
      expect(later.body.rules.quorum).toEqual({ numerator: 1, denominator: 1, comparison: 'at_least' });
    });

    it('decide the vote: a share of the members present, one round, and an empty place when no one passes', async () => {
      const { sonLa, hoaBinh } = conference.c3.units;
      const voteId = await givenOpenVote(conference, {
        subject: 'vice_chair_election',
        title: 'Bầu Cụm phó năm 2024',
        method: 'electronic',
        candidateIds: [sonLa, hoaBinh],
      });
      await castBallots(conference, voteId, [
        ['sonLa', { choices: [sonLa] }],
        ['dienBien', { choices: [sonLa] }],
        ['laiChau', { choices: [sonLa] }],
        ['laoCai', { choices: [sonLa] }],
        ['yenBai', { choices: [hoaBinh] }],
        ['vinhPhuc', { choices: [hoaBinh] }],
        ['phuTho', { choices: [hoaBinh] }],
        ['hoaBinh', { choices: [hoaBinh] }],
      ]);
      const closed = await conference.secretariat.post(`/api/v1/votes/${voteId}/close`).expect(200);
      expect(closed.body.state).toBe('closed');
      const result = await conference.officers.dienBien.get(`/api/v1/votes/${voteId}/result`).expect(200);
      expect(result.body.outcome.next).toMatchObject({ kind: 'fallback', fallback: 'places_left_empty' });
      expect(result.body.rounds[0].threshold).toMatchObject({ base: 'members_present', baseCount: 8, minimumVotes: 5 });
      const [resolution] = (
        await conference.officers.dienBien
          .get(`/api/v1/meetings/${conference.meetingId}/resolutions?subject=vice_chair_election`)
          .expect(200)
      ).body.items;
      expect(resolution).toMatchObject({
        adopted: false,
        status: 'recorded',
        fallback: null,
        summary: 'Hội nghị không chọn được đơn vị nào: Bầu Cụm phó năm 2024.',
      });
    });
  });

  describe('a vote', () => {
    it('refuses a bad request with 4xx and field errors, creating nothing', async () => {
      const outsider = await givenProvincialUnion(t.dataSource, 'LHH-QUANG-NGAI', 'Quảng Ngãi');
      const before = await contentOf(t.dataSource, 'votes', 'audit_events');
      const notMember = await conference.secretariat
        .post(votes())
        .send({ subject: 'flag_proposal', title: 'Suy tôn', method: 'electronic', candidateIds: [conference.c3.units.sonLa, outsider] })
        .expect(422);
      expect(notMember.body).toMatchObject({
        code: 'VOTE.INVALID',
        errors: [{ field: 'candidateIds[1]', message: 'Không phải thành viên của cụm năm 2023.' }],
      });
      const mixed = await conference.secretariat
        .post(votes())
        .send({ subject: 'question', title: 'Câu hỏi', method: 'electronic', candidateIds: [conference.c3.units.sonLa], quota: 2 })
        .expect(422);
      expect(mixed.body.errors.map((e: { field: string }) => e.field)).toEqual(['candidateIds', 'quota']);
      const noQuota = await conference.secretariat
        .post(votes())
        .send({ subject: 'flag_proposal', title: 'Suy tôn', method: 'electronic', awardTypeCode: 'LHHVN_BANG_KHEN' })
        .expect(422);
      expect(noQuota.body.errors[0].field).toBe('awardTypeCode');
      const invalid = await conference.secretariat
        .post(votes())
        .send({ subject: 'election', title: '  ', method: 'email', extra: true })
        .expect(400);
      expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['extra', 'method', 'subject', 'title']);
      await conference.secretariat
        .post(`/api/v1/meetings/${UNKNOWN_ID}/votes`)
        .send({ subject: 'question', title: 'x', method: 'paper' })
        .expect(404);
      await conference.secretariat.get('/api/v1/votes/not-a-uuid').expect(400);
      await conference.secretariat.get(`/api/v1/votes/${UNKNOWN_ID}`).expect(404);
      expect(await contentOf(t.dataSource, 'votes', 'audit_events')).toEqual(before);
    });

    it('lets the meeting set the flag quota itself, saying so', async () => {
      const created = await conference.secretariat
        .post(votes())
        .send({ subject: 'flag_proposal', title: 'Suy tôn', method: 'paper', quota: 3 })
        .expect(201);
      expect(created.body).toMatchObject({ quota: 3, quotaBasis: 'Chỉ tiêu do hội nghị quyết định: 3.' });
      const english = await conference.secretariat.get(`/api/v1/votes/${created.body.id}`).set('accept-language', 'en').expect(200);
      expect(english.body).toMatchObject({ quotaBasis: 'Quota set by the meeting: 3.', stateLabel: 'Draft' });
      const cancelled = await conference.secretariat.post(`/api/v1/votes/${created.body.id}/cancel`).expect(200);
      expect(cancelled.body).toMatchObject({ state: 'cancelled', allowedActions: [] });
      const listed = await conference.officers.dienBien.get(`${votes()}?state=cancelled`).expect(200);
      expect(listed.body).toMatchObject({ total: 1, items: [{ id: created.body.id }] });
    });

    it("proposes the rotation's next chair for a chair handover unless the meeting names one", async () => {
      const term = await t.staff.get(`/api/v1/clusters/${conference.c3.cluster}/terms/2023`).expect(200);
      await t.staff
        .put(`/api/v1/clusters/${conference.c3.cluster}/terms/2023`)
        .send({
          chairId: conference.c3.units.sonLa,
          viceChairId: conference.c3.units.laoCai,
          decidedBy: 'rotation',
          version: term.body.version,
        })
        .expect(200);
      const created = await conference.secretariat
        .post(votes())
        .send({ subject: 'chair_handover', title: 'Chuyển trao Cụm trưởng năm 2024', method: 'electronic' })
        .expect(201);
      expect(created.body.proposedOrganization).toMatchObject({ id: conference.c3.units.laoCai, shortName: 'LHH Lào Cai' });
    });
  });

  describe('resolutions in the other order: the chair handed over first, then the vice-chair elected', () => {
    it('creates the 2024 term with Lào Cai alone, then adds Yên Bái as vice-chair', async () => {
      const { laoCai, yenBai } = conference.c3.units;
      const everyone = ['sonLa', 'dienBien', 'laiChau', 'laoCai', 'yenBai', 'vinhPhuc', 'phuTho', 'hoaBinh'] as const;
      const handover = await givenOpenVote(conference, {
        subject: 'chair_handover',
        title: 'Chuyển trao Cụm trưởng năm 2024',
        method: 'electronic',
        proposedOrganizationId: laoCai,
      });
      await castBallots(
        conference,
        handover,
        everyone.map((unit) => [unit, { answer: 'yes' }]),
      );
      await conference.secretariat.post(`/api/v1/votes/${handover}/close`).expect(200);
      const alone = await conference.officers.dienBien.get(`/api/v1/clusters/${conference.c3.cluster}/terms/2024`).expect(200);
      expect(alone.body).toMatchObject({
        chair: { id: laoCai },
        viceChair: null,
        decidedBy: 'election',
        decidedAtMeetingId: conference.meetingId,
        version: 1,
      });

      const election = await conference.secretariat
        .post(votes())
        .send({ subject: 'vice_chair_election', title: 'Bầu Cụm phó năm 2024', method: 'electronic' })
        .expect(201);
      expect(election.body.candidates.map((u: { id: string }) => u.id)).not.toContain(laoCai);
      const chairAsCandidate = await conference.secretariat
        .post(votes())
        .send({ subject: 'vice_chair_election', title: 'Bầu Cụm phó năm 2024', method: 'electronic', candidateIds: [laoCai] })
        .expect(422);
      expect(chairAsCandidate.body.errors).toEqual([{ field: 'candidateIds[0]', message: 'Đơn vị này là Cụm trưởng năm 2024.' }]);

      await conference.secretariat.post(`/api/v1/votes/${election.body.id}/open`).expect(200);
      await castBallots(
        conference,
        election.body.id,
        everyone.map((unit) => [unit, { choices: [yenBai] }]),
      );
      await conference.secretariat.post(`/api/v1/votes/${election.body.id}/close`).expect(200);
      const both = await conference.officers.dienBien.get(`/api/v1/clusters/${conference.c3.cluster}/terms/2024`).expect(200);
      expect(both.body).toMatchObject({ chair: { id: laoCai }, viceChair: { id: yenBai }, decidedBy: 'election', version: 2 });
      const replaced = await t.staff.get('/api/v1/audit').query({ entityType: 'cluster_term', action: 'term.replace' }).expect(200);
      expect(replaced.body.items[0].changes).toMatchObject({
        before: { viceChairId: null },
        after: { viceChairId: yenBai, viceChairBasisVoteId: election.body.id },
      });
      const resolutions = await conference.officers.dienBien
        .get(`/api/v1/meetings/${conference.meetingId}/resolutions?subject=vice_chair_election`)
        .expect(200);
      expect(resolutions.body.items.at(-1)).toMatchObject({ status: 'applied', summary: 'Hội nghị bầu LHH Yên Bái làm Cụm phó năm 2024.' });
    });
  });
});
