import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenCluster3Officers, type SignedInUser } from '../helpers/auth.js';
import { cluster3Delegates, conference2023, GUESTS_2023, meetingRefusedWithoutChange } from '../helpers/meeting-factories.js';
import type { Cluster3 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe("only the year's cluster secretariat and national staff manage a cluster's meetings", () => {
  let t: TestApp;
  let c3: Cluster3;
  let sonLa: SignedInUser;
  let laoCai: SignedInUser;
  let id: string;
  const meeting = () => `/api/v1/meetings/${id}`;
  const versionOf = async () => (await t.staff.get(meeting()).expect(200)).body.version as number;

  beforeAll(async () => {
    t = await startTestApp();
    ({ c3, sonLa, laoCai } = await givenCluster3Officers(t));
  });
  afterAll(async () => {
    await t.close();
  });

  it("refuses Lào Cai's officer a 2023 meeting of Cluster 3, which Sơn La chairs", async () => {
    const refused = await meetingRefusedWithoutChange(t.dataSource, () =>
      t.http.post('/api/v1/meetings').set('authorization', laoCai.bearer).send(conference2023(c3)),
    );
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'ACCESS.NOT_CLUSTER_SECRETARIAT' });
    expect(refused.body.title).toContain('thư ký cụm năm 2023');
  });

  it('lets national staff record it, and the 2023 secretariat carry on with it', async () => {
    const created = await t.staff.post('/api/v1/meetings').send(conference2023(c3)).expect(201);
    id = created.body.id;
    await t.http.put(`${meeting()}/guests`).set('authorization', sonLa.bearer).send({ guests: GUESTS_2023, version: 1 }).expect(200);
  });

  it("refuses Lào Cai's officer every change of it, but lets them read it", async () => {
    const version = await versionOf();
    const attempts = [
      () => t.http.patch(meeting()).send({ title: 'Hội nghị khác', version }),
      () => t.http.put(`${meeting()}/delegates`).send({ delegates: cluster3Delegates(c3), version }),
      () => t.http.put(`${meeting()}/guests`).send({ guests: [], version }),
      () => t.http.post(`${meeting()}/finalize`).send({ version }),
      () => t.http.post(`${meeting()}/amendments`).send({ field: 'title', after: 'Hội nghị khác', reason: 'Thử', version }),
    ];
    for (const attempt of attempts) {
      const refused = await meetingRefusedWithoutChange(t.dataSource, () => attempt().set('authorization', laoCai.bearer));
      expect([refused.status, refused.body.code]).toEqual([403, 'ACCESS.NOT_CLUSTER_SECRETARIAT']);
    }
    await t.http.get(meeting()).set('authorization', laoCai.bearer).expect(200);
  });

  it('refuses a meeting of a year that has no chair yet to every officer, but not to national staff', async () => {
    const for2024 = { ...conference2023(c3), year: 2024, title: 'Hội nghị phát động thi đua năm 2024', kind: 'launch_and_pact' };
    const refused = await meetingRefusedWithoutChange(t.dataSource, () =>
      t.http.post('/api/v1/meetings').set('authorization', sonLa.bearer).send(for2024),
    );
    expect(refused.status).toBe(403);
    expect(refused.body.title).toContain('thư ký cụm năm 2024');
    await t.staff.post('/api/v1/meetings').send(for2024).expect(201);
  });

  it("hands the 2024 meetings to Lào Cai's officer once Lào Cai chairs 2024", async () => {
    await t.http
      .put(`/api/v1/clusters/${c3.cluster}/terms/2024`)
      .set('authorization', sonLa.bearer)
      .send({ chairId: c3.units.laoCai, viceChairId: c3.units.yenBai, decidedBy: 'election' })
      .expect(201);
    const for2024 = {
      ...conference2023(c3),
      year: 2024,
      title: 'Sơ kết 6 tháng đầu năm 2024',
      kind: 'mid_year_review',
      startsAt: '2024-07-18T08:00:00+07:00',
      endsAt: null,
      hostOrganizationId: c3.units.laoCai,
    };
    await t.http.post('/api/v1/meetings').set('authorization', laoCai.bearer).send(for2024).expect(201);
    await t.http.post('/api/v1/meetings').set('authorization', sonLa.bearer).send(for2024).expect(403);
  });

  it('locks the 2023 meetings to Sơn La once 2023 is closed, but not to national staff', async () => {
    await t.http.post(`/api/v1/clusters/${c3.cluster}/terms/2023/close`).set('authorization', sonLa.bearer).expect(200);
    const version = await versionOf();
    const refused = await meetingRefusedWithoutChange(t.dataSource, () =>
      t.http.post(`${meeting()}/finalize`).set('authorization', sonLa.bearer).send({ version }),
    );
    expect(refused.status).toBe(403);
    await t.staff.patch(meeting()).send({ presiding: 'Chủ tịch LHH Sơn La', secretary: 'Văn phòng LHH Sơn La', version }).expect(200);
    await t.staff
      .post(`${meeting()}/finalize`)
      .send({ version: version + 1 })
      .expect(200);
    const amended = await t.staff
      .post(`${meeting()}/amendments`)
      .send({
        field: 'secretary',
        after: 'Chánh Văn phòng LHH Sơn La',
        reason: 'Ghi rõ chức danh của thư ký hội nghị.',
        version: version + 2,
      })
      .expect(201);
    expect(amended.body.amendments[0]).toMatchObject({
      field: 'secretary',
      before: 'Văn phòng LHH Sơn La',
      after: 'Chánh Văn phòng LHH Sơn La',
      amendedBy: { username: 'vusta.thuongtruc' },
    });
  });
});
