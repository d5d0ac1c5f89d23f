import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenSignedInUser, type SignedInUser } from '../helpers/auth.js';
import { cluster3Delegates, conference2023, GUESTS_2023, meetingRefusedWithoutChange } from '../helpers/meeting-factories.js';
import { type Cluster3, givenCluster3In2023 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe("Sơn La's officer records the Cluster 3 year-end conference of 27/11/2023", () => {
  let t: TestApp;
  let c3: Cluster3;
  let sonLa: SignedInUser;
  let dienBien: SignedInUser;
  let id: string;
  const meeting = () => `/api/v1/meetings/${id}`;

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    sonLa = await givenSignedInUser(t, { username: 'sonla.canbo', roles: ['unit_officer'], organizationId: c3.units.sonLa });
    dienBien = await givenSignedInUser(t, { username: 'dienbien.canbo', roles: ['unit_officer'], organizationId: c3.units.dienBien });
  });
  afterAll(async () => {
    await t.close();
  });

  it('opens the conference as a draft', async () => {
    const created = await t.http.post('/api/v1/meetings').set('authorization', sonLa.bearer).send(conference2023(c3)).expect(201);
    expect(created.body).toMatchObject({
      year: 2023,
      kind: 'year_end_summary',
      title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023',
      startsAt: '2023-11-27T01:00:00.000Z',
      endsAt: '2023-11-27T04:30:00.000Z',
      host: { shortName: 'LHH Sơn La' },
      cluster: { id: c3.cluster, name: 'Cụm thi đua số 3' },
      state: 'draft',
      finalizedAt: null,
      version: 1,
      delegates: [],
      guests: [],
      attendance: { memberCount: 8, presentCount: 0, votingCount: 0 },
    });
    id = created.body.id;
  });

  it('records the delegates of the 8 unions and the guests', async () => {
    const delegates = [
      ...cluster3Delegates(c3),
      { organizationId: c3.units.sonLa, fullName: 'Cán bộ thi đua Sơn La', position: null, present: true, votesForUnit: false },
    ];
    const withDelegates = await t.http
      .put(`${meeting()}/delegates`)
      .set('authorization', sonLa.bearer)
      .send({ delegates, version: 1 })
      .expect(200);
    expect(withDelegates.body.version).toBe(2);
    const withGuests = await t.http
      .put(`${meeting()}/guests`)
      .set('authorization', sonLa.bearer)
      .send({ guests: GUESTS_2023, version: 2 })
      .expect(200);
    expect(withGuests.body.version).toBe(3);
    await t.http
      .patch(meeting())
      .set('authorization', sonLa.bearer)
      .send({
        presiding: 'Chủ tịch LHH Sơn La, Cụm trưởng năm 2023',
        secretary: 'Chánh Văn phòng LHH Sơn La',
        minutes: 'Hội nghị thông qua biên bản.',
        agenda: [...conference2023(c3).agenda, '  Thông qua biên bản hội nghị  '],
        version: 3,
      })
      .expect(200);
  });

  it('reads the conference back, as any signed-in officer', async () => {
    const read = await t.http.get(meeting()).set('authorization', dienBien.bearer).expect(200);
    expect(read.body).toMatchObject({
      title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023',
      place: 'Thành phố Sơn La, tỉnh Sơn La',
      presiding: 'Chủ tịch LHH Sơn La, Cụm trưởng năm 2023',
      secretary: 'Chánh Văn phòng LHH Sơn La',
      minutes: 'Hội nghị thông qua biên bản.',
      agenda: [...conference2023(c3).agenda, 'Thông qua biên bản hội nghị'],
      state: 'draft',
      version: 4,
      amendments: [],
    });
    expect(read.body.guests.map((g: { agency: string }) => g.agency)).toEqual([
      'Ban Tuyên giáo Tỉnh ủy Sơn La',
      'Ban Dân vận Tỉnh ủy Sơn La',
      'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
    ]);
    expect(read.body.delegates).toHaveLength(9);
    expect(read.body.delegates[0]).toMatchObject({ unit: { shortName: 'LHH Sơn La' }, present: true, votesForUnit: true });
    expect(read.body.delegates.filter((d: { votesForUnit: boolean }) => d.votesForUnit)).toHaveLength(8);
    expect(read.body.attendance).toMatchObject({ memberCount: 8, presentCount: 8, votingCount: 8 });
    expect(read.body.attendance.units.map((u: { unit: { shortName: string } }) => u.unit.shortName)).toEqual([
      'LHH Điện Biên',
      'LHH Hòa Bình',
      'LHH Lai Châu',
      'LHH Lào Cai',
      'LHH Phú Thọ',
      'LHH Sơn La',
      'LHH Vĩnh Phúc',
      'LHH Yên Bái',
    ]);
  });

  it('counts a unit whose delegate stayed away as absent', async () => {
    const absent = cluster3Delegates(c3).map((d) => (d.organizationId === c3.units.laiChau ? { ...d, present: false } : d));
    const changed = await t.http
      .put(`${meeting()}/delegates`)
      .set('authorization', sonLa.bearer)
      .send({ delegates: absent, version: 4 })
      .expect(200);
    expect(changed.body.attendance).toMatchObject({ memberCount: 8, presentCount: 7, votingCount: 7 });
    const back = await t.http
      .put(`${meeting()}/delegates`)
      .set('authorization', sonLa.bearer)
      .send({ delegates: cluster3Delegates(c3), version: 5 })
      .expect(200);
    expect(back.body.attendance).toMatchObject({ presentCount: 8, votingCount: 8 });
  });

  it('lists it with filters, newest first, and finds it without diacritics', async () => {
    await t.http
      .post('/api/v1/meetings')
      .set('authorization', sonLa.bearer)
      .send({
        ...conference2023(c3),
        kind: 'mid_year_review',
        title: 'Sơ kết 6 tháng đầu năm 2023',
        startsAt: '2023-07-20T08:00:00+07:00',
        endsAt: null,
      })
      .expect(201);
    const all = await t.http
      .get('/api/v1/meetings')
      .query({ clusterId: c3.cluster, year: 2023 })
      .set('authorization', dienBien.bearer)
      .expect(200);
    expect(all.body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(all.body.items.map((m: { kind: string }) => m.kind)).toEqual(['year_end_summary', 'mid_year_review']);
    const oldest = await t.http.get('/api/v1/meetings').query({ sort: 'oldest' }).set('authorization', dienBien.bearer).expect(200);
    expect(oldest.body.items[0].kind).toBe('mid_year_review');
    const found = await t.http
      .get('/api/v1/meetings')
      .query({ q: 'tong ket cong tac thi dua', kind: 'year_end_summary' })
      .set('authorization', dienBien.bearer)
      .expect(200);
    expect(found.body.items.map((m: { id: string }) => m.id)).toEqual([id]);
    const paged = await t.http.get('/api/v1/meetings').query({ pageSize: 1, page: 2 }).set('authorization', dienBien.bearer).expect(200);
    expect(paged.body).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ kind: 'mid_year_review' }] });
    const none = await t.http.get('/api/v1/meetings').query({ year: 2024 }).set('authorization', dienBien.bearer).expect(200);
    expect(none.body).toMatchObject({ total: 0, items: [] });
  });

  it('finalizes the minutes, which locks them', async () => {
    const finalized = await t.http.post(`${meeting()}/finalize`).set('authorization', sonLa.bearer).send({ version: 6 }).expect(200);
    expect(finalized.body).toMatchObject({ state: 'finalized', version: 7 });
    expect(finalized.body.finalizedAt).toEqual(expect.any(String));
    const listed = await t.http.get('/api/v1/meetings').query({ state: 'finalized' }).set('authorization', dienBien.bearer).expect(200);
    expect(listed.body.items.map((m: { id: string }) => m.id)).toEqual([id]);
  });

  it('refuses a change to the finalized conference and says to record an amendment', async () => {
    const patched = await meetingRefusedWithoutChange(t.dataSource, () =>
      t.http.patch(meeting()).set('authorization', sonLa.bearer).send({ title: 'Hội thảo tổng kết', version: 7 }),
    );
    expect(patched.status).toBe(409);
    expect(patched.body.code).toBe('MEETING.FINALIZED');
    expect(patched.body.title).toContain('hãy lập bản sửa đổi');
    const delegates = await meetingRefusedWithoutChange(t.dataSource, () =>
      t.http.put(`${meeting()}/delegates`).set('authorization', sonLa.bearer).send({ delegates: [], version: 7 }),
    );
    expect(delegates.status).toBe(409);
    const guests = await meetingRefusedWithoutChange(t.dataSource, () =>
      t.http.put(`${meeting()}/guests`).set('authorization', sonLa.bearer).send({ guests: [], version: 7 }),
    );
    expect(guests.status).toBe(409);
    const again = await meetingRefusedWithoutChange(t.dataSource, () =>
      t.http.post(`${meeting()}/finalize`).set('authorization', sonLa.bearer).send({ version: 7 }),
    );
    expect(again.status).toBe(409);
  });

  it('records an amendment: who, when, the value before and after, and why; it stays visible', async () => {
    const amended = await t.http
      .post(`${meeting()}/amendments`)
      .set('authorization', sonLa.bearer)
      .send({ field: 'place', after: 'Hội trường Tỉnh ủy Sơn La', reason: 'Ghi địa điểm cụ thể theo giấy mời.', version: 7 })
      .expect(201);
    expect(amended.body).toMatchObject({ place: 'Hội trường Tỉnh ủy Sơn La', state: 'finalized', version: 8 });
    expect(amended.body.amendments).toEqual([
      {
        id: expect.any(String),
        amendedBy: { userId: sonLa.id, username: 'sonla.canbo' },
        amendedAt: expect.any(String),
        field: 'place',
        before: 'Thành phố Sơn La, tỉnh Sơn La',
        after: 'Hội trường Tỉnh ủy Sơn La',
        reason: 'Ghi địa điểm cụ thể theo giấy mời.',
      },
    ]);
    const absent = cluster3Delegates(c3).map((d) => (d.organizationId === c3.units.laiChau ? { ...d, present: false } : d));
    const delegates = await t.http
      .post(`${meeting()}/amendments`)
      .set('authorization', sonLa.bearer)
      .send({ field: 'delegates', after: absent, reason: 'Đại biểu Lai Châu vắng mặt, ghi nhầm là có mặt.', version: 8 })
      .expect(201);
    expect(delegates.body.attendance).toMatchObject({ presentCount: 7, votingCount: 7 });
    const read = await t.http.get(meeting()).set('authorization', dienBien.bearer).expect(200);
    expect(read.body.amendments.map((a: { field: string }) => a.field)).toEqual(['place', 'delegates']);
    expect(read.body.amendments[1].before).toEqual(cluster3Delegates(c3));
    expect(read.body.amendments[1].after).toEqual(absent);
  });

  it('keeps every change of the conference in the audit trail', async () => {
    const trail = await t.staff.get('/api/v1/audit').query({ entityType: 'meeting', entityId: id, pageSize: 50 }).expect(200);
    const actions = trail.body.items.map((e: { action: string }) => e.action).reverse();
    expect(actions).toEqual([
      'meeting.create',
      'meeting.update',
      'meeting.update',
      'meeting.update',
      'meeting.update',
      'meeting.update',
      'meeting.finalize',
      'meeting.amend',
      'meeting.amend',
    ]);
    const place = trail.body.items.find(
      (e: { action: string; changes: { after: { place?: string } } }) => e.action === 'meeting.amend' && e.changes.after.place,
    );
    expect(place).toMatchObject({
      actorUsername: 'sonla.canbo',
      subjectOrganizationId: c3.units.sonLa,
      changes: {
        before: { place: 'Thành phố Sơn La, tỉnh Sơn La' },
        after: { place: 'Hội trường Tỉnh ủy Sơn La', reason: 'Ghi địa điểm cụ thể theo giấy mời.' },
      },
    });
    const ownTrail = await t.http.get('/api/v1/audit').query({ entityId: id }).set('authorization', sonLa.bearer).expect(200);
    expect(ownTrail.body.total).toBe(9);
  });
});
