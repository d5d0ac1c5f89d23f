import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import supertest, { type Response } from 'supertest';
import { givenSignedInUser } from '../helpers/auth.js';
import { cluster3Delegates, type Conference, givenCluster3Conference, givenOpenVote } from '../helpers/meeting-factories.js';
import { contentOf, givenProvincialUnion } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** Everything a ballot writes: who voted, the counters, the codes, and the audit trail. */
const BALLOT_TABLES = ['ballot_voters', 'ballot_box', 'ballot_keys', 'ballot_codes', 'vote_rounds', 'votes', 'audit_events'];

type Agent = ReturnType<typeof supertest.agent>;

describe('ballots that are refused: twice, on a closed or draft vote, from a unit without a ballot, or invalid', () => {
  let t: TestApp;
  let conference: Conference;
  let quangNgai: Agent;
  let voteId: string;
  const ballots = () => `/api/v1/votes/${voteId}/ballots`;

  /** A refused ballot answers `status` and writes nothing at all. */
  async function refused(status: number, request: () => PromiseLike<Response>): Promise<Response> {
    const before = await contentOf(t.dataSource, ...BALLOT_TABLES);
    const response = await request();
    expect(response.status).toBe(status);
    expect(await contentOf(t.dataSource, ...BALLOT_TABLES)).toEqual(before);
    return response;
  }

  beforeAll(async () => {
    t = await startTestApp();
    // Six unions vote; Vĩnh Phúc came without the delegate who carries its vote, Phú Thọ is absent.
    conference = await givenCluster3Conference(t, (c3) =>
      cluster3Delegates(c3).map((d) => {
        if (d.organizationId === c3.units.vinhPhuc) return { ...d, votesForUnit: false };
        if (d.organizationId === c3.units.phuTho) return { ...d, present: false };
        return d;
      }),
    );
    const outsider = await givenProvincialUnion(t.dataSource, 'LHH-QUANG-NGAI', 'Quảng Ngãi');
    const user = await givenSignedInUser(t, { username: 'quangngai.canbo', roles: ['unit_officer'], organizationId: outsider });
    quangNgai = supertest.agent(t.app.getHttpServer()).set('authorization', user.bearer);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets only the secretariat set up and open a vote', async () => {
    const body = { subject: 'flag_proposal', title: 'Suy tôn Cờ thi đua năm 2023', method: 'electronic' };
    const denied = await conference.officers.dienBien.post(`/api/v1/meetings/${conference.meetingId}/votes`).send(body).expect(403);
    expect(denied.body).toMatchObject({ code: 'ACCESS.NOT_CLUSTER_SECRETARIAT' });
    const created = await conference.secretariat.post(`/api/v1/meetings/${conference.meetingId}/votes`).send(body).expect(201);
    voteId = created.body.id;
    await refused(403, () => conference.officers.laoCai.post(`/api/v1/votes/${voteId}/open`));
  });

  it('takes no ballot before the vote opens, and shows no result', async () => {
    const draft = await refused(409, () => conference.officers.sonLa.post(ballots()).send({ choices: [] }));
    expect(draft.body).toMatchObject({
      code: 'BALLOT.VOTE_NOT_OPEN',
      title: 'Cuộc biểu quyết không nhận phiếu: đang ở trạng thái "Dự thảo". Phiếu này không được ghi nhận.',
    });
    await conference.officers.dienBien.get(`/api/v1/votes/${voteId}/result`).expect(409);
    await conference.secretariat.post(`/api/v1/votes/${voteId}/open`).expect(200);
    const read = await conference.officers.dienBien.get(`/api/v1/votes/${voteId}`).expect(200);
    expect(read.body.rounds[0]).toMatchObject({ electorCount: 6, memberCount: 8 });
  });

  it('refuses units without a ballot with 403, saying why', async () => {
    const { units } = conference.c3;
    const cases: [Agent, string][] = [
      [quangNgai, 'LHH Quảng Ngãi không có quyền bỏ phiếu: không phải thành viên của Cụm thi đua số 3 năm 2023.'],
      [conference.officers.phuTho, 'LHH Phú Thọ không có quyền bỏ phiếu: đơn vị vắng mặt tại hội nghị.'],
      [conference.officers.vinhPhuc, 'LHH Vĩnh Phúc không có quyền bỏ phiếu: không có đại biểu được quyền biểu quyết của đơn vị có mặt.'],
      [t.staff, 'Chỉ cán bộ của một đơn vị thành viên có mặt mới có quyền bỏ phiếu; cán bộ Liên hiệp Hội Việt Nam không bỏ phiếu.'],
    ];
    for (const [agent, title] of cases) {
      const response = await refused(403, () => agent.post(ballots()).send({ choices: [units.sonLa] }));
      expect(response.body.title).toBe(title);
    }
    const english = await refused(403, () => conference.officers.phuTho.post(ballots()).set('accept-language', 'en').send({ choices: [] }));
    expect(english.body.title).toBe('LHH Phú Thọ has no right to vote: the unit is absent from the meeting.');
  });

  it('refuses an invalid ballot with 422 and field errors', async () => {
    const { sonLa, hoaBinh, laoCai } = conference.c3.units;
    const tooMany = await refused(422, () => conference.officers.dienBien.post(ballots()).send({ choices: [sonLa, hoaBinh, laoCai] }));
    expect(tooMany.body).toMatchObject({
      code: 'BALLOT.INVALID',
      errors: [{ field: 'choices', message: 'Mỗi phiếu chọn tối đa 2 ứng viên; phiếu này chọn 3.' }],
    });
    const outsider = (await t.dataSource.query(`SELECT id FROM organizations WHERE code = 'LHH-QUANG-NGAI'`))[0].id;
    const notCandidate = await refused(422, () => conference.officers.dienBien.post(ballots()).send({ choices: [outsider] }));
    expect(notCandidate.body.errors).toEqual([{ field: 'choices[0]', message: 'Không phải ứng viên của cuộc biểu quyết này.' }]);
    const twice = await refused(422, () => conference.officers.dienBien.post(ballots()).send({ choices: [sonLa, sonLa] }));
    expect(twice.body.errors).toEqual([{ field: 'choices[1]', message: 'Ứng viên này đã được chọn ở trên.' }]);
    const answer = await refused(422, () => conference.officers.dienBien.post(ballots()).send({ answer: 'yes' }));
    expect(answer.body.errors[0].field).toBe('answer');
    const malformed = await refused(400, () => conference.officers.dienBien.post(ballots()).send({ choices: ['son-la'], secret: 1 }));
    expect(malformed.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['choices', 'secret']);
  });

  it('counts one ballot per unit: a second one is refused with 409', async () => {
    const { sonLa, hoaBinh } = conference.c3.units;
    await conference.officers.sonLa
      .post(ballots())
      .send({ choices: [sonLa, hoaBinh] })
      .expect(201);
    const again = await refused(409, () => conference.officers.sonLa.post(ballots()).send({ choices: [hoaBinh] }));
    expect(again.body).toMatchObject({
      code: 'BALLOT.ALREADY_VOTED',
      title: 'Đơn vị đã bỏ phiếu ở vòng này; mỗi đơn vị chỉ bỏ một phiếu. Phiếu này không được ghi nhận.',
    });
  });

  it('gives codes to the units on the roll only, each good for one ballot', async () => {
    const { units } = conference.c3;
    const denied = await refused(403, () => conference.officers.dienBien.post(`/api/v1/votes/${voteId}/ballot-codes`));
    expect(denied.body.code).toBe('ACCESS.NOT_CLUSTER_SECRETARIAT');
    const issued = await conference.secretariat.post(`/api/v1/votes/${voteId}/ballot-codes`).expect(201);
    const codeOf = (id: string) => issued.body.codes.find((c: { unit: { id: string } }) => c.unit.id === id)?.code as string;
    expect(issued.body.codes.map((c: { unit: { shortName: string } }) => c.unit.shortName)).toEqual([
      'LHH Điện Biên',
      'LHH Hòa Bình',
      'LHH Lai Châu',
      'LHH Lào Cai',
      'LHH Sơn La',
      'LHH Yên Bái',
    ]);
    expect(codeOf(units.dienBien)).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const stored = await t.dataSource.query(`SELECT code_hash FROM ballot_codes WHERE vote_id = $1`, [voteId]);
    expect(stored).toHaveLength(6);
    expect(JSON.stringify(stored)).not.toContain(codeOf(units.dienBien).replace(/-/g, ''));

    const typed = codeOf(units.dienBien).toLowerCase().replace(/-/g, ' ');
    await t.http
      .post('/api/v1/ballots')
      .send({ code: typed, choices: [units.hoaBinh] })
      .expect(201);
    const reused = await refused(409, () => t.http.post('/api/v1/ballots').send({ code: codeOf(units.dienBien), choices: [] }));
    expect(reused.body.code).toBe('BALLOT.ALREADY_VOTED');
    const sameUnit = await refused(409, () => t.http.post('/api/v1/ballots').send({ code: codeOf(units.sonLa), choices: [] }));
    expect(sameUnit.body.code).toBe('BALLOT.ALREADY_VOTED');
    const unknown = await refused(403, () => t.http.post('/api/v1/ballots').send({ code: 'AAAA-BBBB-CCCC-DDDD', choices: [] }));
    expect(unknown.body.code).toBe('BALLOT.UNKNOWN_CODE');

    const oldLaiChau = codeOf(units.laiChau);
    await conference.secretariat.post(`/api/v1/votes/${voteId}/ballot-codes`).expect(201);
    const replaced = await refused(403, () => t.http.post('/api/v1/ballots').send({ code: oldLaiChau, choices: [] }));
    expect(replaced.body.title).toContain('đã được thay bằng mã mới');
  });

  it('keeps the result hidden while the vote is open', async () => {
    const hidden = await conference.officers.hoaBinh.get(`/api/v1/votes/${voteId}/result`).expect(409);
    expect(hidden.body.code).toBe('VOTE.RESULT_HIDDEN');
    expect(await t.dataSource.query(`SELECT result FROM vote_rounds WHERE vote_id = $1`, [voteId])).toEqual([{ result: null }]);
  });

  it('takes no ballot once the vote is closed', async () => {
    // Two ballots pass no one: round 2 is called, and closing it (the last round) closes the vote.
    const first = await conference.secretariat.post(`/api/v1/votes/${voteId}/close`).expect(200);
    expect(first.body.state).toBe('closed_with_runoff');
    await conference.secretariat.post(`/api/v1/votes/${voteId}/next-round`).expect(200);
    const last = await conference.secretariat.post(`/api/v1/votes/${voteId}/close`).expect(200);
    expect(last.body.state).toBe('closed');
    const closed = await refused(409, () => conference.officers.laoCai.post(ballots()).send({ choices: [] }));
    expect(closed.body.title).toBe('Cuộc biểu quyết không nhận phiếu: đang ở trạng thái "Đã kết thúc". Phiếu này không được ghi nhận.');
    const codes = await refused(409, () => conference.secretariat.post(`/api/v1/votes/${voteId}/ballot-codes`));
    expect(codes.body.code).toBe('BALLOT.VOTE_NOT_OPEN');
    const reopen = await refused(409, () => conference.secretariat.post(`/api/v1/votes/${voteId}/open`));
    expect(reopen.body).toMatchObject({
      code: 'VOTE.TRANSITION_NOT_ALLOWED',
      title: 'Cuộc biểu quyết đang ở trạng thái "Đã kết thúc": không thể mở bỏ phiếu.',
    });
    const result = await conference.officers.hoaBinh.get(`/api/v1/votes/${voteId}/result`).expect(200);
    expect(result.body.rounds[0]).toMatchObject({ ballotsValid: 2, ballotsInvalid: 0, quorum: { present: 6, members: 8 } });
  });

  it('takes no electronic ballot or code on a paper vote', async () => {
    const paper = await givenOpenVote(conference, { subject: 'question', title: 'Thông qua biên bản', method: 'paper' });
    const ballot = await refused(409, () => conference.officers.laoCai.post(`/api/v1/votes/${paper}/ballots`).send({ answer: 'yes' }));
    expect(ballot.body.code).toBe('BALLOT.WRONG_METHOD');
    await refused(409, () => conference.secretariat.post(`/api/v1/votes/${paper}/ballot-codes`));
  });
});
