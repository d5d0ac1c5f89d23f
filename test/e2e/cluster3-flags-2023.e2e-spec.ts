import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { binary, councilBallots, councilVote, givenCouncil, readSheet } from '../helpers/award-factories.js';
import { type Conference, givenCluster3Conference } from '../helpers/meeting-factories.js';
import {
  as,
  type Caller,
  givenAwardCatalog,
  givenCluster3FlagVote,
  givenDossier,
  NOMINATION_TABLES,
  onDay,
  transition,
  upload,
} from '../helpers/nomination-factories.js';
import { givenSignedInUser } from '../helpers/auth.js';
import { contentOf } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * VUSTA's Emulation Flag for 2023 in Cluster 3, from the conference of 27/11/2023 to the register: the conference
 * proposes Sơn La and Hòa Bình; Sơn La, the 2023 chair, submits both in January 2024 (Decree 98/2023 applies from
 * 1 January 2024); staff return Hòa Bình's dossier for a missing document, then forward both; the council of 9
 * approves Sơn La with 8 votes (two of them written opinions) and rejects Hòa Bình with 7, although every member
 * took part; a decision awards Sơn La with a register number and 8 × the base salary in force on its date.
 */
describe('the 2023 flags of Cluster 3, from the conference resolution to the award register', () => {
  let t: TestApp;
  let conference: Conference;
  let awards: Record<string, string>;
  let sonLa: Caller;
  let hoaBinh: Caller;
  let council: string[];
  let voteId: string;
  const flags = { sonLa: '', hoaBinh: '' };
  let decision: { id: string; reference: string };

  const SUBMITTED_ON = '2024-01-10';
  const WORKFLOW_TABLES = [...NOMINATION_TABLES, 'council_votes', 'council_ballots', 'award_decisions', 'award_register'];

  beforeAll(async () => {
    t = await startTestApp();
    conference = await givenCluster3Conference(t);
    awards = await givenAwardCatalog(t);
    const { units } = conference.c3;
    sonLa = as(t, await givenSignedInUser(t, { username: 'sonla.vanthu', roles: ['unit_officer'], organizationId: units.sonLa }));
    hoaBinh = as(t, await givenSignedInUser(t, { username: 'hoabinh.vanthu', roles: ['unit_officer'], organizationId: units.hoaBinh }));
    council = await givenCouncil(t, 9, '2024-01-01');
  });
  afterAll(async () => {
    await t.close();
  });

  it("turns the conference's flag proposals into Sơn La's draft nominations of Sơn La and Hòa Bình", async () => {
    const { units, cluster } = conference.c3;
    voteId = await givenCluster3FlagVote(conference);

    const proposals = await hoaBinh.get(`/api/v1/flag-proposals?clusterId=${cluster}&year=2023`).expect(200);
    expect(
      proposals.body.items.map((p: { unit: { shortName: string }; nominationId: string | null }) => [
        p.unit.shortName,
        typeof p.nominationId,
      ]),
    ).toEqual([
      ['LHH Sơn La', 'string'],
      ['LHH Hòa Bình', 'string'],
    ]);
    [flags.sonLa, flags.hoaBinh] = proposals.body.items.map((p: { nominationId: string }) => p.nominationId);

    const drafts = await t.staff.get(`/api/v1/nominations?year=2023&clusterId=${cluster}&sort=nominee`).expect(200);
    expect(drafts.body.total).toBe(2);
    const reference =
      'Biểu quyết "Suy tôn đơn vị dẫn đầu đề nghị tặng Cờ thi đua năm 2023", Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 ngày 27/11/2023';
    expect(drafts.body.items).toMatchObject([
      {
        id: flags.hoaBinh,
        state: 'draft',
        awardType: { code: 'LHHVN_CO_THI_DUA' },
        nominee: { kind: 'collective', organization: { shortName: 'LHH Hòa Bình' }, person: null },
        proposingOrganization: { shortName: 'LHH Sơn La' },
        basis: {
          voteId,
          vote: { reference, organizationId: units.hoaBinh, year: 2023, passed: true, votesInFavour: 6, votesCast: 8, decidedBy: 'vote' },
        },
      },
      {
        id: flags.sonLa,
        nominee: { organization: { shortName: 'LHH Sơn La' } },
        proposingOrganization: { shortName: 'LHH Sơn La' },
        basis: { voteId, vote: { votesInFavour: 7, votesCast: 8 } },
      },
    ]);
    const [row] = await t.dataSource.query(`SELECT basis_vote_id FROM nominations WHERE id = $1`, [flags.sonLa]);
    expect(row.basis_vote_id).toBe(voteId);
  });

  it('gives the same nomination when the proposal is asked for it again, and only to the secretariat or staff', async () => {
    const { cluster } = conference.c3;
    const [proposal] = (await t.staff.get(`/api/v1/flag-proposals?clusterId=${cluster}&year=2023`).expect(200)).body.items;
    const before = await contentOf(t.dataSource, ...NOMINATION_TABLES);
    const again = await sonLa.post(`/api/v1/flag-proposals/${proposal.id}/nomination`).expect(200);
    expect(again.body).toMatchObject({ id: flags.sonLa, state: 'draft', allowedActions: ['edit', 'submit', 'withdraw'] });
    await t.staff.post(`/api/v1/flag-proposals/${proposal.id}/nomination`).expect(200);
    const refused = await hoaBinh.post(`/api/v1/flag-proposals/${proposal.id}/nomination`).expect(403);
    expect(refused.body.code).toBe('ACCESS.NOT_CLUSTER_SECRETARIAT');
    await sonLa.post('/api/v1/flag-proposals/00000000-0000-4000-8000-000000000000/nomination').expect(404);
    expect(await contentOf(t.dataSource, ...NOMINATION_TABLES)).toEqual(before);
  });

  it('takes the basis from the vote itself when it was held in thidua, whatever the body says of it', async () => {
    const { units, cluster } = conference.c3;
    const claimed = {
      voteId,
      reference: 'Tự ghi',
      organizationId: units.hoaBinh,
      clusterId: cluster,
      year: 2023,
      passed: true,
      votesInFavour: 8,
      votesCast: 8,
    };
    const mismatch = await sonLa
      .patch(`/api/v1/nominations/${flags.hoaBinh}`)
      .send({ basis: { ...claimed, organizationId: units.phuTho }, version: 1 })
      .expect(422);
    expect(mismatch.body).toMatchObject({ code: 'NOMINATION.BASIS_VOTE_MISMATCH', errors: [{ field: 'basis.voteId' }] });
    const patched = await sonLa.patch(`/api/v1/nominations/${flags.hoaBinh}`).send({ basis: claimed, version: 1 }).expect(200);
    expect(patched.body.basis).toMatchObject({ voteId, vote: { votesInFavour: 6, votesCast: 8, flagProposalId: expect.any(String) } });
    expect(patched.body.basis.vote.reference).toMatch(/^Biểu quyết "Suy tôn/);
  });

  it('is submitted by Sơn La in January 2024 and judged under Decree 98/2023; the nominee cannot submit it', async () => {
    onDay(t, SUBMITTED_ON);
    for (const id of [flags.sonLa, flags.hoaBinh]) await givenDossier(sonLa, id);
    const byNominee = await transition(hoaBinh, flags.hoaBinh, 'submit').expect(403);
    expect(byNominee.body).toMatchObject({ code: 'NOMINATION.WRONG_ROLE', title: 'Chỉ cán bộ của đơn vị đề nghị mới được nộp hồ sơ.' });
    for (const id of [flags.sonLa, flags.hoaBinh]) {
      const submitted = await transition(sonLa, id, 'submit').expect(200);
      expect(submitted.body).toMatchObject({ state: 'submitted', submittedOn: SUBMITTED_ON, legalBasis: { code: 'ND-98-2023' } });
    }
    await transition(sonLa, flags.sonLa, 'submit').expect(409);
  });

  it('queues both dossiers for the staff check, which units cannot read', async () => {
    const { cluster } = conference.c3;
    const queue = await t.staff.get(`/api/v1/reviews?year=2023&clusterId=${cluster}&awardTypeId=${awards.LHHVN_CO_THI_DUA}`).expect(200);
    expect(queue.body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(queue.body.items.map((n: { id: string }) => n.id).sort()).toEqual([flags.sonLa, flags.hoaBinh].sort());
    expect(queue.body.items[0]).toMatchObject({
      state: 'submitted',
      allowedActions: ['return', 'forward_to_council'],
      review: { timesReturned: 0, attachments: 5 },
    });
    await sonLa.get('/api/v1/reviews').expect(403);
    const malformed = await t.staff.get('/api/v1/reviews?status=da-xong&year=23').expect(400);
    expect(malformed.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['status', 'year']);
  });

  it("returns Hòa Bình's dossier for a missing document, which Sơn La adds before resubmitting", async () => {
    const before = await contentOf(t.dataSource, ...WORKFLOW_TABLES);
    const silent = await t.staff.post(`/api/v1/nominations/${flags.hoaBinh}/review`).send({ outcome: 'return' }).expect(422);
    expect(silent.body).toMatchObject({
      code: 'REVIEW.REFUSED',
      errors: [{ field: 'reasons', message: 'Phải ghi rõ lý do trả lại hoặc các tài liệu hồ sơ còn thiếu.' }],
    });
    await sonLa.post(`/api/v1/nominations/${flags.hoaBinh}/review`).send({ outcome: 'return', reasons: 'x' }).expect(403);
    expect(await contentOf(t.dataSource, ...WORKFLOW_TABLES)).toEqual(before);

    const returned = await t.staff
      .post(`/api/v1/nominations/${flags.hoaBinh}/review`)
      .send({ outcome: 'return', reasons: 'Đề nghị bổ sung trước ngày 31/01/2024', missingDocuments: ['Biên bản kiểm phiếu'] })
      .expect(200);
    expect(returned.body.state).toBe('returned');
    const history = await hoaBinh.get(`/api/v1/nominations/${flags.hoaBinh}/history?action=return`).expect(200);
    expect(history.body.items[0].comment).toBe('Đề nghị bổ sung trước ngày 31/01/2024. Hồ sơ còn thiếu: Biên bản kiểm phiếu.');
    const waiting = await t.staff.get('/api/v1/reviews?year=2023&status=returned').expect(200);
    expect(waiting.body.items).toMatchObject([
      { id: flags.hoaBinh, review: { timesReturned: 1, lastReturnReasons: history.body.items[0].comment } },
    ]);

    await upload(sonLa, flags.hoaBinh, 'other', undefined, 'Biên bản kiểm phiếu.pdf').expect(201);
    const resubmitted = await transition(sonLa, flags.hoaBinh, 'resubmit').expect(200);
    expect(resubmitted.body).toMatchObject({ state: 'resubmitted', submittedOn: SUBMITTED_ON, legalBasis: { code: 'ND-98-2023' } });
  });

  it('forwards both to the council after the check; approving is left to the council', async () => {
    const refusedForward = await t.staff
      .post(`/api/v1/nominations/${flags.sonLa}/review`)
      .send({ outcome: 'forward_to_council', missingDocuments: ['Tờ trình'] })
      .expect(422);
    expect(refusedForward.body.errors).toEqual([
      { field: 'missingDocuments', message: 'Hồ sơ còn thiếu tài liệu thì không trình Hội đồng; hãy trả lại để đơn vị bổ sung.' },
    ]);
    for (const id of [flags.sonLa, flags.hoaBinh]) {
      const forwarded = await t.staff
        .post(`/api/v1/nominations/${id}/review`)
        .send({ outcome: 'forward_to_council', reasons: 'Hồ sơ đầy đủ, đúng quy định' })
        .expect(200);
      expect(forwarded.body).toMatchObject({ state: 'in_council', allowedActions: [] });
    }
    const byStaff = await transition(t.staff, flags.sonLa, 'approve').expect(403);
    expect(byStaff.body).toMatchObject({
      code: 'NOMINATION.WRONG_ROLE',
      title: 'Chỉ Hội đồng Thi đua – Khen thưởng (qua kết quả biểu quyết) mới được chấp thuận.',
    });
    await transition(t.staff, flags.sonLa, 'return', 'Lý do').expect(409);
    await t.staff.post(`/api/v1/nominations/${flags.sonLa}/review`).send({ outcome: 'return', reasons: 'Muộn' }).expect(409);
  });

  it('counts the council on its 9 members of the day, and refuses ballots that do not fit it', async () => {
    onDay(t, '2024-02-21');
    const members = await t.staff.get('/api/v1/council-members?on=2024-02-20&pageSize=50').expect(200);
    expect(members.body.total).toBe(9);
    const before = await contentOf(t.dataSource, ...WORKFLOW_TABLES);
    const stranger = await councilVote(t.staff, flags.sonLa, '2024-02-20', [
      ...councilBallots(council, { inFavour: 7 }),
      { memberId: '00000000-0000-4000-8000-000000000000', choice: 'for', recordedAs: 'at_meeting' },
    ]).expect(422);
    expect(stranger.body).toMatchObject({
      code: 'COUNCIL_VOTE.INVALID',
      errors: [{ field: 'ballots[7].memberId', message: 'Người bỏ phiếu không phải là thành viên Hội đồng.' }],
    });
    const twice = [...councilBallots(council, { inFavour: 8 }), { memberId: council[0], choice: 'against', recordedAs: 'written_opinion' }];
    await councilVote(t.staff, flags.sonLa, '2024-02-20', twice).expect(422);
    const early = await councilVote(t.staff, flags.sonLa, '2024-01-05', councilBallots(council, { inFavour: 9 })).expect(422);
    expect(early.body.errors).toEqual([{ field: 'heldOn', message: 'Ngày họp không được trước ngày nộp hồ sơ (10/01/2024).' }]);
    const malformed = await councilVote(t.staff, flags.sonLa, '2024-02-30', [
      { memberId: 'x', choice: 'yes', recordedAs: 'by_phone' },
    ]).expect(400);
    expect(malformed.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'heldOn',
      'ballots.0.memberId',
      'ballots.0.choice',
      'ballots.0.recordedAs',
    ]);
    await councilVote(sonLa, flags.sonLa, '2024-02-20', councilBallots(council, { inFavour: 9 })).expect(403);
    expect(await contentOf(t.dataSource, ...WORKFLOW_TABLES)).toEqual(before);
  });

  it('approves Sơn La with 8 of 9 in favour, two of them written opinions of absent members', async () => {
    const vote = await councilVote(
      t.staff,
      flags.sonLa,
      '2024-02-20',
      councilBallots(council, { inFavour: 8, against: 1, inWriting: 2 }),
    ).expect(201);
    expect(vote.body).toMatchObject({
      nominationState: 'approved',
      threshold: { numerator: 80, denominator: 100 },
      totalMembers: 9,
      votesNeeded: 8,
      inFavour: 8,
      inFavourInWriting: 2,
      against: 1,
      passed: true,
      reason: '8/9 thành viên Hội đồng đồng ý (6 tại cuộc họp, 2 bằng văn bản), đạt ngưỡng 80% tổng số thành viên (cần ít nhất 8).',
      notVoted: [],
    });
    expect(vote.body.ballots.filter((b: { recordedAs: string }) => b.recordedAs === 'written_opinion')).toHaveLength(2);
    const nomination = await sonLa.get(`/api/v1/nominations/${flags.sonLa}`).expect(200);
    expect(nomination.body.state).toBe('approved');
    await councilVote(t.staff, flags.sonLa, '2024-02-20', councilBallots(council, { inFavour: 9 })).expect(409);
  });

  it('rejects Hòa Bình with 7 of 9 in favour although all 9 took part, giving the count as the reason', async () => {
    const vote = await councilVote(
      t.staff,
      flags.hoaBinh,
      '2024-02-20',
      councilBallots(council, { inFavour: 7, against: 1, abstain: 1, inWriting: 1 }),
    ).expect(201);
    expect(vote.body).toMatchObject({ nominationState: 'rejected', inFavour: 7, passed: false, notVoted: [] });
    const history = await hoaBinh.get(`/api/v1/nominations/${flags.hoaBinh}/history?action=reject`).expect(200);
    expect(history.body.items).toMatchObject([
      {
        fromState: 'in_council',
        toState: 'rejected',
        comment:
          '7/9 thành viên Hội đồng đồng ý (6 tại cuộc họp, 1 bằng văn bản), không đạt ngưỡng 80% tổng số thành viên (cần ít nhất 8).',
        actor: { username: 'vusta.thuongtruc' },
      },
    ]);
    const read = await t.staff.get(`/api/v1/nominations/${flags.hoaBinh}/council-vote`).expect(200);
    expect(read.body).toMatchObject({ heldOn: '2024-02-20', against: 1, abstaining: 1, passed: false });
    await hoaBinh.get(`/api/v1/nominations/${flags.hoaBinh}/council-vote`).expect(403);
  });

  it('awards Sơn La by decision 123/QĐ-LHHVN with a register number and 8 × 1,800,000 VND', async () => {
    onDay(t, '2024-03-20');
    const body = { number: '123/QĐ-LHHVN', decidedOn: '2024-03-15', signerName: 'Phan Xuân Dũng', signerPosition: 'Chủ tịch' };
    const before = await contentOf(t.dataSource, ...WORKFLOW_TABLES);
    const withRejected = await t.staff
      .post('/api/v1/award-decisions')
      .send({ ...body, nominationIds: [flags.sonLa, flags.hoaBinh] })
      .expect(422);
    expect(withRejected.body).toMatchObject({ code: 'AWARD_DECISION.NOMINATIONS_REFUSED', errors: [{ field: 'nominationIds[1]' }] });
    expect(withRejected.body.errors[0].message).toContain('"Không được chấp thuận"');
    const badNumber = await t.staff
      .post('/api/v1/award-decisions')
      .send({ ...body, number: '123-LHHVN', nominationIds: [flags.sonLa] })
      .expect(422);
    expect(badNumber.body.errors).toMatchObject([{ field: 'number' }]);
    const future = await t.staff
      .post('/api/v1/award-decisions')
      .send({ ...body, decidedOn: '2024-04-01', nominationIds: [flags.sonLa] })
      .expect(422);
    expect(future.body.code).toBe('AWARD_DECISION.DATE_INVALID');
    await t.staff
      .post('/api/v1/award-decisions')
      .send({ ...body, nominationIds: [flags.sonLa, flags.sonLa] })
      .expect(400);
    await sonLa
      .post('/api/v1/award-decisions')
      .send({ ...body, nominationIds: [flags.sonLa] })
      .expect(403);
    expect(await contentOf(t.dataSource, ...WORKFLOW_TABLES)).toEqual(before);

    const issued = await t.staff
      .post('/api/v1/award-decisions')
      .send({ ...body, nominationIds: [flags.sonLa] })
      .expect(201);
    decision = { id: issued.body.id, reference: issued.body.reference };
    expect(issued.body).toMatchObject({
      reference: '123/QĐ-LHHVN',
      issuer: 'LHHVN',
      year: 2024,
      decidedOn: '2024-03-15',
      signer: { name: 'Phan Xuân Dũng', position: 'Chủ tịch' },
      summary: 'Về việc tặng Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam năm 2023',
      recipientCount: 1,
      totalCashVnd: 14_400_000,
      recipients: [
        {
          year: 2023,
          awardType: { code: 'LHHVN_CO_THI_DUA' },
          recipient: { kind: 'collective', organization: { shortName: 'LHH Sơn La' }, person: null },
          decision: { reference: '123/QĐ-LHHVN', date: '2024-03-15' },
          registerNumber: expect.stringMatching(/^\d+$/),
          cash: {
            amountVnd: 14_400_000,
            explanation: '8 × 1.800.000 đồng (mức lương cơ sở theo Nghị định 24/2023/NĐ-CP) = 14.400.000 đồng',
          },
          nominationId: flags.sonLa,
          source: 'decision',
        },
      ],
    });
    const awarded = await sonLa.get(`/api/v1/nominations/${flags.sonLa}`).expect(200);
    expect(awarded.body.state).toBe('awarded');
    const again = await t.staff
      .post('/api/v1/award-decisions')
      .send({ ...body, number: '124/QĐ-LHHVN', nominationIds: [flags.sonLa] })
      .expect(422);
    expect(again.body.errors[0].message).toContain('"Đã khen thưởng"');
    const audit = await t.staff.get('/api/v1/audit').query({ entityType: 'award_decision' }).expect(200);
    expect(audit.body.items).toMatchObject([{ action: 'award_decision.issue', entityId: decision.id }]);
  });

  it('shows the flag in the register for 2023: for Sơn La, not for Hòa Bình', async () => {
    const { units } = conference.c3;
    const sonLaAwards = await hoaBinh.get(`/api/v1/organizations/${units.sonLa}/awards?year=2023`).expect(200);
    expect(sonLaAwards.body).toMatchObject({
      total: 1,
      items: [{ year: 2023, awardType: { code: 'LHHVN_CO_THI_DUA' }, decision: { id: decision.id, reference: '123/QĐ-LHHVN' } }],
    });
    const hoaBinhAwards = await hoaBinh.get(`/api/v1/organizations/${units.hoaBinh}/awards`).expect(200);
    expect(hoaBinhAwards.body.total).toBe(0);
    const register = await sonLa.get('/api/v1/award-register?year=2023').expect(200);
    expect(
      register.body.items.map((e: { recipient: { organization: { shortName: string } } }) => e.recipient.organization.shortName),
    ).toEqual(['LHH Sơn La']);
  });

  it('exports the nominations to an XLSX file that reads back with the same rows, and to CSV with a BOM', async () => {
    const { cluster } = conference.c3;
    const query = `year=2023&clusterId=${cluster}&sort=nominee`;
    const list = (await t.staff.get(`/api/v1/nominations?${query}`).expect(200)).body.items as {
      nominee: { organization: { fullName: string } };
      state: string;
    }[];
    const xlsx = await binary(t.staff.get(`/api/v1/nominations/export?${query}&format=xlsx`)).expect(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers['content-disposition']).toContain('filename="de-nghi-khen-thuong-2023.xlsx"');
    const sheet = readSheet(xlsx.body as Buffer);
    // The title spans the header's width: the merged cells after the first are empty.
    expect(sheet[0].filter(Boolean)).toEqual(['Danh sách đề nghị khen thưởng năm 2023']);
    const [header, ...rows] = sheet.slice(2);
    expect(header).toEqual([
      'STT',
      'Năm thi đua',
      'Loại khen thưởng',
      'Đối tượng được đề nghị',
      'Tập thể/Cá nhân',
      'Năm sinh',
      'Chức vụ',
      'Đơn vị',
      'Đơn vị trình',
      'Cụm thi đua',
      'Trạng thái',
      'Ngày nộp',
      'Căn cứ pháp lý',
      'Căn cứ suy tôn',
    ]);
    expect(rows.map((r) => [r[0], r[1], r[3], r[10], r[11], r[12]])).toEqual([
      ['1', '2023', list[0].nominee.organization.fullName, 'Không được chấp thuận', '10/01/2024', 'Nghị định 98/2023/NĐ-CP'],
      ['2', '2023', list[1].nominee.organization.fullName, 'Đã khen thưởng', '10/01/2024', 'Nghị định 98/2023/NĐ-CP'],
    ]);

    const csv = await t.staff.get(`/api/v1/nominations/export?${query}&format=csv`).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toContain('filename="de-nghi-khen-thuong-2023.csv"');
    expect(csv.text.startsWith('\uFEFFSTT,Năm thi đua,Loại khen thưởng,')).toBe(true);
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(3);

    const other = await hoaBinh.get(`/api/v1/nominations/export?${query}&format=csv`).expect(200);
    expect(other.text.split('\r\n').filter(Boolean)).toHaveLength(2);
    await t.staff.get('/api/v1/nominations/export?format=pdf').expect(400);
  });

  it("exports the decision's recipients with their register numbers and cash", async () => {
    const file = await binary(t.staff.get(`/api/v1/award-decisions/${decision.id}/export?format=xlsx`)).expect(200);
    expect(file.headers['content-disposition']).toContain('filename="quyet-dinh-123-qd-lhhvn.xlsx"');
    const sheet = readSheet(file.body as Buffer);
    expect(sheet[0].filter(Boolean)).toEqual(['Danh sách khen thưởng kèm theo Quyết định số 123/QĐ-LHHVN ngày 15/03/2024']);
    const entry = (await t.staff.get(`/api/v1/award-decisions/${decision.id}`).expect(200)).body.recipients[0];
    expect(sheet[3]).toEqual([
      '1',
      entry.registerNumber,
      'Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
      '2023',
      'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La',
      'Tập thể',
      '',
      'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La',
      '14400000',
      '8 × 1.800.000 đồng (mức lương cơ sở theo Nghị định 24/2023/NĐ-CP) = 14.400.000 đồng',
    ]);
  });

  it('imports the flags of past years, refusing the bad rows with their row numbers and reasons', async () => {
    const { units } = conference.c3;
    const csv = [
      'STT,Năm,Mã loại khen thưởng,Mã đơn vị,Số quyết định,Ngày quyết định,Số sổ vàng',
      '1,2021,LHHVN_CO_THI_DUA,LHH-SON-LA,15/QĐ-LHHVN,20/01/2022,0815',
      '2,2022,LHHVN_CO_THI_DUA,LHH-SON-LA,21/QĐ-LHHVN,18/01/2023,0912',
      '3,2022,LHHVN_CO_THI_DUA,LHH-HOA-BINH,21/QĐ-LHHVN,18/01/2023,0913',
      '4,2022,LHHVN_CO_THI_DUA,LHH-KHONG-CO,21/QĐ-LHHVN,18/01/2023,',
      '5,2022,LHHVN_CO_THI_DUA,LHH-SON-LA,22/QĐ-LHHVN,18/01/2023,',
      '6,2023,LHHVN_CO_THI_DUA,LHH-SON-LA,123/QĐ-LHHVN,15/03/2024,',
      '7,2022,LHHVN_BANG_KHEN,LHH-DIEN-BIEN,30/QĐ-LHHVN,18/01/2023,0913',
      '',
    ].join('\r\n');
    const imported = await t.staff
      .post('/api/v1/award-register/imports')
      .attach('file', Buffer.from(csv, 'utf8'), 'So khen thuong 2021-2022.csv')
      .expect(201);
    expect(imported.body).toMatchObject({ fileName: 'So khen thuong 2021-2022.csv', format: 'csv', rowsRead: 7, accepted: 3, refused: 4 });
    expect(
      imported.body.rows
        .filter((r: { accepted: boolean }) => !r.accepted)
        .map((r: { row: number; reasons: string[] }) => [r.row, r.reasons]),
    ).toEqual([
      [5, ['Không có đơn vị mã "LHH-KHONG-CO".']],
      [6, ['Trùng với dòng 3: cùng loại khen thưởng, năm và đối tượng.']],
      [7, ['Sổ khen thưởng đã ghi loại khen thưởng này cho đối tượng này trong năm này.']],
      [8, ['Số sổ vàng này đã được ghi cho một khen thưởng khác của cùng cơ quan ban hành.']],
    ]);
    const history = await hoaBinh.get(`/api/v1/organizations/${units.sonLa}/awards?sort=year`).expect(200);
    expect(history.body.items.map((e: { year: number; registerNumber: string; source: string }) => [e.year, e.source])).toEqual([
      [2021, 'import'],
      [2022, 'import'],
      [2023, 'decision'],
    ]);
    const english = await t.staff
      .post('/api/v1/award-register/imports')
      .set('accept-language', 'en')
      .attach('file', Buffer.from(csv, 'utf8'), 'again.csv')
      .expect(201);
    expect(english.body).toMatchObject({ accepted: 0, refused: 7 });
    expect(english.body.rows[0].reasons).toEqual(['The register already records this award for this recipient and year.']);
  });
});
