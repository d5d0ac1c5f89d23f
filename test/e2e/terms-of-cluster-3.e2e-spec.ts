import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import {
  type Cluster3,
  givenCluster3In2023,
  givenProvincialUnion,
  refusedWithoutChange,
  UNKNOWN_ID,
} from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('terms of Cluster 3: who chairs (cụm trưởng) and vice-chairs (cụm phó) each year', () => {
  let t: TestApp;
  let c3: Cluster3;

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  const refused = (request: () => PromiseLike<Response>) => refusedWithoutChange(t.dataSource, request);

  function putTerm(year: number | string, body: Record<string, unknown>) {
    return t.staff.put(`/api/v1/clusters/${c3.cluster}/terms/${year}`).send(body);
  }

  it('has Sơn La as the 2023 chair, with no vice-chair', async () => {
    const response = await t.staff.get(`/api/v1/clusters/${c3.cluster}/terms/2023`).expect(200);
    expect(response.body).toEqual({
      clusterId: c3.cluster,
      year: 2023,
      chair: {
        id: c3.units.sonLa,
        code: 'LHH-SON-LA',
        fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La',
        shortName: 'LHH Sơn La',
      },
      viceChair: null,
      decidedBy: 'rotation',
      decidedAtMeetingId: null,
      note: null,
      closedAt: null,
      version: 1,
    });
  });

  it('answers 404 for a year without a term, and for an unknown cluster', async () => {
    const noTerm = await t.staff.get(`/api/v1/clusters/${c3.cluster}/terms/2022`).expect(404);
    expect(noTerm.body).toMatchObject({ code: 'REGISTRY.TERM_NOT_FOUND', title: 'Cụm chưa có nhiệm kỳ năm 2022.' });
    const english = await t.staff.get(`/api/v1/clusters/${c3.cluster}/terms/2022`).set('accept-language', 'en').expect(404);
    expect(english.body.title).toBe('The cluster has no term for 2022.');
    await t.staff.get(`/api/v1/clusters/${UNKNOWN_ID}/terms/2023`).expect(404);
    await t.staff.get(`/api/v1/clusters/${UNKNOWN_ID}/terms`).expect(404);
  });

  it('hands the 2024 chair to Lào Cai, with Yên Bái as vice-chair', async () => {
    const created = await putTerm(2024, {
      chairId: c3.units.laoCai,
      viceChairId: c3.units.yenBai,
      decidedBy: 'rotation',
      note: 'Sơn La chuyển trao nhiệm vụ Cụm trưởng cho Lào Cai tại Hội thảo tổng kết ngày 27/11/2023.',
    }).expect(201);
    expect(created.body).toMatchObject({
      year: 2024,
      chair: { id: c3.units.laoCai, shortName: 'LHH Lào Cai' },
      viceChair: { id: c3.units.yenBai, shortName: 'LHH Yên Bái' },
      decidedBy: 'rotation',
      decidedAtMeetingId: null,
      version: 1,
    });

    const cluster = await t.staff.get(`/api/v1/clusters/${c3.cluster}`).query({ year: 2024 }).expect(200);
    expect(cluster.body.term).toMatchObject({ chair: { shortName: 'LHH Lào Cai' }, viceChair: { shortName: 'LHH Yên Bái' } });
    const [row] = await t.dataSource.query(`SELECT chair_id, vice_chair_id FROM cluster_terms WHERE cluster_id = $1 AND year = 2024`, [
      c3.cluster,
    ]);
    expect(row).toEqual({ chair_id: c3.units.laoCai, vice_chair_id: c3.units.yenBai });
  });

  it('lists the terms newest first, with the chairs named, and pages, orders and filters them', async () => {
    const list = await t.staff.get(`/api/v1/clusters/${c3.cluster}/terms`).expect(200);
    expect(list.body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(list.body.items.map((term: { year: number; chair: { shortName: string } }) => [term.year, term.chair.shortName])).toEqual([
      [2024, 'LHH Lào Cai'],
      [2023, 'LHH Sơn La'],
    ]);
    const ascending = await t.staff.get(`/api/v1/clusters/${c3.cluster}/terms`).query({ order: 'asc', pageSize: 1 }).expect(200);
    expect(ascending.body).toMatchObject({ total: 2, pageSize: 1, items: [expect.objectContaining({ year: 2023 })] });
    const from2024 = await t.staff.get(`/api/v1/clusters/${c3.cluster}/terms`).query({ fromYear: 2024 }).expect(200);
    expect(from2024.body.items.map((term: { year: number }) => term.year)).toEqual([2024]);
    const upTo2023 = await t.staff.get(`/api/v1/clusters/${c3.cluster}/terms`).query({ toYear: 2023 }).expect(200);
    expect(upTo2023.body.items.map((term: { year: number }) => term.year)).toEqual([2023]);
  });

  it('replaces a term when given its current version', async () => {
    const replaced = await putTerm(2024, {
      chairId: c3.units.laoCai,
      viceChairId: c3.units.yenBai,
      decidedBy: 'election',
      version: 1,
    }).expect(200);
    expect(replaced.body).toMatchObject({ decidedBy: 'election', note: null, version: 2 });
  });

  it('refuses to replace a term without its version, or with a stale one, writing nothing', async () => {
    const withoutVersion = await refused(() => putTerm(2024, { chairId: c3.units.yenBai, decidedBy: 'election' }));
    expect(withoutVersion.status).toBe(409);
    expect(withoutVersion.body).toMatchObject({
      code: 'REGISTRY.TERM_VERSION_REQUIRED',
      title: expect.stringContaining('Năm 2024 đã có nhiệm kỳ (phiên bản 2)'),
      errors: [{ field: 'version', message: 'Bắt buộc khi nhiệm kỳ đã có.' }],
    });
    const stale = await refused(() => putTerm(2024, { chairId: c3.units.yenBai, decidedBy: 'election', version: 1 }));
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'REGISTRY.TERM_STALE', title: expect.stringContaining('phiên bản hiện tại là 2') });
    const versionForNew = await refused(() => putTerm(2025, { chairId: c3.units.yenBai, decidedBy: 'election', version: 1 }));
    expect(versionForNew.status).toBe(409);
    expect(versionForNew.body.title).toContain('Năm 2025 chưa có nhiệm kỳ để thay thế');
  });

  it('refuses the same unit as chair and vice-chair, on viceChairId', async () => {
    const response = await refused(() =>
      putTerm(2025, { chairId: c3.units.dienBien, viceChairId: c3.units.dienBien, decidedBy: 'election' }),
    );
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      code: 'REGISTRY.CHAIR_IS_VICE_CHAIR',
      title: 'Cụm trưởng và cụm phó phải là hai đơn vị khác nhau.',
      errors: [{ field: 'viceChairId', message: 'Cụm phó trùng với cụm trưởng.' }],
    });
  });

  it('has the database itself refuse a chair who is also vice-chair', async () => {
    await expect(
      t.dataSource.query(
        `INSERT INTO cluster_terms (cluster_id, year, chair_id, vice_chair_id, decided_by) VALUES ($1, 2030, $2, $2, 'election')`,
        [c3.cluster, c3.units.dienBien],
      ),
    ).rejects.toThrow(/cluster_terms_chair_differs_from_vice_chair/);
  });

  it('refuses a chair who is not a member that year, naming the unit and the year', async () => {
    const response = await refused(() => putTerm(2022, { chairId: c3.units.sonLa, decidedBy: 'appointment' }));
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      code: 'REGISTRY.TERM_HOLDER_NOT_MEMBER',
      title: 'Cụm trưởng và cụm phó phải là thành viên của cụm trong năm 2022.',
      errors: [{ field: 'chairId', message: 'LHH Sơn La không phải thành viên của cụm trong năm 2022.' }],
    });
  });

  it('refuses a vice-chair from outside the cluster, and a unit that does not exist', async () => {
    const outsider = await givenProvincialUnion(t.dataSource, 'LHH-THANH-HOA', 'Thanh Hóa');
    const response = await refused(() => putTerm(2025, { chairId: UNKNOWN_ID, viceChairId: outsider, decidedBy: 'election' }));
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      { field: 'chairId', message: `Không có đơn vị nào mang mã định danh ${UNKNOWN_ID}.` },
      { field: 'viceChairId', message: 'LHH Thanh Hóa không phải thành viên của cụm trong năm 2025.' },
    ]);
  });

  it('refuses malformed bodies: invalid JSON, wrong types, extra fields, bad years', async () => {
    const invalidJson = await refused(() =>
      t.staff.put(`/api/v1/clusters/${c3.cluster}/terms/2025`).set('content-type', 'application/json').send('{"chairId": }'),
    );
    expect(invalidJson.status).toBe(400);
    expect(invalidJson.body.title).toBe('Nội dung yêu cầu không phải JSON hợp lệ.');

    const wrongTypes = await refused(() => putTerm(2025, { chairId: 7, decidedBy: 'bầu', version: 'một' }));
    expect(wrongTypes.status).toBe(400);
    expect(wrongTypes.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'chairId', message: 'Phải là mã định danh (UUID) hợp lệ.' },
        { field: 'decidedBy', message: 'Giá trị không hợp lệ; phải là một trong: rotation, election, appointment' },
        { field: 'version', message: 'Phải là số nguyên.' },
      ]),
    );

    const extra = await refused(() => putTerm(2025, { chairId: c3.units.dienBien, decidedBy: 'election', decidedAtMeetingId: UNKNOWN_ID }));
    expect(extra.status).toBe(400);
    expect(extra.body.errors).toEqual([{ field: 'decidedAtMeetingId', message: 'Trường này không được phép gửi lên.' }]);

    const badYear = await refused(() => putTerm(1900, { chairId: c3.units.dienBien, decidedBy: 'election' }));
    expect(badYear.status).toBe(400);
    expect(badYear.body.errors).toEqual([{ field: 'year', message: 'Giá trị quá nhỏ; không được nhỏ hơn 1945' }]);

    const unknownCluster = await refused(() =>
      t.staff.put(`/api/v1/clusters/${UNKNOWN_ID}/terms/2025`).send({ chairId: c3.units.dienBien, decidedBy: 'election' }),
    );
    expect(unknownCluster.status).toBe(404);
  });

  it('lets only one of two concurrent creations of the same year succeed', async () => {
    const [a, b] = await Promise.all([
      putTerm(2026, { chairId: c3.units.dienBien, decidedBy: 'election' }),
      putTerm(2026, { chairId: c3.units.laiChau, decidedBy: 'election' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const rows = await t.dataSource.query(`SELECT chair_id FROM cluster_terms WHERE cluster_id = $1 AND year = 2026`, [c3.cluster]);
    expect(rows).toHaveLength(1);
  });
});
