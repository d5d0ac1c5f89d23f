import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import supertest from 'supertest';
import { givenSignedInUser, type SignedInUser } from '../helpers/auth.js';
import { cluster3Delegates, conference2023, givenMeeting, GUESTS_2023 } from '../helpers/meeting-factories.js';
import { type Cluster3, type Cluster3Unit, givenCluster3In2023 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The whole Cluster 3 year-end conference of 27/11/2023 in Sơn La, as the published news item tells it: the 8
 * unions and the guests attend; by secret ballot they propose Sơn La and Hòa Bình for VUSTA's Emulation Flag, elect
 * Yên Bái vice-chair for 2024, and Sơn La hands the chair to Lào Cai. The ballots' contents are invented (the
 * source gives only the outcome); every decision runs through the API.
 */
describe('the Cluster 3 conference of 27/11/2023 in Sơn La', () => {
  let t: TestApp;
  let c3: Cluster3;
  let meetingId: string;
  const officers = {} as Record<Cluster3Unit, SignedInUser>;
  const votes = { flag: '', viceChair: '', chair: '' };

  /** Sơn La's officer: the unit's voter, and the cluster's secretariat of 2023 (Sơn La chairs). */
  const secretariat = () => officers.sonLa;
  const as = (user: SignedInUser) => ({
    post: (path: string, body?: object) => t.http.post(path).set('authorization', user.bearer).send(body),
    get: (path: string) => t.http.get(path).set('authorization', user.bearer),
  });

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    for (const [key, organizationId] of Object.entries(c3.units)) {
      officers[key as Cluster3Unit] = await givenSignedInUser(t, { username: `${key}.canbo`, roles: ['unit_officer'], organizationId });
    }
  });
  afterAll(async () => {
    await t.close();
  });

  async function vote(body: object): Promise<string> {
    const created = await as(secretariat()).post(`/api/v1/meetings/${meetingId}/votes`, body).expect(201);
    await as(secretariat()).post(`/api/v1/votes/${created.body.id}/open`).expect(200);
    return created.body.id as string;
  }

  it('records the attendance of the 8 unions and the guests', async () => {
    const agent = supertest.agent(t.app.getHttpServer()).set('authorization', secretariat().bearer);
    meetingId = await givenMeeting(agent, conference2023(c3), cluster3Delegates(c3), GUESTS_2023);
    const meeting = await as(officers.dienBien).get(`/api/v1/meetings/${meetingId}`).expect(200);
    expect(meeting.body.attendance).toMatchObject({ memberCount: 8, presentCount: 8, votingCount: 8 });
    expect(meeting.body.guests).toHaveLength(3);
  });

  it('holds the flag vote under the VUSTA flag quota: 2 of 8 members, 25 % rounded down', async () => {
    votes.flag = await vote({
      subject: 'flag_proposal',
      title: 'Suy tôn đơn vị dẫn đầu đề nghị tặng Cờ thi đua năm 2023',
      method: 'electronic',
    });
    const read = await as(officers.laoCai).get(`/api/v1/votes/${votes.flag}`).expect(200);
    expect(read.body).toMatchObject({
      subject: 'flag_proposal',
      state: 'open',
      stateLabel: 'Đang bỏ phiếu',
      awardTypeCode: 'LHHVN_CO_THI_DUA',
      quota: 2,
      rules: { quorum: { numerator: 2, denominator: 3 }, threshold: { base: 'all_members' }, maxRounds: 2 },
      ruleSetId: null,
      rounds: [{ round: 1, places: 2, electorCount: 8, memberCount: 8, ballotsCast: 0 }],
    });
    expect(read.body.candidates).toHaveLength(8);
    expect(read.body.quotaBasis).toBe(
      'Chỉ tiêu 25% số thành viên (8), làm tròn xuống: 2 đề nghị, theo Nghị định 98/2023/NĐ-CP (áp dụng từ 01/01/2024, bộ quy tắc đầu tiên sau ngày họp, khi các đề nghị được xét); theo thực tiễn của Liên hiệp Hội, chưa được văn bản xác nhận.',
    );
    expect(read.body.rulesBasis).toContain('áp dụng quy tắc mặc định');
  });

  it('keeps the flag result secret while the vote is open', async () => {
    const hidden = await as(officers.dienBien).get(`/api/v1/votes/${votes.flag}/result`).expect(409);
    expect(hidden.body).toMatchObject({ code: 'VOTE.RESULT_HIDDEN' });
    expect(hidden.body.title).toContain('Kết quả chỉ được công bố khi kết thúc vòng bỏ phiếu');
  });

  it('takes the 8 secret ballots: 5 signed in, 3 with printed codes', async () => {
    const { units } = c3;
    const codes = await as(secretariat()).post(`/api/v1/votes/${votes.flag}/ballot-codes`).expect(201);
    expect(codes.body.codes).toHaveLength(8);
    const codeOf = (id: string) => codes.body.codes.find((c: { unit: { id: string } }) => c.unit.id === id).code as string;
    const signedIn: [Cluster3Unit, string[]][] = [
      ['sonLa', [units.sonLa, units.hoaBinh]],
      ['dienBien', [units.sonLa, units.hoaBinh]],
      ['laiChau', [units.sonLa, units.hoaBinh]],
      ['laoCai', [units.sonLa, units.hoaBinh]],
      ['yenBai', [units.sonLa, units.hoaBinh]],
    ];
    for (const [key, choices] of signedIn) {
      const receipt = await as(officers[key]).post(`/api/v1/votes/${votes.flag}/ballots`, { choices }).expect(201);
      expect(receipt.body).toMatchObject({ voteId: votes.flag, round: 1, unit: { id: units[key] } });
    }
    const withCode: [Cluster3Unit, string[]][] = [
      ['vinhPhuc', [units.sonLa, units.phuTho]],
      ['phuTho', [units.sonLa, units.laoCai]],
      ['hoaBinh', [units.hoaBinh, units.yenBai]],
    ];
    for (const [key, choices] of withCode) {
      await t.http
        .post('/api/v1/ballots')
        .send({ code: codeOf(units[key]), choices })
        .expect(201);
    }
    const read = await as(secretariat()).get(`/api/v1/votes/${votes.flag}`).expect(200);
    expect(read.body.rounds[0].ballotsCast).toBe(8);
  });

  it('proposes Sơn La and Hòa Bình for the flag', async () => {
    const closed = await as(secretariat()).post(`/api/v1/votes/${votes.flag}/close`).expect(200);
    expect(closed.body.state).toBe('closed');
    const result = await as(officers.dienBien).get(`/api/v1/votes/${votes.flag}/result`).expect(200);
    const [round] = result.body.rounds;
    expect(round.quorum).toMatchObject({ met: true, present: 8, members: 8 });
    expect(round.chosen.map((u: { shortName: string }) => u.shortName)).toEqual(['LHH Sơn La', 'LHH Hòa Bình']);
    const byName = (name: string) => round.candidates.find((c: { unit: { shortName: string } }) => c.unit.shortName === name);
    expect(byName('LHH Sơn La')).toMatchObject({ votes: 7, percent: 87.5, rank: 1, status: 'chosen', passed: true });
    expect(byName('LHH Sơn La').reasons.map((r: { text: string }) => r.text)).toEqual([
      'Đạt ngưỡng: 7/8 phiếu (87,5%) so với tổng số đơn vị thành viên; yêu cầu trên 1/2.',
      'Trong chỉ tiêu 2 đơn vị: xếp thứ 1.',
    ]);
    expect(byName('LHH Hòa Bình')).toMatchObject({ votes: 6, percent: 75, rank: 2, status: 'chosen' });
    expect(byName('LHH Phú Thọ')).toMatchObject({ votes: 1, status: 'below_threshold', passed: false });
    expect(result.body.outcome.next.kind).toBe('decided');
    const english = await as(officers.dienBien).get(`/api/v1/votes/${votes.flag}/result`).set('accept-language', 'en').expect(200);
    expect(english.body.rounds[0].next.text).toBe('Decided; no further round is needed.');
  });

  it('elects Yên Bái vice-chair for 2024, before the 2024 chair is known', async () => {
    const { units } = c3;
    votes.viceChair = await vote({ subject: 'vice_chair_election', title: 'Bầu Cụm phó năm 2024', method: 'electronic' });
    const ballots: [Cluster3Unit, string[]][] = [
      ['sonLa', [units.yenBai]],
      ['dienBien', [units.yenBai]],
      ['laiChau', [units.yenBai]],
      ['laoCai', [units.yenBai]],
      ['yenBai', [units.phuTho]],
      ['vinhPhuc', [units.yenBai]],
      ['phuTho', [units.yenBai]],
      ['hoaBinh', []],
    ];
    for (const [key, choices] of ballots) {
      await as(officers[key]).post(`/api/v1/votes/${votes.viceChair}/ballots`, { choices }).expect(201);
    }
    await as(secretariat()).post(`/api/v1/votes/${votes.viceChair}/close`).expect(200);
    const result = await as(officers.dienBien).get(`/api/v1/votes/${votes.viceChair}/result`).expect(200);
    expect(result.body.outcome.chosen.map((u: { shortName: string }) => u.shortName)).toEqual(['LHH Yên Bái']);
    const resolutions = await as(officers.dienBien)
      .get(`/api/v1/meetings/${meetingId}/resolutions?subject=vice_chair_election`)
      .expect(200);
    expect(resolutions.body.items).toMatchObject([
      { status: 'pending_chair', adopted: true, summary: 'Hội nghị bầu LHH Yên Bái làm Cụm phó năm 2024.' },
    ]);
    await as(officers.dienBien).get(`/api/v1/clusters/${c3.cluster}/terms/2024`).expect(404);
  });

  it('hands the 2024 chair and the rotating flag to Lào Cai', async () => {
    votes.chair = await vote({
      subject: 'chair_handover',
      title: 'Chuyển trao nhiệm vụ Cụm trưởng năm 2024',
      method: 'electronic',
      proposedOrganizationId: c3.units.laoCai,
    });
    for (const key of Object.keys(officers) as Cluster3Unit[]) {
      await as(officers[key]).post(`/api/v1/votes/${votes.chair}/ballots`, { answer: 'yes' }).expect(201);
    }
    await as(secretariat()).post(`/api/v1/votes/${votes.chair}/close`).expect(200);
    const result = await as(officers.dienBien).get(`/api/v1/votes/${votes.chair}/result`).expect(200);
    expect(result.body.rounds[0].answers).toMatchObject({ yes: { votes: 8, percent: 100 }, passed: true });
  });

  it('makes Lào Cai chair and Yên Bái vice-chair of 2024, decided at that meeting', async () => {
    const term = await as(officers.dienBien).get(`/api/v1/clusters/${c3.cluster}/terms/2024`).expect(200);
    expect(term.body).toMatchObject({
      year: 2024,
      chair: { id: c3.units.laoCai, shortName: 'LHH Lào Cai' },
      viceChair: { id: c3.units.yenBai, shortName: 'LHH Yên Bái' },
      decidedBy: 'election',
      decidedAtMeetingId: meetingId,
    });
    const [{ id: termId, ...row }] = await t.dataSource.query(
      `SELECT id, chair_basis_vote_id, vice_chair_basis_vote_id, rotating_flag_handed_over FROM cluster_terms WHERE cluster_id = $1 AND year = 2024`,
      [c3.cluster],
    );
    expect(row).toEqual({ chair_basis_vote_id: votes.chair, vice_chair_basis_vote_id: votes.viceChair, rotating_flag_handed_over: true });
    // The 2024 term's own trail: the 2023 term, which the registry factory recorded through the terms service, has its own event.
    const audit = await t.staff
      .get('/api/v1/audit')
      .query({ entityType: 'cluster_term', entityId: termId, action: 'term.create' })
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0].changes.after).toMatchObject({
      year: 2024,
      chairId: c3.units.laoCai,
      viceChairId: c3.units.yenBai,
      decidedBy: 'election',
      rotatingFlagHandedOver: true,
    });
  });

  it('keeps the flag proposals for Sơn La and Hòa Bình with their vote results, and the nominations they made', async () => {
    const proposals = await as(officers.hoaBinh).get(`/api/v1/flag-proposals?clusterId=${c3.cluster}&year=2023`).expect(200);
    const [made] = await t.dataSource.query('SELECT id FROM nominations WHERE nominee_organization_id = $1 AND year = 2023', [
      c3.units.sonLa,
    ]);
    expect(proposals.body.total).toBe(2);
    expect(proposals.body.items).toMatchObject([
      {
        unit: { shortName: 'LHH Sơn La' },
        awardTypeCode: 'LHHVN_CO_THI_DUA',
        voteId: votes.flag,
        meetingId,
        decidedBy: 'vote',
        round: 1,
        votes: 7,
        share: { numerator: 7, denominator: 8 },
        percent: 87.5,
        rank: 1,
        nominationId: made.id,
      },
      { unit: { shortName: 'LHH Hòa Bình' }, votes: 6, share: { numerator: 6, denominator: 8 }, percent: 75, rank: 2 },
    ]);
    expect(proposals.body.items[0].reasons[0]).toEqual({
      code: 'THRESHOLD_MET',
      text: 'Đạt ngưỡng: 7/8 phiếu (87,5%) so với tổng số đơn vị thành viên; yêu cầu trên 1/2.',
    });
  });

  it("lists the conference's three resolutions as the minutes word them", async () => {
    const resolutions = await as(officers.dienBien).get(`/api/v1/meetings/${meetingId}/resolutions`).expect(200);
    expect(resolutions.body.items.map((r: { summary: string; status: string }) => [r.summary, r.status])).toEqual([
      [
        'Hội nghị suy tôn, đề nghị tặng Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam cho LHH Sơn La và LHH Hòa Bình.',
        'applied',
      ],
      ['Hội nghị bầu LHH Yên Bái làm Cụm phó năm 2024.', 'applied'],
      ['Hội nghị nhất trí chuyển trao nhiệm vụ Cụm trưởng năm 2024 cho LHH Lào Cai.', 'applied'],
    ]);
    expect(resolutions.body.items[0].flagProposals).toHaveLength(2);
  });
});
