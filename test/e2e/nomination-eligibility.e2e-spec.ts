import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type Caller,
  givenAwardCatalog,
  givenDossier,
  NOMINATION_TABLES,
  onDay,
  TITLE_DOSSIER,
  transition,
  officerOf,
  ownProposal,
} from '../helpers/nomination-factories.js';
import { type Cluster3, contentOf, givenCluster3In2023, givenProvincialUnion, UNKNOWN_ID } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

interface Check {
  check: string;
  passed: boolean;
  reason: string;
}

const PERSON = { fullName: 'Cầm Văn Sơn', gender: 'male', birthYear: 1976 };

/**
 * Sơn La proposes one of its people for VUSTA's Chiến sĩ thi đua 2025: a title that needs three
 * consecutive Chiến sĩ thi đua cơ sở from the register, a dossier with the initiative's certificate,
 * and a submission between 1 November 2025 and 31 January 2026.
 */
describe('GET /nominations/{id}/eligibility explains every check', () => {
  let t: TestApp;
  let c3: Cluster3;
  let awards: Record<string, string>;
  let sonLa: Caller;
  let hoaBinh: Caller;
  let laoCai: Caller;
  let nominationId: string;

  const checks = async (id = nominationId, language = 'vi') =>
    (await sonLa.get(`/api/v1/nominations/${id}/eligibility`).set('accept-language', language).expect(200)).body as {
      eligible: boolean;
      checks: Check[];
    };
  const reasonOf = (report: { checks: Check[] }, code: string) => report.checks.find((c) => c.check === code)!;

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    awards = await givenAwardCatalog(t);
    sonLa = await officerOf(t, c3, 'sonLa');
    hoaBinh = await officerOf(t, c3, 'hoaBinh');
    laoCai = await officerOf(t, c3, 'laoCai');
    onDay(t, '2025-08-05');
    const created = await sonLa
      .post('/api/v1/nominations')
      .send(ownProposal(c3, 'sonLa', awards.LHHVN_CHIEN_SI_THI_DUA, { ...PERSON, position: 'Trưởng ban Phổ biến kiến thức' }))
      .expect(201);
    nominationId = created.body.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives every check, in order, passed or not, with its Vietnamese reason', async () => {
    const report = await checks();
    expect(report).toMatchObject({
      nominationId,
      eligible: false,
      asOf: '2025-08-05',
      legalBasis: { code: 'ND-152-2025', citation: 'Nghị định 152/2025/NĐ-CP' },
    });
    expect(report.checks).toEqual([
      {
        check: 'NOMINEE_KIND',
        passed: true,
        reason: '"Chiến sĩ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam" được tặng cho cá nhân.',
      },
      {
        check: 'CLUSTER_MEMBERSHIP',
        passed: true,
        reason: 'Cầm Văn Sơn (thuộc Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La) là thành viên Cụm thi đua số 3 năm 2025.',
      },
      {
        check: 'NO_PENDING_PROCEEDINGS',
        passed: true,
        reason: 'Ngày 05/08/2025, Cầm Văn Sơn không bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hay xác minh đơn thư.',
      },
      { check: 'CLUSTER_VOTE_BASIS', passed: true, reason: 'Loại khen thưởng này không cần kết quả suy tôn của hội nghị cụm.' },
      { check: 'QUOTA', passed: true, reason: 'Loại khen thưởng này không giới hạn số lượng.' },
      {
        check: 'NO_DUPLICATE',
        passed: true,
        reason: 'Chưa có đề nghị "Chiến sĩ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam" năm 2025 nào khác cho Cầm Văn Sơn.',
      },
      {
        check: 'PREREQUISITES',
        passed: false,
        reason: 'Cần đạt "Chiến sĩ thi đua cơ sở" 3 năm liên tục, kết thúc vào năm 2025 hoặc 2024; sổ khen thưởng ghi nhận các năm: —.',
      },
      {
        check: 'SUBMISSION_WINDOW',
        passed: false,
        reason: 'Chưa đến thời hạn nộp hồ sơ năm 2025 (từ 01/11/2025 đến 31/01/2026); ngày 05/08/2025 là quá sớm.',
      },
      {
        check: 'REQUIRED_DOCUMENTS',
        passed: false,
        reason:
          'Hồ sơ còn thiếu: Tờ trình đề nghị khen thưởng, Báo cáo thành tích, Biên bản bình xét thi đua kèm kết quả bỏ phiếu, Chứng nhận, xác nhận sáng kiến hoặc đề tài khoa học.',
      },
    ]);
    const english = await checks(nominationId, 'en');
    expect(reasonOf(english, 'SUBMISSION_WINDOW').reason).toBe(
      'The 2025 submission window (from 2025-11-01 to 2026-01-31) has not opened; 2025-08-05 is too early.',
    );
  });

  it('refuses the submission with every failed check as a field error, changing nothing', async () => {
    const before = await contentOf(t.dataSource, ...NOMINATION_TABLES);
    const refused = await transition(sonLa, nominationId, 'submit').expect(422);
    expect(refused.body.code).toBe('NOMINATION.NOT_ELIGIBLE');
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['awardTypeId', 'year', 'attachments']);
    expect(await contentOf(t.dataSource, ...NOMINATION_TABLES)).toEqual(before);
  });

  it('reads the prerequisites from the award register', async () => {
    for (const year of [2022, 2023, 2024]) {
      await t.staff
        .post('/api/v1/award-register')
        .send({
          awardTypeId: awards.CHIEN_SI_THI_DUA_CO_SO,
          year,
          organizationId: c3.units.sonLa,
          person: { fullName: 'Cầm  Văn Sơn', birthYear: 1976 },
          decisionReference: `${year - 2000}/QĐ-LHH`,
          decisionDate: `${year}-12-20`,
        })
        .expect(201);
    }
    const duplicate = await t.staff
      .post('/api/v1/award-register')
      .send({
        awardTypeId: awards.CHIEN_SI_THI_DUA_CO_SO,
        year: 2024,
        organizationId: c3.units.sonLa,
        person: PERSON,
        decisionReference: 'x',
      })
      .expect(409);
    expect(duplicate.body.code).toBe('AWARD_REGISTER.ENTRY_EXISTS');
    await sonLa
      .post('/api/v1/award-register')
      .send({
        awardTypeId: awards.CHIEN_SI_THI_DUA_CO_SO,
        year: 2021,
        organizationId: c3.units.sonLa,
        person: PERSON,
        decisionReference: 'x',
      })
      .expect(403);
    expect(reasonOf(await checks(), 'PREREQUISITES')).toEqual({
      check: 'PREREQUISITES',
      passed: true,
      reason: 'Đã đạt "Chiến sĩ thi đua cơ sở" 3 năm liên tục (2022–2024).',
    });
  });

  it('refuses register entries and proceedings that name unknown records, changing nothing', async () => {
    const tables = ['award_register', 'proceedings', 'people', 'audit_events'];
    const before = await contentOf(t.dataSource, ...tables);
    const entry = { awardTypeId: awards.CHIEN_SI_THI_DUA_CO_SO, year: 2020, organizationId: c3.units.sonLa, decisionReference: '1/QĐ' };
    const unknownAward = await t.staff
      .post('/api/v1/award-register')
      .send({ ...entry, awardTypeId: UNKNOWN_ID })
      .expect(422);
    expect(unknownAward.body).toMatchObject({ code: 'AWARD_REGISTER.UNKNOWN_AWARD_TYPE', errors: [{ field: 'awardTypeId' }] });
    const unknownUnit = await t.staff
      .post('/api/v1/award-register')
      .send({ ...entry, organizationId: UNKNOWN_ID, person: PERSON })
      .expect(422);
    expect(unknownUnit.body).toMatchObject({ code: 'NOMINEE.UNKNOWN_ORGANIZATION', errors: [{ field: 'organizationId' }] });
    const proceeding = await t.staff
      .post('/api/v1/proceedings')
      .send({ kind: 'discipline', organizationId: UNKNOWN_ID, startedOn: '2025-01-01' })
      .expect(422);
    expect(proceeding.body.title).toBe('Không có đơn vị nào mang mã định danh này.');
    const malformed = await t.staff
      .post('/api/v1/proceedings')
      .send({ kind: 'phat', organizationId: c3.units.sonLa, startedOn: '2025-02-30' })
      .expect(400);
    expect(malformed.body.errors.map((e: { field: string }) => e.field)).toEqual(['kind', 'startedOn']);
    await t.staff.patch(`/api/v1/proceedings/${UNKNOWN_ID}`).send({ version: 1 }).expect(404);
    expect(await contentOf(t.dataSource, ...tables)).toEqual(before);
  });

  it('bars a nominee under inspection until the inspection ends', async () => {
    const inspection = await t.staff
      .post('/api/v1/proceedings')
      .send({
        kind: 'inspection',
        organizationId: c3.units.sonLa,
        person: { fullName: 'Cầm Văn Sơn', birthYear: 1976 },
        startedOn: '2025-07-01',
        reference: 'Quyết định thanh tra số 12/QĐ-TTr',
      })
      .expect(201);
    expect(inspection.body).toMatchObject({ kind: 'inspection', endedOn: null, person: { fullName: 'Cầm Văn Sơn', gender: 'male' } });
    expect(reasonOf(await checks(), 'NO_PENDING_PROCEEDINGS')).toEqual({
      check: 'NO_PENDING_PROCEEDINGS',
      passed: false,
      reason: 'Ngày 05/08/2025, Cầm Văn Sơn đang bị thanh tra, kiểm tra nên chưa được khen thưởng hoặc đề nghị khen thưởng.',
    });
    const pending = await t.staff.get('/api/v1/proceedings?pendingOn=2025-08-05').expect(200);
    expect(pending.body.total).toBe(1);
    await sonLa.get('/api/v1/proceedings').expect(403);
    const backwards = await t.staff
      .patch(`/api/v1/proceedings/${inspection.body.id}`)
      .send({ endedOn: '2025-06-01', version: 1 })
      .expect(422);
    expect(backwards.body).toMatchObject({ code: 'PROCEEDING.PERIOD_INVALID', errors: [{ field: 'endedOn' }] });
    await t.staff.patch(`/api/v1/proceedings/${inspection.body.id}`).send({ endedOn: '2025-07-31', version: 1 }).expect(200);
    expect(reasonOf(await checks(), 'NO_PENDING_PROCEEDINGS').passed).toBe(true);
  });

  it('takes the submission once the window opens and the dossier is complete', async () => {
    await givenDossier(sonLa, nominationId, [...TITLE_DOSSIER, 'chung_nhan_sang_kien']);
    onDay(t, '2025-11-03');
    const report = await checks();
    expect(report.checks.filter((c) => !c.passed)).toEqual([]);
    expect(report.eligible).toBe(true);
    await transition(sonLa, nominationId, 'submit').expect(200);
  });

  it('refuses a second nomination of the same person for the same award and year, however the name is spaced', async () => {
    const before = await contentOf(t.dataSource, ...NOMINATION_TABLES);
    const again = await sonLa
      .post('/api/v1/nominations')
      .send(ownProposal(c3, 'sonLa', awards.LHHVN_CHIEN_SI_THI_DUA, { ...PERSON, fullName: ' Cầm  Văn   Sơn ' }))
      .expect(409);
    expect(again.body).toMatchObject({
      code: 'NOMINATION.DUPLICATE',
      title: 'Đối tượng này đã có một đề nghị cùng loại khen thưởng trong cùng năm (chưa rút); không thể lập thêm.',
    });
    expect(await contentOf(t.dataSource, ...NOMINATION_TABLES)).toEqual(before);
  });

  it('explains a flag without a passing vote of its cluster, and a unit outside the cluster', async () => {
    const flag = await hoaBinh
      .post('/api/v1/nominations')
      .send(ownProposal(c3, 'hoaBinh', awards.LHHVN_CO_THI_DUA))
      .expect(201);
    const report = (await hoaBinh.get(`/api/v1/nominations/${flag.body.id}/eligibility`).expect(200)).body;
    expect(reasonOf(report, 'CLUSTER_VOTE_BASIS')).toEqual({
      check: 'CLUSTER_VOTE_BASIS',
      passed: false,
      reason:
        'Chưa có kết quả biểu quyết suy tôn của Cụm thi đua số 3 năm 2025 làm căn cứ đề nghị cho Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Bình.',
    });
    const byUnit = await hoaBinh
      .patch(`/api/v1/nominations/${flag.body.id}`)
      .send({
        basis: { reference: 'Biên bản tự lập', organizationId: c3.units.hoaBinh, clusterId: c3.cluster, year: 2025, passed: true },
        version: 1,
      })
      .expect(403);
    expect(byUnit.body.code).toBe('ACCESS.NOT_CLUSTER_SECRETARIAT');

    const quangNgai = await givenProvincialUnion(t.dataSource, 'LHH-QUANG-NGAI', 'Quảng Ngãi');
    const outsider = await t.staff
      .post('/api/v1/nominations')
      .send({
        awardTypeId: awards.LHHVN_BANG_KHEN,
        year: 2025,
        nominee: { organizationId: quangNgai },
        proposingOrganizationId: quangNgai,
        clusterId: c3.cluster,
      })
      .expect(201);
    const outside = (await t.staff.get(`/api/v1/nominations/${outsider.body.id}/eligibility`).expect(200)).body;
    expect(reasonOf(outside, 'CLUSTER_MEMBERSHIP')).toEqual({
      check: 'CLUSTER_MEMBERSHIP',
      passed: false,
      reason: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi không phải là thành viên Cụm thi đua số 3 năm 2025.',
    });
    await laoCai.get(`/api/v1/nominations/${flag.body.id}/eligibility`).expect(404);
  });
});
