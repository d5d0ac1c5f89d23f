import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Response } from 'supertest';
import { Clock } from '../../src/platform/time/clock.js';
import {
  type Cluster3,
  givenCluster3In2023,
  givenOrganization,
  givenProvincialUnion,
  givenMerger,
  givenRename,
  refusedWithoutChange,
  UNKNOWN_ID,
} from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('membership of a cluster by year', () => {
  let t: TestApp;
  let c3: Cluster3;
  /** Another VUSTA cluster, and a block run by someone else. */
  let cluster9: string;
  let provincialBlock: string;

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    cluster9 = await createCluster({ code: 'VUSTA-C9', number: 9, name: 'Cụm thi đua số 9', ownerId: c3.vusta });
    const province = await givenOrganization(t.dataSource, {
      code: 'HDTDKT-SON-LA',
      kind: 'association',
      fullName: 'Hội đồng Thi đua - Khen thưởng tỉnh Sơn La',
      shortName: 'HĐTĐKT Sơn La',
    });
    provincialBlock = await createCluster({
      code: 'SL-KHOI-XH',
      number: 4,
      name: 'Khối các tổ chức xã hội',
      ownerId: province,
      kind: 'block',
    });
  });
  afterAll(async () => {
    await t.close();
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  async function createCluster(spec: { code: string; number: number; name: string; ownerId: string; kind?: string }): Promise<string> {
    const response = await t.staff
      .post('/api/v1/clusters')
      .send({ kind: 'cluster', rotationRule: 'elected', ...spec })
      .expect(201);
    return response.body.id as string;
  }

  const refused = (request: () => PromiseLike<Response>) => refusedWithoutChange(t.dataSource, request);

  function members(clusterId: string, query: Record<string, string | number> = {}) {
    return t.staff.get(`/api/v1/clusters/${clusterId}/members`).query(query);
  }

  describe('listing', () => {
    it('gives Cluster 3 exactly its 8 provincial unions in 2023, in Vietnamese alphabetical order', async () => {
      const response = await members(c3.cluster, { year: 2023 }).expect(200);
      expect(response.body).toMatchObject({ total: 8, page: 1, pageSize: 20 });
      expect(response.body.items.map((m: { shortName: string }) => m.shortName)).toEqual([
        'LHH Điện Biên',
        'LHH Hòa Bình',
        'LHH Lai Châu',
        'LHH Lào Cai',
        'LHH Phú Thọ',
        'LHH Sơn La',
        'LHH Vĩnh Phúc',
        'LHH Yên Bái',
      ]);
      expect(response.body.items[5]).toEqual({
        organizationId: c3.units.sonLa,
        code: 'LHH-SON-LA',
        fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La',
        shortName: 'LHH Sơn La',
        fromYear: 2023,
        toYear: null,
      });
    });

    it('has no members before the memberships began', async () => {
      const response = await members(c3.cluster, { year: 2022 }).expect(200);
      expect(response.body).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    });

    it('uses the current year from the clock when none is given', async () => {
      jest.spyOn(t.app.get(Clock), 'currentYear').mockReturnValue(2023);
      const response = await members(c3.cluster).expect(200);
      expect(response.body.total).toBe(8);
    });

    it('finds a member whatever the diacritics and tone-mark placement', async () => {
      for (const q of ['Hòa Bình', 'Hoà Bình', 'hoa binh']) {
        const response = await members(c3.cluster, { year: 2023, q }).expect(200);
        expect(response.body.items.map((m: { code: string }) => m.code)).toEqual(['LHH-HOA-BINH']);
      }
    });

    it('pages and sorts by code on request', async () => {
      const response = await members(c3.cluster, { year: 2023, sort: 'code', pageSize: 3, page: 3 }).expect(200);
      expect(response.body).toMatchObject({ total: 8, page: 3, pageSize: 3 });
      expect(response.body.items.map((m: { code: string }) => m.code)).toEqual(['LHH-VINH-PHUC', 'LHH-YEN-BAI']);
    });

    it('names each member as it was named in the year asked for', async () => {
      const unit = await givenProvincialUnion(t.dataSource, 'LHH-HA-TAY', 'Hà Tây');
      const cluster = await createCluster({ code: 'VUSTA-C20', number: 20, name: 'Cụm thử đổi tên', ownerId: c3.vusta });
      await t.staff.post(`/api/v1/clusters/${cluster}/members`).send({ organizationId: unit, fromYear: 2023 }).expect(201);
      await givenRename(t.dataSource, unit, {
        fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Tây mới',
        shortName: 'LHH Hà Tây mới',
        from: '2024-07-01',
      });
      const in2023 = await members(cluster, { year: 2023 }).expect(200);
      expect(in2023.body.items[0]).toMatchObject({
        shortName: 'LHH Hà Tây',
        fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Tây',
      });
      const in2024 = await members(cluster, { year: 2024 }).expect(200);
      expect(in2024.body.items[0]).toMatchObject({ shortName: 'LHH Hà Tây mới' });
    });

    it('answers 404 for an unknown cluster and 400 for a bad year', async () => {
      const unknown = await members(UNKNOWN_ID, { year: 2023 }).expect(404);
      expect(unknown.body.title).toBe(`Không tìm thấy cụm thi đua có mã định danh ${UNKNOWN_ID}.`);
      const badYear = await members(c3.cluster, { year: 'năm ngoái' }).expect(400);
      expect(badYear.body.errors).toContainEqual({ field: 'year', message: 'Phải là số nguyên.' });
    });
  });

  describe('adding', () => {
    it('adds a unit from a year, which then shows in that year', async () => {
      const unit = await givenProvincialUnion(t.dataSource, 'LHH-CAN-THO', 'Cần Thơ');
      const response = await t.staff
        .post(`/api/v1/clusters/${cluster9}/members`)
        .send({ organizationId: unit, fromYear: 2023 })
        .expect(201);
      expect(response.body).toEqual({
        organizationId: unit,
        code: 'LHH-CAN-THO',
        fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Cần Thơ',
        shortName: 'LHH Cần Thơ',
        fromYear: 2023,
        toYear: null,
      });
      const listed = await members(cluster9, { year: 2030 }).expect(200);
      expect(listed.body.items.map((m: { organizationId: string }) => m.organizationId)).toEqual([unit]);
    });

    it('refuses a unit already in another cluster of the same owner that year, naming it, and writes nothing', async () => {
      const response = await refused(() =>
        t.staff.post(`/api/v1/clusters/${cluster9}/members`).send({ organizationId: c3.units.sonLa, fromYear: 2020, toYear: 2023 }),
      );
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        code: 'REGISTRY.ALREADY_IN_CLUSTER_OF_OWNER',
        title:
          'LHH Sơn La đã là thành viên của Cụm thi đua số 3 (2023–nay), cụm của cùng đơn vị tổ chức. ' +
          'Mỗi năm, một đơn vị chỉ thuộc một cụm của cùng một đơn vị tổ chức thi đua.',
        errors: [{ field: 'organizationId', message: 'Đơn vị đã thuộc một cụm khác trong những năm này.' }],
      });
    });

    it('refuses a second, overlapping membership of the same cluster', async () => {
      const response = await refused(() =>
        t.staff.post(`/api/v1/clusters/${c3.cluster}/members`).send({ organizationId: c3.units.laoCai, fromYear: 2024 }),
      );
      expect(response.status).toBe(409);
    });

    it('accepts the same unit in another cluster of the same owner in years that do not overlap', async () => {
      await t.staff
        .post(`/api/v1/clusters/${cluster9}/members`)
        .send({ organizationId: c3.units.dienBien, fromYear: 2020, toYear: 2022 })
        .expect(201);
      const response = await members(cluster9, { year: 2021 }).expect(200);
      expect(response.body.items).toEqual([expect.objectContaining({ organizationId: c3.units.dienBien, fromYear: 2020, toYear: 2022 })]);
    });

    it("accepts a unit in a different owner's block in the same year", async () => {
      await t.staff
        .post(`/api/v1/clusters/${provincialBlock}/members`)
        .send({ organizationId: c3.units.sonLa, fromYear: 2023 })
        .expect(201);
      const clusters = await t.staff.get('/api/v1/clusters').query({ memberId: c3.units.sonLa, year: 2023 }).expect(200);
      expect(clusters.body.items.map((c: { code: string }) => c.code)).toEqual(['VUSTA-C3', 'SL-KHOI-XH']);
    });

    it('lets exactly one of two concurrent additions of a unit to two clusters of one owner succeed', async () => {
      const clusterA = await createCluster({ code: 'VUSTA-C21', number: 21, name: 'Cụm A', ownerId: c3.vusta });
      const clusterB = await createCluster({ code: 'VUSTA-C22', number: 22, name: 'Cụm B', ownerId: c3.vusta });
      const units = await Promise.all(
        ['Bắc Kạn', 'Cao Bằng', 'Hà Giang', 'Lạng Sơn', 'Tuyên Quang'].map((province, index) =>
          givenProvincialUnion(t.dataSource, `LHH-RACE-${index}`, province),
        ),
      );
      const outcomes = await Promise.all(
        units.map(async (unit) => {
          const [a, b] = await Promise.all([
            t.staff.post(`/api/v1/clusters/${clusterA}/members`).send({ organizationId: unit, fromYear: 2024 }),
            t.staff.post(`/api/v1/clusters/${clusterB}/members`).send({ organizationId: unit, fromYear: 2023, toYear: 2025 }),
          ]);
          return { unit, statuses: [a.status, b.status].sort(), loser: a.status === 409 ? a : b };
        }),
      );
      for (const outcome of outcomes) {
        expect(outcome.statuses).toEqual([201, 409]);
        expect(outcome.loser.body.code).toBe('REGISTRY.ALREADY_IN_CLUSTER_OF_OWNER');
        expect(outcome.loser.body.title).toContain('Mỗi năm, một đơn vị chỉ thuộc một cụm');
        const rows = await t.dataSource.query(`SELECT cluster_id FROM cluster_memberships WHERE organization_id = $1`, [outcome.unit]);
        expect(rows).toHaveLength(1);
      }
    });

    it('refuses a unit that did not exist yet in the first year', async () => {
      const newLaoCai = await givenOrganization(t.dataSource, {
        code: 'LHH-LAO-CAI-2025',
        fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai',
        shortName: 'LHH Lào Cai',
        activeFrom: '2025-07-01',
      });
      const response = await refused(() =>
        t.staff.post(`/api/v1/clusters/${cluster9}/members`).send({ organizationId: newLaoCai, fromYear: 2024 }),
      );
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        code: 'REGISTRY.MEMBERSHIP_PERIOD_INVALID',
        title: 'LHH Lào Cai không thể là thành viên trong các năm đã chọn.',
        errors: [{ field: 'fromYear', message: 'Đơn vị bắt đầu hoạt động từ ngày 01/07/2025, nên không thể là thành viên từ năm 2024.' }],
      });
    });

    it('refuses a unit that has ceased, unless the membership ends by then', async () => {
      const merged = await givenOrganization(t.dataSource, {
        code: 'LHH-HA-NAM',
        fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Nam',
        shortName: 'LHH Hà Nam',
      });
      // Hà Nam ceased on 30/06/2025, merged into the new Ninh Bình.
      await givenMerger(t.dataSource, {
        sourceIds: [merged],
        successor: {
          code: 'LHH-NINH-BINH-2025',
          fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Ninh Bình',
          shortName: 'LHH Ninh Bình',
          kind: 'provincial_union',
        },
        effectiveDate: '2025-07-01',
      });
      const afterwards = await refused(() =>
        t.staff.post(`/api/v1/clusters/${cluster9}/members`).send({ organizationId: merged, fromYear: 2026 }),
      );
      expect(afterwards.status).toBe(422);
      expect(afterwards.body.errors).toEqual([
        { field: 'fromYear', message: 'Đơn vị đã ngừng hoạt động từ ngày 30/06/2025, nên không thể là thành viên năm 2026.' },
      ]);
      const openEnded = await refused(() =>
        t.staff.post(`/api/v1/clusters/${cluster9}/members`).send({ organizationId: merged, fromYear: 2024 }),
      );
      expect(openEnded.status).toBe(422);
      expect(openEnded.body.errors).toEqual([
        { field: 'toYear', message: 'Đơn vị ngừng hoạt động ngày 30/06/2025: năm kết thúc phải có và không được sau năm 2025.' },
      ]);
      await t.staff.post(`/api/v1/clusters/${cluster9}/members`).send({ organizationId: merged, fromYear: 2024, toYear: 2025 }).expect(201);
    });

    it('refuses a last year before the first year', async () => {
      const response = await refused(() =>
        t.staff.post(`/api/v1/clusters/${cluster9}/members`).send({ organizationId: c3.units.sonLa, fromYear: 2019, toYear: 2018 }),
      );
      expect(response.status).toBe(422);
      expect(response.body.errors).toEqual([{ field: 'toYear', message: 'Năm kết thúc (2018) không được trước năm bắt đầu (2019).' }]);
    });

    it('refuses an unknown unit on its field and an unknown cluster with 404', async () => {
      const unknownUnit = await refused(() =>
        t.staff.post(`/api/v1/clusters/${cluster9}/members`).send({ organizationId: UNKNOWN_ID, fromYear: 2024 }),
      );
      expect(unknownUnit.status).toBe(422);
      expect(unknownUnit.body.errors).toEqual([
        { field: 'organizationId', message: `Không có đơn vị nào mang mã định danh ${UNKNOWN_ID}.` },
      ]);
      const unknownCluster = await refused(() =>
        t.staff.post(`/api/v1/clusters/${UNKNOWN_ID}/members`).send({ organizationId: c3.units.sonLa, fromYear: 2024 }),
      );
      expect(unknownCluster.status).toBe(404);
    });

    it('refuses malformed bodies: invalid JSON, wrong types, extra fields', async () => {
      const invalidJson = await refused(() =>
        t.staff.post(`/api/v1/clusters/${cluster9}/members`).set('content-type', 'application/json').send('{organizationId:'),
      );
      expect(invalidJson.status).toBe(400);
      expect(invalidJson.body.code).toBe('REQUEST.MALFORMED_BODY');

      const wrongTypes = await refused(() =>
        t.staff.post(`/api/v1/clusters/${cluster9}/members`).send({ organizationId: 42, fromYear: '2024', toYear: 1800 }),
      );
      expect(wrongTypes.status).toBe(400);
      expect(wrongTypes.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'organizationId', message: 'Phải là mã định danh (UUID) hợp lệ.' },
          { field: 'fromYear', message: 'Phải là số nguyên.' },
          { field: 'toYear', message: 'Giá trị quá nhỏ; không được nhỏ hơn 1945' },
        ]),
      );

      const extra = await refused(() =>
        t.staff.post(`/api/v1/clusters/${cluster9}/members`).send({ organizationId: c3.units.sonLa, fromYear: 2030, role: 'head' }),
      );
      expect(extra.status).toBe(400);
      expect(extra.body.errors).toEqual([{ field: 'role', message: 'Trường này không được phép gửi lên.' }]);
    });
  });

  describe('ending', () => {
    it('ends the open membership with its last year', async () => {
      const unit = await givenProvincialUnion(t.dataSource, 'LHH-BAC-LIEU', 'Bạc Liêu');
      await t.staff.post(`/api/v1/clusters/${cluster9}/members`).send({ organizationId: unit, fromYear: 2022 }).expect(201);
      const response = await t.staff.post(`/api/v1/clusters/${cluster9}/members/${unit}/end`).send({ lastYear: 2024 }).expect(200);
      expect(response.body).toMatchObject({ organizationId: unit, shortName: 'LHH Bạc Liêu', fromYear: 2022, toYear: 2024 });
      const in2024 = await members(cluster9, { year: 2024, q: 'bac lieu' }).expect(200);
      expect(in2024.body.total).toBe(1);
      const in2025 = await members(cluster9, { year: 2025, q: 'bac lieu' }).expect(200);
      expect(in2025.body.total).toBe(0);
      // Once ended, the unit may join another cluster of the same owner from the next year.
      await t.staff.post(`/api/v1/clusters/${c3.cluster}/members`).send({ organizationId: unit, fromYear: 2025 }).expect(201);
    });

    it('answers 404 when there is no open membership', async () => {
      const response = await refused(() =>
        t.staff.post(`/api/v1/clusters/${cluster9}/members/${c3.units.sonLa}/end`).send({ lastYear: 2024 }),
      );
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({
        code: 'REGISTRY.NO_OPEN_MEMBERSHIP',
        title: expect.stringContaining('không có tư cách thành viên đang mở'),
      });
    });

    it('refuses a last year before the membership began', async () => {
      const response = await refused(() =>
        t.staff.post(`/api/v1/clusters/${c3.cluster}/members/${c3.units.phuTho}/end`).send({ lastYear: 2022 }),
      );
      expect(response.status).toBe(422);
      expect(response.body.errors).toEqual([
        { field: 'lastYear', message: 'Năm cuối (2022) không được trước năm bắt đầu làm thành viên (2023).' },
      ]);
    });

    it('refuses to end the membership of a unit that chairs a later term', async () => {
      await t.staff
        .put(`/api/v1/clusters/${c3.cluster}/terms/2024`)
        .send({ chairId: c3.units.laoCai, viceChairId: c3.units.yenBai, decidedBy: 'rotation' })
        .expect(201);
      const response = await refused(() =>
        t.staff.post(`/api/v1/clusters/${c3.cluster}/members/${c3.units.yenBai}/end`).send({ lastYear: 2023 }),
      );
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        code: 'REGISTRY.MEMBERSHIP_HOLDS_TERM',
        title: expect.stringContaining('LHH Yên Bái là cụm trưởng hoặc cụm phó năm 2024'),
        errors: [{ field: 'lastYear', message: 'Phải từ năm 2024 trở đi.' }],
      });
    });

    it('refuses a malformed unit id, a missing last year and extra fields', async () => {
      const badId = await refused(() => t.staff.post(`/api/v1/clusters/${c3.cluster}/members/son-la/end`).send({ lastYear: 2024 }));
      expect(badId.status).toBe(400);
      expect(badId.body.errors).toEqual([{ field: 'organizationId', message: 'Phải là mã định danh (UUID) hợp lệ.' }]);
      const missing = await refused(() =>
        t.staff.post(`/api/v1/clusters/${c3.cluster}/members/${c3.units.phuTho}/end`).send({ year: 2024 }),
      );
      expect(missing.status).toBe(400);
      expect(missing.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'year', message: 'Trường này không được phép gửi lên.' },
          { field: 'lastYear', message: 'Phải là số nguyên.' },
        ]),
      );
    });
  });
});
