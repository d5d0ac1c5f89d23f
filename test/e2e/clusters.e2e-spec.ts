import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Clock } from '../../src/platform/time/clock.js';
import type { Response } from 'supertest';
import { type Cluster3, givenCluster3In2023, givenOrganization, refusedWithoutChange, UNKNOWN_ID } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('clusters: the register of cụm and khối thi đua', () => {
  let t: TestApp;
  let c3: Cluster3;
  let province: string;

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    // The enum has no kind for a provincial emulation council yet; an association stands in for it.
    province = await givenOrganization(t.dataSource, {
      code: 'HDTDKT-SON-LA',
      kind: 'association',
      fullName: 'Hội đồng Thi đua - Khen thưởng tỉnh Sơn La',
      shortName: 'HĐTĐKT Sơn La',
    });
  });
  afterAll(async () => {
    await t.close();
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  const refused = (request: () => PromiseLike<Response>) => refusedWithoutChange(t.dataSource, request);

  describe('creating', () => {
    it('creates a cluster and answers with it, its owner named', async () => {
      const response = await t.staff
        .post('/api/v1/clusters')
        .send({ code: 'VUSTA-C6', number: 6, name: 'Cụm thi đua số 6', kind: 'cluster', ownerId: c3.vusta, rotationRule: 'elected' })
        .expect(201);
      expect(response.body).toMatchObject({
        id: expect.any(String),
        code: 'VUSTA-C6',
        number: 6,
        name: 'Cụm thi đua số 6',
        kind: 'cluster',
        owner: { id: c3.vusta, code: 'VUSTA', fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam' },
        rotationRule: 'elected',
        rotationOrder: [],
        version: 1,
        memberCount: 0,
        supervisor: null,
        term: null,
      });
      const [row] = await t.dataSource.query(`SELECT code, owner_id FROM clusters WHERE id = $1`, [response.body.id]);
      expect(row).toEqual({ code: 'VUSTA-C6', owner_id: c3.vusta });
    });

    it('stores a rotation order of units', async () => {
      const order = [c3.units.sonLa, c3.units.laoCai, c3.units.yenBai];
      const response = await t.staff
        .post('/api/v1/clusters')
        .send({
          code: 'VUSTA-C7',
          number: 7,
          name: 'Cụm thi đua số 7',
          kind: 'cluster',
          ownerId: c3.vusta,
          rotationRule: 'round_robin',
          rotationOrder: order,
        })
        .expect(201);
      expect(response.body.rotationOrder).toEqual(order);
    });

    it('lets another owner, or another kind, use the same number', async () => {
      await t.staff
        .post('/api/v1/clusters')
        .send({ code: 'SL-KHOI-3', number: 3, name: 'Khối các tổ chức xã hội', kind: 'block', ownerId: province, rotationRule: 'elected' })
        .expect(201);
      await t.staff
        .post('/api/v1/clusters')
        .send({ code: 'VUSTA-K3', number: 3, name: 'Khối thi đua số 3', kind: 'block', ownerId: c3.vusta, rotationRule: 'elected' })
        .expect(201);
    });

    it('refuses a code already taken, in Vietnamese, writing nothing', async () => {
      const response = await refused(() =>
        t.staff
          .post('/api/v1/clusters')
          .send({ code: 'VUSTA-C3', number: 30, name: 'Cụm trùng mã', kind: 'cluster', ownerId: c3.vusta, rotationRule: 'elected' }),
      );
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        code: 'REGISTRY.CLUSTER_CODE_TAKEN',
        title: 'Mã cụm này đã được dùng cho một cụm khác.',
        errors: [{ field: 'code', message: 'Mã cụm đã tồn tại.' }],
      });
    });

    it('refuses a second cluster of the same owner, kind and number', async () => {
      const response = await refused(() =>
        t.staff
          .post('/api/v1/clusters')
          .send({ code: 'VUSTA-C3-BIS', number: 3, name: 'Cụm số 3 thứ hai', kind: 'cluster', ownerId: c3.vusta, rotationRule: 'elected' }),
      );
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        code: 'REGISTRY.CLUSTER_NUMBER_TAKEN',
        title: expect.stringContaining('cùng loại mang số này'),
      });
    });

    it('refuses an owner that does not exist, on the ownerId field', async () => {
      const response = await refused(() =>
        t.staff
          .post('/api/v1/clusters')
          .send({ code: 'NO-OWNER', number: 1, name: 'Cụm không chủ', kind: 'cluster', ownerId: UNKNOWN_ID, rotationRule: 'elected' }),
      );
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        code: 'REGISTRY.CLUSTER_OWNER_UNKNOWN',
        errors: [{ field: 'ownerId', message: 'Không có đơn vị nào mang mã định danh này.' }],
      });
    });

    it('refuses a rotation order naming units that do not exist', async () => {
      const response = await refused(() =>
        t.staff.post('/api/v1/clusters').send({
          code: 'BAD-ORDER',
          number: 11,
          name: 'Cụm thử',
          kind: 'cluster',
          ownerId: c3.vusta,
          rotationRule: 'round_robin',
          rotationOrder: [c3.units.sonLa, UNKNOWN_ID],
        }),
      );
      expect(response.status).toBe(422);
      expect(response.body.errors).toEqual([{ field: 'rotationOrder', message: `Không có đơn vị nào mang mã định danh: ${UNKNOWN_ID}.` }]);
    });

    it('refuses a body that is not JSON', async () => {
      const response = await refused(() => t.staff.post('/api/v1/clusters').set('content-type', 'application/json').send('{"code": "X",'));
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'REQUEST.MALFORMED_BODY', title: 'Nội dung yêu cầu không phải JSON hợp lệ.' });
    });

    it('refuses wrong types and missing fields field by field, in Vietnamese', async () => {
      const response = await refused(() =>
        t.staff
          .post('/api/v1/clusters')
          .send({ code: 'C 1', number: '3', name: '', kind: 'cum', ownerId: 'vusta', rotationRule: 'luan_phien', rotationOrder: 'abc' }),
      );
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('REQUEST.INVALID');
      const fields = (response.body.errors as { field: string; message: string }[]).map((error) => error.field);
      expect(new Set(fields)).toEqual(new Set(['code', 'number', 'name', 'kind', 'ownerId', 'rotationRule', 'rotationOrder']));
      expect(response.body.errors).toContainEqual({ field: 'number', message: 'Phải là số nguyên.' });
      expect(response.body.errors).toContainEqual({ field: 'ownerId', message: 'Phải là mã định danh (UUID) hợp lệ.' });
      expect(response.body.errors).toContainEqual({ field: 'kind', message: 'Giá trị không hợp lệ; phải là một trong: cluster, block' });
    });

    it('refuses fields it does not know', async () => {
      const response = await refused(() =>
        t.staff.post('/api/v1/clusters').send({
          code: 'EXTRA',
          number: 12,
          name: 'Cụm thử',
          kind: 'cluster',
          ownerId: c3.vusta,
          rotationRule: 'elected',
          chairId: c3.units.sonLa,
        }),
      );
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ field: 'chairId', message: 'Trường này không được phép gửi lên.' }]);
    });
  });

  describe('listing', () => {
    it('finds clusters whatever the diacritics', async () => {
      for (const q of ['cum thi dua so 3', 'CỤM THI ĐUA SỐ 3', 'Cụm thi đua số 3']) {
        const response = await t.staff.get('/api/v1/clusters').query({ q }).expect(200);
        expect(response.body.items.map((c: { code: string }) => c.code)).toEqual(['VUSTA-C3']);
      }
      const byCode = await t.staff.get('/api/v1/clusters').query({ q: 'vusta-c' }).expect(200);
      expect(byCode.body.total).toBe(3);
    });

    it('sorts by number by default, and by name or code on request, with the total', async () => {
      const byNumber = await t.staff.get('/api/v1/clusters').query({ ownerId: c3.vusta, kind: 'cluster' }).expect(200);
      expect(byNumber.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
      expect(byNumber.body.items.map((c: { number: number }) => c.number)).toEqual([3, 6, 7]);

      const byName = await t.staff.get('/api/v1/clusters').query({ sort: 'name' }).expect(200);
      expect(byName.body.items.map((c: { name: string }) => c.name)).toEqual([
        'Cụm thi đua số 3',
        'Cụm thi đua số 6',
        'Cụm thi đua số 7',
        'Khối các tổ chức xã hội',
        'Khối thi đua số 3',
      ]);

      const page2 = await t.staff.get('/api/v1/clusters').query({ sort: 'code', pageSize: 2, page: 2 }).expect(200);
      expect(page2.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
      expect(page2.body.items.map((c: { code: string }) => c.code)).toEqual(['VUSTA-C6', 'VUSTA-C7']);
    });

    it('filters by kind and by owner', async () => {
      const blocks = await t.staff.get('/api/v1/clusters').query({ kind: 'block' }).expect(200);
      expect(blocks.body.items.map((c: { code: string }) => c.code)).toEqual(['SL-KHOI-3', 'VUSTA-K3']);
      const provincial = await t.staff.get('/api/v1/clusters').query({ ownerId: province }).expect(200);
      expect(provincial.body.items).toEqual([
        expect.objectContaining({ code: 'SL-KHOI-3', owner: expect.objectContaining({ shortName: 'HĐTĐKT Sơn La' }) }),
      ]);
    });

    it('lists the clusters a unit belongs to in a year, across hierarchies', async () => {
      const block = await t.staff.get('/api/v1/clusters').query({ q: 'xa hoi' }).expect(200);
      await t.staff
        .post(`/api/v1/clusters/${block.body.items[0].id}/members`)
        .send({ organizationId: c3.units.sonLa, fromYear: 2024 })
        .expect(201);

      const in2024 = await t.staff.get('/api/v1/clusters').query({ memberId: c3.units.sonLa, year: 2024 }).expect(200);
      expect(in2024.body.items.map((c: { code: string }) => c.code)).toEqual(['VUSTA-C3', 'SL-KHOI-3']);
      const in2023 = await t.staff.get('/api/v1/clusters').query({ memberId: c3.units.sonLa, year: 2023 }).expect(200);
      expect(in2023.body.items.map((c: { code: string }) => c.code)).toEqual(['VUSTA-C3']);
      expect(in2023.body.items[0].memberCount).toBe(8);
      const in2022 = await t.staff.get('/api/v1/clusters').query({ memberId: c3.units.sonLa, year: 2022 }).expect(200);
      expect(in2022.body).toMatchObject({ items: [], total: 0 });
    });

    it('takes the current year from the clock when no year is given', async () => {
      jest.spyOn(t.app.get(Clock), 'currentYear').mockReturnValue(2023);
      const response = await t.staff.get('/api/v1/clusters').query({ memberId: c3.units.sonLa }).expect(200);
      expect(response.body.items.map((c: { code: string }) => c.code)).toEqual(['VUSTA-C3']);
    });

    it('refuses bad filters with field errors', async () => {
      const response = await t.staff
        .get('/api/v1/clusters')
        .query({ kind: 'nhom', sort: 'members', pageSize: 1000, year: 1900, memberId: 'x' })
        .expect(400);
      const fields = (response.body.errors as { field: string }[]).map((error) => error.field);
      expect(new Set(fields)).toEqual(new Set(['kind', 'sort', 'pageSize', 'year', 'memberId']));
    });
  });

  describe('reading one', () => {
    it('shows the owner, and for a year the supervisor, the term and the member count', async () => {
      await t.staff
        .put(`/api/v1/clusters/${c3.cluster}/supervisors/2023`)
        .send({ fullName: 'Nguyễn Văn A', position: 'Ủy viên Đoàn Chủ tịch' })
        .expect(201);
      const response = await t.staff.get(`/api/v1/clusters/${c3.cluster}`).query({ year: 2023 }).expect(200);
      expect(response.body).toMatchObject({
        id: c3.cluster,
        code: 'VUSTA-C3',
        name: 'Cụm thi đua số 3',
        owner: { id: c3.vusta, shortName: 'Liên hiệp Hội Việt Nam' },
        year: 2023,
        memberCount: 8,
        supervisor: { year: 2023, fullName: 'Nguyễn Văn A', position: 'Ủy viên Đoàn Chủ tịch' },
        term: { year: 2023, chair: { id: c3.units.sonLa, shortName: 'LHH Sơn La' }, viceChair: null, decidedBy: 'rotation' },
      });
    });

    it('shows the current year from the clock by default', async () => {
      jest.spyOn(t.app.get(Clock), 'currentYear').mockReturnValue(2022);
      const response = await t.staff.get(`/api/v1/clusters/${c3.cluster}`).expect(200);
      expect(response.body).toMatchObject({ year: 2022, memberCount: 0, supervisor: null, term: null });
    });

    it('answers an unknown id with 404 and a malformed one with 400', async () => {
      const unknown = await t.staff.get(`/api/v1/clusters/${UNKNOWN_ID}`).expect(404);
      expect(unknown.body).toMatchObject({
        code: 'REGISTRY.CLUSTER_NOT_FOUND',
        title: `Không tìm thấy cụm thi đua có mã định danh ${UNKNOWN_ID}.`,
      });
      const malformed = await t.staff.get('/api/v1/clusters/cum-3').expect(400);
      expect(malformed.body.errors).toEqual([{ field: 'id', message: 'Phải là mã định danh (UUID) hợp lệ.' }]);
    });
  });

  describe('changing', () => {
    it('renames and changes the rotation when the version is current', async () => {
      const created = await t.staff
        .post('/api/v1/clusters')
        .send({ code: 'VUSTA-C9', number: 9, name: 'Cụm 9', kind: 'cluster', ownerId: c3.vusta, rotationRule: 'elected' })
        .expect(201);
      const response = await t.staff
        .patch(`/api/v1/clusters/${created.body.id}`)
        .send({
          name: 'Cụm thi đua số 9 "Nam Sông Hậu"',
          rotationRule: 'round_robin',
          rotationOrder: [c3.units.dienBien, c3.units.laiChau],
          version: 1,
        })
        .expect(200);
      expect(response.body).toMatchObject({
        name: 'Cụm thi đua số 9 "Nam Sông Hậu"',
        rotationRule: 'round_robin',
        rotationOrder: [c3.units.dienBien, c3.units.laiChau],
        version: 2,
      });
    });

    it('refuses a stale version and writes nothing', async () => {
      const response = await refused(() => t.staff.patch(`/api/v1/clusters/${c3.cluster}`).send({ name: 'Tên mới', version: 7 }));
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'REGISTRY.CLUSTER_STALE', title: expect.stringContaining('phiên bản hiện tại là 1') });
    });

    it('requires the version, and refuses null for a field that cannot be empty', async () => {
      const response = await refused(() => t.staff.patch(`/api/v1/clusters/${c3.cluster}`).send({ name: null, rotationRule: null }));
      expect(response.status).toBe(400);
      const fields = (response.body.errors as { field: string }[]).map((error) => error.field);
      expect(new Set(fields)).toEqual(new Set(['name', 'rotationRule', 'version']));
    });

    it('refuses a rotation order with unknown units, writing nothing', async () => {
      const response = await refused(() =>
        t.staff.patch(`/api/v1/clusters/${c3.cluster}`).send({ rotationOrder: [UNKNOWN_ID], version: 1 }),
      );
      expect(response.status).toBe(422);
      expect(response.body.errors[0].field).toBe('rotationOrder');
    });

    it('answers 404 for an unknown cluster', async () => {
      const response = await refused(() => t.staff.patch(`/api/v1/clusters/${UNKNOWN_ID}`).send({ name: 'X', version: 1 }));
      expect(response.status).toBe(404);
    });
  });

  describe('supervisors (phụ trách cụm)', () => {
    it('creates a year, replaces it, and lists the years newest first', async () => {
      const created = await t.staff.put(`/api/v1/clusters/${c3.cluster}/supervisors/2024`).send({ fullName: 'Trần Thị B' }).expect(201);
      expect(created.body).toEqual({ year: 2024, fullName: 'Trần Thị B', position: null });
      const replaced = await t.staff
        .put(`/api/v1/clusters/${c3.cluster}/supervisors/2024`)
        .send({ fullName: 'Trần Thị C', position: 'Phó Chủ tịch' })
        .expect(200);
      expect(replaced.body).toEqual({ year: 2024, fullName: 'Trần Thị C', position: 'Phó Chủ tịch' });

      const list = await t.staff.get(`/api/v1/clusters/${c3.cluster}/supervisors`).expect(200);
      expect(list.body).toEqual({
        items: [
          { year: 2024, fullName: 'Trần Thị C', position: 'Phó Chủ tịch' },
          { year: 2023, fullName: 'Nguyễn Văn A', position: 'Ủy viên Đoàn Chủ tịch' },
        ],
        total: 2,
        page: 1,
        pageSize: 20,
      });
    });

    it('refuses an unknown cluster, a year out of range and an empty name, writing nothing', async () => {
      const unknown = await refused(() => t.staff.put(`/api/v1/clusters/${UNKNOWN_ID}/supervisors/2024`).send({ fullName: 'X' }));
      expect(unknown.status).toBe(404);
      const badYear = await refused(() => t.staff.put(`/api/v1/clusters/${c3.cluster}/supervisors/20x4`).send({ fullName: 'X' }));
      expect(badYear.status).toBe(400);
      expect(badYear.body.errors).toContainEqual({ field: 'year', message: 'Phải là số nguyên.' });
      const empty = await refused(() => t.staff.put(`/api/v1/clusters/${c3.cluster}/supervisors/2024`).send({ fullName: '' }));
      expect(empty.status).toBe(400);
      expect(empty.body.errors).toEqual([{ field: 'fullName', message: 'Không được để trống.' }]);
      const unknownList = await t.staff.get(`/api/v1/clusters/${UNKNOWN_ID}/supervisors`).expect(404);
      expect(unknownList.body.code).toBe('REGISTRY.CLUSTER_NOT_FOUND');
    });
  });
});
