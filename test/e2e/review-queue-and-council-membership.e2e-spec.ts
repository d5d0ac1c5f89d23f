import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { councilBallots, councilVote, givenCouncil } from '../helpers/award-factories.js';
import {
  type Caller,
  givenAwardCatalog,
  givenDossier,
  officerOf,
  onDay,
  ownProposal,
  transition,
} from '../helpers/nomination-factories.js';
import { type Cluster3, contentOf, givenCluster3In2023 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The staff's queue of dossiers to check (thẩm định), and the council whose membership on the day of a session
 * is the total its threshold is counted on.
 */
describe('the review queue, and the council counted on its membership of the day', () => {
  let t: TestApp;
  let c3: Cluster3;
  let awards: Record<string, string>;
  let sonLa: Caller;
  let council: string[];
  const queued: Record<'first' | 'second' | 'third' | 'medal' | 'older', string> = {
    first: '',
    second: '',
    third: '',
    medal: '',
    older: '',
  };

  async function submitted(day: string, awardCode: string, n: number, year = 2025): Promise<string> {
    onDay(t, day);
    const body = {
      ...ownProposal(c3, 'sonLa', awards[awardCode], { fullName: `Quàng Thị Duyệt ${n}`, gender: 'female', birthYear: 1980 + n }),
      year,
    };
    const created = await sonLa.post('/api/v1/nominations').send(body).expect(201);
    await givenDossier(sonLa, created.body.id);
    await transition(sonLa, created.body.id, 'submit').expect(200);
    return created.body.id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    awards = await givenAwardCatalog(t);
    sonLa = await officerOf(t, c3, 'sonLa');
    queued.first = await submitted('2025-08-05', 'LHHVN_BANG_KHEN', 1);
    queued.second = await submitted('2025-08-06', 'LHHVN_BANG_KHEN', 2);
    queued.third = await submitted('2025-08-07', 'LHHVN_BANG_KHEN', 3);
    queued.medal = await submitted('2025-08-08', 'LHHVN_KY_NIEM_CHUONG', 4);
    queued.older = await submitted('2025-08-09', 'LHHVN_BANG_KHEN', 5, 2024);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists the dossiers awaiting the check, longest waiting first, a page at a time', async () => {
    const all = await t.staff.get('/api/v1/reviews').expect(200);
    expect(all.body.total).toBe(5);
    expect(all.body.items.map((n: { id: string }) => n.id)).toEqual([
      queued.first,
      queued.second,
      queued.third,
      queued.medal,
      queued.older,
    ]);
    const page = await t.staff.get('/api/v1/reviews?pageSize=2&page=2').expect(200);
    expect(page.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page.body.items.map((n: { id: string }) => n.id)).toEqual([queued.third, queued.medal]);
    const newest = await t.staff.get('/api/v1/reviews?sort=-waitingSince&pageSize=1').expect(200);
    expect(newest.body.items[0].id).toBe(queued.older);
  });

  it('filters the queue by year, cluster, award type and status', async () => {
    expect((await t.staff.get('/api/v1/reviews?year=2024').expect(200)).body.items.map((n: { id: string }) => n.id)).toEqual([
      queued.older,
    ]);
    const medals = await t.staff.get(`/api/v1/reviews?awardTypeId=${awards.LHHVN_KY_NIEM_CHUONG}&clusterId=${c3.cluster}`).expect(200);
    expect(medals.body.items.map((n: { id: string }) => n.id)).toEqual([queued.medal]);
    expect((await t.staff.get('/api/v1/reviews?clusterId=00000000-0000-4000-8000-000000000000').expect(200)).body.total).toBe(0);
    await t.staff.post(`/api/v1/nominations/${queued.first}/review`).send({ outcome: 'forward_to_council' }).expect(200);
    await t.staff
      .post(`/api/v1/nominations/${queued.second}/review`)
      .send({ outcome: 'return', reasons: 'Báo cáo thành tích chưa có số liệu năm 2025' })
      .expect(200);
    await transition(sonLa, queued.second, 'resubmit').expect(200);
    const waiting = await t.staff.get('/api/v1/reviews').expect(200);
    expect(waiting.body.items.map((n: { id: string; state: string }) => [n.id, n.state])).toEqual([
      [queued.third, 'submitted'],
      [queued.medal, 'submitted'],
      [queued.older, 'submitted'],
      [queued.second, 'resubmitted'],
    ]);
    expect(waiting.body.items[3].review).toMatchObject({
      timesReturned: 1,
      lastReturnReasons: 'Báo cáo thành tích chưa có số liệu năm 2025.',
    });
    const inCouncil = await t.staff.get('/api/v1/reviews?status=in_council').expect(200);
    expect(inCouncil.body.items.map((n: { id: string }) => n.id)).toEqual([queued.first]);
    await t.staff.get('/api/v1/reviews?status=draft').expect(400);
  });

  it('keeps dated council seats: one person once at a time, a seat ended with the version read', async () => {
    council = await givenCouncil(t, 9, '2025-08-06');
    const before = await contentOf(t.dataSource, 'council_members', 'audit_events');
    const twice = await t.staff
      .post('/api/v1/council-members')
      .send({ fullName: 'Thành viên  Hội đồng số 2', position: 'Ủy viên', memberFrom: '2025-06-01' })
      .expect(409);
    expect(twice.body).toMatchObject({ code: 'COUNCIL.MEMBERSHIP_OVERLAP', errors: [{ field: 'memberFrom' }] });
    const backwards = await t.staff
      .post('/api/v1/council-members')
      .send({ fullName: 'Hà Văn Mới', position: 'Ủy viên', memberFrom: '2025-06-01', memberTo: '2025-01-01' })
      .expect(422);
    expect(backwards.body.code).toBe('COUNCIL.MEMBERSHIP_PERIOD_INVALID');
    await t.staff
      .post('/api/v1/council-members')
      .send({ fullName: '', position: 'Ủy viên', memberFrom: '2025-02-30', extra: 1 })
      .expect(400);
    await sonLa.post('/api/v1/council-members').send({ fullName: 'Hà Văn Mới', position: 'Ủy viên', memberFrom: '2025-06-01' }).expect(403);
    expect(await contentOf(t.dataSource, 'council_members', 'audit_events')).toEqual(before);

    const ended = await t.staff.patch(`/api/v1/council-members/${council[8]}`).send({ memberTo: '2025-08-31', version: 1 }).expect(200);
    expect(ended.body).toMatchObject({ memberTo: '2025-08-31', version: 2 });
    await t.staff.patch(`/api/v1/council-members/${council[8]}`).send({ memberTo: '2025-09-30', version: 1 }).expect(409);
    expect((await sonLa.get('/api/v1/council-members?on=2025-08-31').expect(200)).body.total).toBe(9);
    expect((await sonLa.get('/api/v1/council-members?on=2025-09-01').expect(200)).body.total).toBe(8);
    const found = await sonLa.get('/api/v1/council-members?q=thanh vien hoi dong so 1&sort=memberFrom').expect(200);
    expect(found.body.items.map((m: { fullName: string }) => m.fullName)).toEqual(['Thành viên Hội đồng số 1']);
  });

  it('counts the threshold on the members of the session day, and refuses a day without a council', async () => {
    onDay(t, '2025-09-10');
    const noCouncil = await councilVote(t.staff, queued.first, '2025-08-05', councilBallots(council, { inFavour: 9 })).expect(422);
    expect(noCouncil.body).toMatchObject({
      code: 'COUNCIL.SESSION_DATE_INVALID',
      errors: [{ field: 'heldOn', message: 'Ngày 05/08/2025 Hội đồng Thi đua – Khen thưởng chưa có thành viên nào.' }],
    });
    const early = await councilVote(t.staff, queued.first, '2025-08-04', councilBallots(council, { inFavour: 9 })).expect(422);
    expect(early.body.errors[0].message).toBe('Ngày họp không được trước ngày nộp hồ sơ (05/08/2025).');
    const late = await councilVote(t.staff, queued.first, '2025-09-11', councilBallots(council, { inFavour: 8 })).expect(422);
    expect(late.body.errors).toEqual([{ field: 'heldOn', message: 'Ngày họp 11/09/2025 chưa đến.' }]);
    const gone = await councilVote(t.staff, queued.first, '2025-09-05', councilBallots(council, { inFavour: 9 })).expect(422);
    expect(gone.body.errors).toEqual([{ field: 'ballots[8].memberId', message: 'Người bỏ phiếu không phải là thành viên Hội đồng.' }]);
    const vote = await councilVote(t.staff, queued.first, '2025-09-05', councilBallots(council, { inFavour: 5, against: 3 })).expect(201);
    expect(vote.body).toMatchObject({ totalMembers: 8, votesNeeded: 5, passed: true, nominationState: 'approved' });
  });

  it('needs 90 % of all members for VUSTA’s Emulation Fighter: 8 of 9 is not enough', async () => {
    onDay(t, '2025-11-03');
    const fighter = await sonLa
      .post('/api/v1/nominations')
      .send({ ...ownProposal(c3, 'sonLa', awards.LHHVN_CHIEN_SI_THI_DUA, { fullName: 'Cầm Văn Sơn', gender: 'male', birthYear: 1976 }) })
      .expect(201);
    for (const year of [2023, 2024, 2025]) {
      await t.staff
        .post('/api/v1/award-register')
        .send({
          awardTypeId: awards.CHIEN_SI_THI_DUA_CO_SO,
          year,
          organizationId: c3.units.sonLa,
          person: { fullName: 'Cầm Văn Sơn', birthYear: 1976 },
          decisionReference: `${year}/QĐ-LHHSL`,
        })
        .expect(201);
    }
    await givenDossier(sonLa, fighter.body.id, ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_binh_xet', 'chung_nhan_sang_kien']);
    await transition(sonLa, fighter.body.id, 'submit').expect(200);
    await t.staff.post(`/api/v1/nominations/${fighter.body.id}/review`).send({ outcome: 'forward_to_council' }).expect(200);
    await t.staff.patch(`/api/v1/council-members/${council[8]}`).send({ memberTo: null, version: 2 }).expect(200);
    const vote = await councilVote(t.staff, fighter.body.id, '2025-11-03', councilBallots(council, { inFavour: 8, against: 1 })).expect(
      201,
    );
    expect(vote.body).toMatchObject({
      threshold: { numerator: 90, denominator: 100 },
      totalMembers: 9,
      votesNeeded: 9,
      passed: false,
      nominationState: 'rejected',
      reason: '8/9 thành viên Hội đồng đồng ý (8 tại cuộc họp, 0 bằng văn bản), không đạt ngưỡng 90% tổng số thành viên (cần ít nhất 9).',
    });
  });
});
