import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenCluster3Officers, type SignedInUser } from '../helpers/auth.js';
import type { Cluster3 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe("the cluster secretariat's rights move with the chair", () => {
  let t: TestApp;
  let c3: Cluster3;
  let sonLa: SignedInUser;
  let laoCai: SignedInUser;
  const term = (year: number) => `/api/v1/clusters/${c3.cluster}/terms/${year}`;

  beforeAll(async () => {
    t = await startTestApp();
    ({ c3, sonLa, laoCai } = await givenCluster3Officers(t));
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets every signed-in officer read the registry, but not change it', async () => {
    await t.http.get(term(2023)).set('authorization', laoCai.bearer).expect(200);
    const refused = await t.http
      .post(`/api/v1/clusters/${c3.cluster}/members`)
      .set('authorization', laoCai.bearer)
      .send({ organizationId: c3.units.laoCai, fromYear: 2030 })
      .expect(403);
    expect(refused.body).toMatchObject({ code: 'ACCESS.FORBIDDEN', title: 'Bạn không có quyền thực hiện thao tác này.' });
  });

  it("refuses Lào Cai's officer the 2024 term while Sơn La chairs 2023", async () => {
    const response = await t.http
      .put(term(2024))
      .set('authorization', laoCai.bearer)
      .send({ chairId: c3.units.laoCai, viceChairId: c3.units.yenBai, decidedBy: 'election' })
      .expect(403);
    expect(response.body.code).toBe('ACCESS.NOT_CLUSTER_SECRETARIAT');
    expect(response.body.title).toContain('thư ký cụm năm 2023');
    await t.staff.get(term(2024)).expect(404);
  });

  it("lets Sơn La's officer, the 2023 secretariat, record the 2024 term decided at its conference", async () => {
    const response = await t.http
      .put(term(2024))
      .set('authorization', sonLa.bearer)
      .send({ chairId: c3.units.laoCai, viceChairId: c3.units.yenBai, decidedBy: 'election' })
      .expect(201);
    expect(response.body).toMatchObject({ year: 2024, chair: { shortName: 'LHH Lào Cai' }, viceChair: { shortName: 'LHH Yên Bái' } });
  });

  it("hands the secretariat of 2024 to Lào Cai's officer once the 2024 term exists", async () => {
    const bySonLa = await t.http
      .put(term(2025))
      .set('authorization', sonLa.bearer)
      .send({ chairId: c3.units.yenBai, decidedBy: 'rotation' })
      .expect(403);
    expect(bySonLa.body.title).toContain('thư ký cụm năm 2024');
    await t.http.put(term(2025)).set('authorization', laoCai.bearer).send({ chairId: c3.units.yenBai, decidedBy: 'rotation' }).expect(201);
  });

  it('locks a closed year to its secretariat but not to national staff', async () => {
    const closed = await t.http
      .post(`${term(2023)}/close`)
      .set('authorization', sonLa.bearer)
      .expect(200);
    expect(closed.body.closedAt).toEqual(expect.any(String));
    const current = await t.staff.get(term(2024)).expect(200);
    const afterClose = await t.http
      .put(term(2024))
      .set('authorization', sonLa.bearer)
      .send({ chairId: c3.units.laoCai, viceChairId: c3.units.sonLa, decidedBy: 'election', version: current.body.version })
      .expect(403);
    expect(afterClose.body.code).toBe('ACCESS.NOT_CLUSTER_SECRETARIAT');
    await t.http
      .post(`${term(2023)}/close`)
      .set('authorization', sonLa.bearer)
      .expect(403);
    const again = await t.staff.post(`${term(2023)}/close`).expect(409);
    expect(again.body.code).toBe('REGISTRY.TERM_CLOSED');
    const year2023 = await t.staff.get(term(2023)).expect(200);
    await t.staff
      .put(term(2023))
      .send({ chairId: c3.units.sonLa, decidedBy: 'rotation', note: 'Đính chính', version: year2023.body.version })
      .expect(200);
  });

  it("refuses another unit's officer to close a year it does not chair", async () => {
    await t.http
      .post(`${term(2024)}/close`)
      .set('authorization', sonLa.bearer)
      .expect(403);
  });
});
