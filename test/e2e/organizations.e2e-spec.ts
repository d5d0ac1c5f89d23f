import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { contentOf } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const API = '/api/v1/organizations';
const TABLES = ['organizations', 'organization_names'];
const UNKNOWN_ID = '0b6f3c2e-8a52-4d1e-9f3a-1c2d3e4f5a6b';

const hoaBinh = {
  code: 'LHH-HOA-BINH',
  fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Bình',
  shortName: 'LHH Hòa Bình',
  kind: 'provincial_union',
  province: 'Hòa Bình',
  activeFrom: '1991-10-01',
};

describe('managing organizations', () => {
  let t: TestApp;
  let id: string;

  beforeAll(async () => {
    t = await startTestApp();
    const created = await t.staff.post(API).send(hoaBinh).expect(201);
    id = created.body.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a unit whose first name runs from the day it began', async () => {
    const response = await t.staff.get(`${API}/${id}`).expect(200);
    expect(response.body).toEqual({
      id,
      code: 'LHH-HOA-BINH',
      fullName: hoaBinh.fullName,
      shortName: 'LHH Hòa Bình',
      kind: 'provincial_union',
      province: 'Hòa Bình',
      activeFrom: '1991-10-01',
      activeTo: null,
      version: 1,
      names: [{ fullName: hoaBinh.fullName, shortName: 'LHH Hòa Bình', validFrom: '1991-10-01', validTo: null }],
      predecessors: [],
      successors: [],
    });
  });

  it('lists it with the total count', async () => {
    const response = await t.staff.get(API).expect(200);
    expect(response.body).toMatchObject({
      total: 1,
      page: 1,
      pageSize: 20,
      items: [{ id, code: 'LHH-HOA-BINH', shortName: 'LHH Hòa Bình' }],
    });
  });

  it('refuses a second unit with the same code, naming the code, and changes nothing', async () => {
    const before = await contentOf(t.dataSource, ...TABLES);
    const response = await t.staff
      .post(API)
      .send({ ...hoaBinh, fullName: 'Một đơn vị khác', shortName: 'Khác' })
      .expect(409);
    expect(response.body).toMatchObject({
      status: 409,
      code: 'REGISTRY.ORGANIZATION_CODE_TAKEN',
      title: 'Mã đơn vị "LHH-HOA-BINH" đã được dùng cho một đơn vị khác.',
      errors: [{ field: 'code', message: expect.stringContaining('LHH-HOA-BINH') }],
    });
    expect(await contentOf(t.dataSource, ...TABLES)).toEqual(before);
  });

  it('refuses a malformed body with Vietnamese field errors and changes nothing', async () => {
    const before = await contentOf(t.dataSource, ...TABLES);
    const response = await t.staff
      .post(API)
      .send({ code: 'có dấu cách', fullName: '   ', kind: 'club', activeFrom: '2025-02-30', nickname: 'x' })
      .expect(400);
    expect(response.body.code).toBe('REQUEST.INVALID');
    const fields = (response.body.errors as { field: string; message: string }[]).map((e) => [e.field, e.message]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['nickname', 'Trường này không được phép gửi lên.'],
        ['code', 'Không đúng định dạng.'],
        ['fullName', 'Không được để trống.'],
        ['shortName', 'Bắt buộc phải có.'],
        ['kind', expect.stringContaining('Giá trị không hợp lệ')],
        ['activeFrom', 'Phải là ngày theo dạng YYYY-MM-DD.'],
      ]),
    );
    await t.staff.post(API).set('content-type', 'application/json').send('{"code": ').expect(400);
    expect(await contentOf(t.dataSource, ...TABLES)).toEqual(before);
  });

  it('answers 404 in Vietnamese for an unknown id', async () => {
    const response = await t.staff.get(`${API}/${UNKNOWN_ID}`).expect(404);
    expect(response.body).toMatchObject({
      code: 'REGISTRY.ORGANIZATION_NOT_FOUND',
      title: `Không tìm thấy đơn vị có mã định danh ${UNKNOWN_ID}.`,
    });
    await t.staff.get(`${API}/${UNKNOWN_ID}/lineage`).expect(404);
    await t.staff.get(`${API}/${UNKNOWN_ID}/history`).expect(404);
    await t.staff.patch(`${API}/${UNKNOWN_ID}`).send({ province: 'Hà Nội', version: 1 }).expect(404);
    await t.staff.post(`${API}/${UNKNOWN_ID}/names`).send({ fullName: 'X', shortName: 'X', validFrom: '2024-01-01' }).expect(404);
  });

  it('answers 400 naming the parameter for an id that is not a UUID, on every route', async () => {
    const malformed = 'khong-phai-uuid';
    const answers = [
      await t.staff.get(`${API}/${malformed}`),
      await t.staff.get(`${API}/${malformed}/lineage`),
      await t.staff.get(`${API}/${malformed}/history`),
      await t.staff.patch(`${API}/${malformed}`).send({ province: 'Hà Nội', version: 1 }),
      await t.staff.post(`${API}/${malformed}/names`).send({ fullName: 'X', shortName: 'X', validFrom: '2024-01-01' }),
    ];
    for (const response of answers) {
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'REQUEST.INVALID',
        errors: [{ field: 'id', message: 'Phải là mã định danh (UUID) hợp lệ.' }],
      });
    }
  });

  it('updates province and kind with the version read, then refuses the stale version and writes nothing', async () => {
    const updated = await t.staff.patch(`${API}/${id}`).send({ province: 'Hoà Bình', kind: 'association', version: 1 }).expect(200);
    expect(updated.body).toMatchObject({ id, province: 'Hoà Bình', kind: 'association', version: 2 });

    const before = await contentOf(t.dataSource, ...TABLES);
    const stale = await t.staff.patch(`${API}/${id}`).send({ province: 'Phú Thọ', version: 1 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'DATA.STALE_VERSION', title: expect.stringContaining('tải lại') });
    expect(await contentOf(t.dataSource, ...TABLES)).toEqual(before);

    const restored = await t.staff.patch(`${API}/${id}`).send({ kind: 'provincial_union', version: 2 }).expect(200);
    expect(restored.body).toMatchObject({ province: 'Hoà Bình', kind: 'provincial_union', version: 3 });
    const cleared = await t.staff.patch(`${API}/${id}`).send({ province: null, version: 3 }).expect(200);
    expect(cleared.body).toMatchObject({ province: null, kind: 'provincial_union', version: 4 });
  });

  it('does not rename through PATCH and refuses a PATCH without the version', async () => {
    const response = await t.staff.patch(`${API}/${id}`).send({ fullName: 'Tên mới' }).expect(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'fullName', message: 'Trường này không được phép gửi lên.' },
        { field: 'version', message: 'Phải là số nguyên.' },
      ]),
    );
  });

  it('renames from a date, keeping the old name for the years before', async () => {
    const { body: before } = await t.staff.get(`${API}/${id}`).expect(200);
    const renamed = await t.staff
      .post(`${API}/${id}/names`)
      .send({
        fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Bình (mới)',
        shortName: 'LHH Hòa Bình mới',
        validFrom: '2024-01-01',
      })
      .expect(201);
    expect(renamed.body).toMatchObject({ shortName: 'LHH Hòa Bình mới', version: before.version + 1 });
    expect(renamed.body.names).toEqual([
      { fullName: hoaBinh.fullName, shortName: 'LHH Hòa Bình', validFrom: '1991-10-01', validTo: '2023-12-31' },
      {
        fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Bình (mới)',
        shortName: 'LHH Hòa Bình mới',
        validFrom: '2024-01-01',
        validTo: null,
      },
    ]);

    expect((await t.staff.get(`${API}/${id}?year=2023`).expect(200)).body.shortName).toBe('LHH Hòa Bình');
    expect((await t.staff.get(`${API}/${id}?year=2024`).expect(200)).body.shortName).toBe('LHH Hòa Bình mới');
    expect((await t.staff.get(`${API}?year=2023`).expect(200)).body.items[0].shortName).toBe('LHH Hòa Bình');
    expect((await t.staff.get(API).expect(200)).body.items[0].shortName).toBe('LHH Hòa Bình mới');
  });

  it('refuses a rename that does not start after the current name, with a field error, and changes nothing', async () => {
    const before = await contentOf(t.dataSource, ...TABLES);
    const response = await t.staff
      .post(`${API}/${id}/names`)
      .send({ fullName: 'Tên cũ hơn', shortName: 'Cũ', validFrom: '2024-01-01' })
      .expect(422);
    expect(response.body).toMatchObject({
      code: 'REGISTRY.RENAME_REFUSED',
      errors: [{ field: 'validFrom', message: 'Ngày hiệu lực của tên mới phải sau 01/01/2024, ngày tên hiện tại bắt đầu được dùng.' }],
    });
    await t.staff.post(`${API}/${id}/names`).send({ fullName: 'X', shortName: 'X', validFrom: '2024-13-01' }).expect(400);
    expect(await contentOf(t.dataSource, ...TABLES)).toEqual(before);
  });

  it('lets only one of two concurrent creations with the same code through', async () => {
    const unit = {
      ...hoaBinh,
      code: 'LHH-PHU-THO',
      province: 'Phú Thọ',
      fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Phú Thọ',
      shortName: 'LHH Phú Thọ',
    };
    const responses = await Promise.all([t.staff.post(API).send(unit), t.staff.post(API).send(unit)]);
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM organization_names n JOIN organizations o ON o.id = n.organization_id WHERE o.code = 'LHH-PHU-THO'`,
    );
    expect(count).toBe(1);
  });

  it('refuses a year outside the registry', async () => {
    const response = await t.staff.get(`${API}/${id}?year=1800`).expect(400);
    expect(response.body.errors).toEqual([{ field: 'year', message: 'Giá trị quá nhỏ; không được nhỏ hơn 1945' }]);
  });

  it('answers in English when asked', async () => {
    const response = await t.staff.get(`${API}/${UNKNOWN_ID}`).set('accept-language', 'en').expect(404);
    expect(response.body.title).toBe(`No unit has the id ${UNKNOWN_ID}.`);
  });
});
