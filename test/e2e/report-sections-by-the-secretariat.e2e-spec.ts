import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { givenSignedInUser, type SignedInUser } from '../helpers/auth.js';
import { type Cluster3, contentOf, givenCluster3In2023, UNKNOWN_ID } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const TABLES = ['report_sections', 'audit_events'];

/**
 * The parts of the 2023 summary report that no record holds are written by Cluster 3's secretariat of 2023 (Sơn La's
 * staff, while the year is open) or by national staff: every write audited, none overwriting another unseen.
 */
describe("the secretariat writes the year's report sections", () => {
  let t: TestApp;
  let c3: Cluster3;
  let sonLa: SignedInUser;
  let dienBien: SignedInUser;
  let path: string;

  const put = (user: SignedInUser | null, body: object, at = path) => {
    const request = t.http.put(at).send(body);
    return user ? request.set('authorization', user.bearer) : request;
  };

  /** A refused request changes neither the sections nor the audit trail. */
  async function refused(request: () => PromiseLike<Response>): Promise<Response> {
    const before = await contentOf(t.dataSource, ...TABLES);
    const response = await request();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await contentOf(t.dataSource, ...TABLES)).toEqual(before);
    return response;
  }

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    sonLa = await givenSignedInUser(t, { username: 'sonla.canbo', roles: ['unit_officer'], organizationId: c3.units.sonLa });
    dienBien = await givenSignedInUser(t, { username: 'dienbien.canbo', roles: ['unit_officer'], organizationId: c3.units.dienBien });
    path = `/api/v1/reports/clusters/${c3.cluster}/years/2023/sections`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets the chair unit write them first, audited, and the report show them', async () => {
    const created = await put(sonLa, {
      situation: '  Thuận lợi: sự quan tâm của Tỉnh ủy.  ',
      achievements: 'Tổ chức hoạt động tư vấn, phản biện.\n- Tôn vinh trí thức',
      assessment: '   ',
    }).expect(201);
    expect(created.body).toMatchObject({
      clusterId: c3.cluster,
      year: 2023,
      situation: 'Thuận lợi: sự quan tâm của Tỉnh ủy.',
      achievements: 'Tổ chức hoạt động tư vấn, phản biện.\n- Tôn vinh trí thức',
      assessment: null,
      direction: null,
      recommendations: null,
      version: 1,
      updatedBy: 'sonla.canbo',
    });
    const audit = await t.staff.get('/api/v1/audit').query({ entityType: 'report_sections' }).expect(200);
    expect(audit.body.items).toMatchObject([
      {
        action: 'report_sections.create',
        actorUsername: 'sonla.canbo',
        subjectOrganizationId: c3.units.sonLa,
        changes: { after: { clusterId: c3.cluster, year: 2023, situation: 'Thuận lợi: sự quan tâm của Tỉnh ủy.' } },
      },
    ]);
    const report = await t.http.get(`/api/v1/reports/clusters/${c3.cluster}/years/2023`).set('authorization', dienBien.bearer).expect(200);
    expect(report.body.sections).toMatchObject({
      version: 1,
      texts: { situation: 'Thuận lợi: sự quan tâm của Tỉnh ủy.', assessment: null },
    });
  });

  it('replaces them only with the version read, and refuses a stale or missing one', async () => {
    const missing = await refused(() => put(sonLa, { direction: 'Năm 2024…' }));
    expect(missing.status).toBe(409);
    expect(missing.body).toMatchObject({ code: 'REPORTS.SECTIONS_VERSION_REQUIRED', errors: [{ field: 'version' }] });
    expect(missing.body.title).toContain('đã được viết (phiên bản 1)');
    const stale = await refused(() => put(sonLa, { direction: 'Năm 2024…', version: 7 }));
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('REPORTS.SECTIONS_STALE');
    const replaced = await put(sonLa, { direction: 'Năm 2024, tiếp tục thực hiện tốt Luật Thi đua, khen thưởng.', version: 1 }).expect(200);
    expect(replaced.body).toMatchObject({
      version: 2,
      situation: 'Thuận lợi: sự quan tâm của Tỉnh ủy.',
      direction: 'Năm 2024, tiếp tục thực hiện tốt Luật Thi đua, khen thưởng.',
    });
    const audit = await t.staff
      .get('/api/v1/audit')
      .query({ entityType: 'report_sections', action: 'report_sections.replace' })
      .expect(200);
    expect(audit.body.items[0].changes).toMatchObject({
      before: { direction: null },
      after: { direction: 'Năm 2024, tiếp tục thực hiện tốt Luật Thi đua, khen thưởng.' },
    });
    expect(audit.body.items[0].changes.after).not.toHaveProperty('situation');
  });

  it('saves one section at a time, leaving the others as they are, and refuses a stale version', async () => {
    const year2022 = `/api/v1/reports/clusters/${c3.cluster}/years/2022/sections`;
    await t.staff.put(year2022).send({ situation: 'Thuận lợi.', achievements: 'Kết quả nổi bật.' }).expect(201);
    const saved = await t.staff.patch(year2022).send({ assessment: 'Ưu điểm: đoàn kết, thống nhất.', version: 1 }).expect(200);
    expect(saved.body).toMatchObject({
      version: 2,
      situation: 'Thuận lợi.',
      achievements: 'Kết quả nổi bật.',
      assessment: 'Ưu điểm: đoàn kết, thống nhất.',
      direction: null,
    });
    const stale = await refused(() => t.staff.patch(year2022).send({ recommendations: 'Đề nghị…', version: 1 }));
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('REPORTS.SECTIONS_STALE');
    const erased = await t.staff.put(year2022).send({ assessment: null, version: 2 }).expect(200);
    expect(erased.body).toMatchObject({ version: 3, assessment: null, situation: 'Thuận lợi.', achievements: 'Kết quả nổi bật.' });
  });

  it('refuses another unit, saying who may write', async () => {
    const response = await refused(() => put(dienBien, { achievements: 'x', version: 2 }));
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'ACCESS.NOT_CLUSTER_SECRETARIAT' });
    expect(response.body.title).toContain('Chỉ thư ký cụm năm 2023');
    const anonymous = await refused(() => put(null, { achievements: 'x', version: 2 }));
    expect(anonymous.status).toBe(401);
  });

  it('refuses bad input with a Vietnamese message per field, and changes nothing', async () => {
    const typed = await refused(() => put(sonLa, { situation: 12, version: 2 }));
    expect(typed.status).toBe(400);
    expect(typed.body.errors).toContainEqual({ field: 'situation', message: 'Phải là chuỗi ký tự.' });
    expect(new Set(typed.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['situation']));
    const long = await refused(() => put(sonLa, { assessment: 'a'.repeat(20_001), version: 2 }));
    expect(long.body.errors.map((e: { field: string }) => e.field)).toEqual(['assessment']);
    const extra = await refused(() => put(sonLa, { summary: 'x', version: 2 }));
    expect(extra.body.errors.map((e: { field: string }) => e.field)).toEqual(['summary']);
    const version = await refused(() => put(sonLa, { version: 0 }));
    expect(version.body.errors.map((e: { field: string }) => e.field)).toEqual(['version']);
    const year = await refused(() => put(sonLa, {}, `/api/v1/reports/clusters/${c3.cluster}/years/1800/sections`));
    expect(new Set(year.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['year']));
    const id = await refused(() => put(sonLa, {}, '/api/v1/reports/clusters/cum-3/years/2023/sections'));
    expect(id.body.errors.map((e: { field: string }) => e.field)).toEqual(['id']);
    const unknown = await refused(() => put(sonLa, {}, `/api/v1/reports/clusters/${UNKNOWN_ID}/years/2023/sections`));
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('REGISTRY.CLUSTER_NOT_FOUND');
  });

  it('keeps text from the records as text in the HTML documents', async () => {
    const script = '<script>alert("x")</script>';
    await put(sonLa, { assessment: `${script} Ưu điểm: đoàn kết.`, version: 2 }).expect(200);
    const page = await t.http
      .get(`/api/v1/reports/clusters/${c3.cluster}/years/2023/documents/summary-report?format=html`)
      .set('authorization', dienBien.bearer)
      .expect(200);
    expect(page.text).not.toContain('<script>');
    // Escaped, and typeset like all running text (typographic quotes).
    expect(page.text).toContain('&lt;script&gt;alert(“x”)&lt;/script&gt; Ưu điểm: đoàn kết.');
  });

  it('lets one of two simultaneous first writes through and refuses the other with 409', async () => {
    const year2024 = `/api/v1/reports/clusters/${c3.cluster}/years/2024/sections`;
    const responses = await Promise.all([t.staff.put(year2024).send({ situation: 'A' }), t.staff.put(year2024).send({ situation: 'B' })]);
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
    const conflict = responses.find((r) => r.status === 409) as Response;
    expect(['REPORTS.SECTIONS_WRITTEN_MEANWHILE', 'REPORTS.SECTIONS_VERSION_REQUIRED']).toContain(conflict.body.code);
    const rows = await t.dataSource.query('SELECT count(*)::int AS n FROM report_sections WHERE cluster_id = $1 AND year = 2024', [
      c3.cluster,
    ]);
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('locks the year to national staff once it is closed', async () => {
    await t.http.post(`/api/v1/clusters/${c3.cluster}/terms/2023/close`).set('authorization', sonLa.bearer).expect(200);
    const locked = await refused(() => put(sonLa, { achievements: 'Sửa sau khi khoá sổ', version: 3 }));
    expect(locked.status).toBe(403);
    const corrected = await t.staff.put(path).send({ achievements: 'Cán bộ Liên hiệp Hội Việt Nam sửa', version: 3 }).expect(200);
    expect(corrected.body).toMatchObject({ version: 4, updatedBy: 'vusta.thuongtruc' });
  });
});
