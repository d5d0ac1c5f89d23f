import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { as, type Caller, givenAwardCatalog, officerOf, onDay } from '../helpers/nomination-factories.js';
import { type Cluster3, contentOf, givenCluster3In2023 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { givenSignedInUser } from '../helpers/auth.js';

const REGISTER_TABLES = ['award_register', 'award_register_imports', 'people', 'audit_events'];

/** A workbook as a secretariat keeps its register: extra columns, dates as date cells, headers in Vietnamese. */
async function registerWorkbook(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sổ khen thưởng');
  sheet.addRow([
    'STT',
    'Năm',
    'Mã loại khen thưởng',
    'Mã đơn vị',
    'Họ và tên',
    'Giới tính',
    'Năm sinh',
    'Số quyết định',
    'Ngày quyết định',
    'Số sổ vàng',
    'Ghi chú',
  ]);
  rows.forEach((row, i) => sheet.addRow([i + 1, ...row]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The award register of past years enters from a spreadsheet and counts from then on: for a person's title
 * chain, and in a merged unit's roll-up, where Phú Thọ (from 1 July 2025) sees what Hòa Bình received.
 */
describe('the award register of past years: import, reading by person and unit, roll-up through a merger', () => {
  let t: TestApp;
  let c3: Cluster3;
  let sonLa: Caller;
  let dienBien: Caller;

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    await givenAwardCatalog(t);
    sonLa = await officerOf(t, c3, 'sonLa');
    dienBien = await officerOf(t, c3, 'dienBien');
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a file it cannot read as a register, recording nothing', async () => {
    const before = await contentOf(t.dataSource, ...REGISTER_TABLES);
    const missing = await t.staff
      .post('/api/v1/award-register/imports')
      .attach('file', Buffer.from('Năm,Mã đơn vị\r\n2021,LHH-SON-LA\r\n', 'utf8'), 'thieu-cot.csv')
      .expect(422);
    expect(missing.body).toMatchObject({
      code: 'AWARD_REGISTER.IMPORT_FILE_REFUSED',
      title: 'Không nhập được tệp vào sổ khen thưởng; chưa có dòng nào được ghi.',
      errors: [
        { field: 'file', message: 'Thiếu cột "Mã loại khen thưởng".' },
        { field: 'file', message: 'Thiếu cột "Số quyết định".' },
      ],
    });
    const legacy = Buffer.from(
      'Năm,Mã loại khen thưởng,Mã đơn vị,Số quyết định\r\n2021,LHHVN_CO_THI_DUA,LHH-SON-LA,15/QĐ-LHHVN\r\n',
      'latin1',
    );
    const notUtf8 = await t.staff.post('/api/v1/award-register/imports').attach('file', legacy, 'windows-1258.csv').expect(422);
    expect(notUtf8.body.errors[0].message).toContain('CSV mã hóa UTF-8');
    const headerOnly = await t.staff
      .post('/api/v1/award-register/imports')
      .attach('file', Buffer.from('Năm,Mã loại khen thưởng,Mã đơn vị,Số quyết định\r\n'), 'trong.csv')
      .expect(422);
    expect(headerOnly.body.errors[0].message).toBe('Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.');
    const noFile = await t.staff.post('/api/v1/award-register/imports').expect(400);
    expect(noFile.body.code).toBe('DOSSIER.FILE_MISSING');
    await sonLa.post('/api/v1/award-register/imports').attach('file', Buffer.from('x'), 'x.csv').expect(403);
    expect(await contentOf(t.dataSource, ...REGISTER_TABLES)).toEqual(before);
  });

  it('imports an XLSX register: a person’s titles and a unit’s flags, refusing the rows that cannot be entries', async () => {
    const file = await registerWorkbook([
      [2022, 'CHIEN_SI_THI_DUA_CO_SO', 'LHH-SON-LA', 'Cầm Văn Sơn', 'Nam', 1976, '12/QĐ-LHHSL', day('2022-12-20'), null, null],
      [2023, 'CHIEN_SI_THI_DUA_CO_SO', 'LHH-SON-LA', 'Cầm  Văn Sơn', 'Nam', 1976, '14/QĐ-LHHSL', day('2023-12-20'), null, null],
      [2024, 'CHIEN_SI_THI_DUA_CO_SO', 'LHH-SON-LA', 'CẦM VĂN SƠN', null, 1976, '9/QĐ-LHHSL', day('2024-12-18'), null, 'viết hoa'],
      [2021, 'LHHVN_CO_THI_DUA', 'LHH-HOA-BINH', null, null, null, '15/QĐ-LHHVN', '20/01/2022', '0815', null],
      [2022, 'LHHVN_CO_THI_DUA', 'LHH-HOA-BINH', null, null, null, '21/QĐ-LHHVN', '18/01/2023', '0912', null],
      [2022, 'CHIEN_SI_THI_DUA_CO_SO', 'LHH-DIEN-BIEN', null, null, null, '3/QĐ-LHHĐB', null, null, 'thiếu họ tên'],
      [2022, 'LHHVN_CHIEN_SI_THI_DUA', 'LHH-DIEN-BIEN', 'Lò Thị Hoa', 'Nữ', null, '30/QĐ-LHHVN', null, null, null],
    ]);
    const imported = await t.staff.post('/api/v1/award-register/imports').attach('file', file, 'Sổ khen thưởng 2021–2024.xlsx').expect(201);
    expect(imported.body).toMatchObject({
      fileName: 'Sổ khen thưởng 2021–2024.xlsx',
      format: 'xlsx',
      rowsRead: 7,
      accepted: 5,
      refused: 2,
    });
    expect(imported.body.rows.filter((r: { accepted: boolean }) => !r.accepted)).toEqual([
      {
        row: 7,
        accepted: false,
        entryId: null,
        reasons: ['Loại khen thưởng "CHIEN_SI_THI_DUA_CO_SO" chỉ tặng cho cá nhân: cần họ và tên, năm sinh.'],
      },
      { row: 8, accepted: false, entryId: null, reasons: ['Thiếu năm sinh của Lò Thị Hoa.'] },
    ]);
    const [record] = await t.dataSource.query('SELECT file_name, format, accepted, refused FROM award_register_imports');
    expect(record).toEqual({ file_name: 'Sổ khen thưởng 2021–2024.xlsx', format: 'xlsx', accepted: 5, refused: 2 });
  });

  it("finds a person's awards by name without tone marks and year of birth, for staff and the person's own unit only", async () => {
    const search = '/api/v1/award-register?personName=cam van son&birthYear=1976&sort=year';
    const byStaff = await t.staff.get(search).expect(200);
    expect(
      byStaff.body.items.map((e: { year: number; decision: { reference: string; date: string } }) => [
        e.year,
        e.decision.reference,
        e.decision.date,
      ]),
    ).toEqual([
      [2022, '12/QĐ-LHHSL', '2022-12-20'],
      [2023, '14/QĐ-LHHSL', '2023-12-20'],
      [2024, '9/QĐ-LHHSL', '2024-12-18'],
    ]);
    expect(byStaff.body.items[0]).toMatchObject({
      recipient: { kind: 'individual', person: { fullName: 'Cầm Văn Sơn', gender: 'male', birthYear: 1976 } },
      source: 'import',
    });
    expect((await sonLa.get(search).expect(200)).body.total).toBe(3);
    expect((await dienBien.get(search).expect(200)).body.total).toBe(0);
    const flags = await dienBien
      .get(`/api/v1/award-register?organizationId=${c3.units.hoaBinh}&recipientKind=collective&sort=year`)
      .expect(200);
    expect(flags.body.items.map((e: { year: number; registerNumber: string }) => [e.year, e.registerNumber])).toEqual([
      [2021, '0815'],
      [2022, '0912'],
    ]);
    const malformed = await t.staff.get('/api/v1/award-register?birthYear=abc&recipientKind=nhom&sort=ten').expect(400);
    expect([...new Set(malformed.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual([
      'birthYear',
      'recipientKind',
      'sort',
    ]);
  });

  it('counts the imported titles in the eligibility rules: three years of Chiến sĩ thi đua cơ sở', async () => {
    onDay(t, '2025-11-03');
    const awards = await givenAwardCatalog(t);
    const nomination = await sonLa
      .post('/api/v1/nominations')
      .send({
        awardTypeId: awards.LHHVN_CHIEN_SI_THI_DUA,
        year: 2025,
        nominee: {
          organizationId: c3.units.sonLa,
          person: { fullName: 'Cầm Văn Sơn', gender: 'male', birthYear: 1976, position: 'Phó Chủ tịch' },
        },
        proposingOrganizationId: c3.units.sonLa,
        clusterId: c3.cluster,
      })
      .expect(201);
    const eligibility = await sonLa.get(`/api/v1/nominations/${nomination.body.id}/eligibility`).expect(200);
    expect(eligibility.body.checks.find((c: { check: string }) => c.check === 'PREREQUISITES')).toEqual({
      check: 'PREREQUISITES',
      passed: true,
      reason: 'Đã đạt "Chiến sĩ thi đua cơ sở" 3 năm liên tục (2022–2024).',
    });
  });

  it("shows a merged unit its predecessors' awards, named as they were, and its own officer their people", async () => {
    const merger = await t.staff
      .post('/api/v1/organizations/mergers')
      .send({
        sourceIds: [c3.units.vinhPhuc, c3.units.hoaBinh, c3.units.phuTho],
        successor: {
          code: 'LHH-PHU-THO-2025',
          province: 'Phú Thọ',
          kind: 'provincial_union',
          fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Phú Thọ',
          shortName: 'LHH Phú Thọ',
        },
        effectiveDate: '2025-07-01',
        legalBasis: 'Nghị quyết 202/2025/QH15',
      })
      .expect(201);
    const phuTho = merger.body.successor.id as string;
    const rollUp = await sonLa.get(`/api/v1/organizations/${phuTho}/awards?sort=year`).expect(200);
    expect(
      rollUp.body.items.map((e: { year: number; recipient: { organization: { id: string; shortName: string } } }) => [
        e.year,
        e.recipient.organization.shortName,
      ]),
    ).toEqual([
      [2021, 'LHH Hòa Bình'],
      [2022, 'LHH Hòa Bình'],
    ]);
    expect(rollUp.body.items[0].recipient.organization.id).toBe(c3.units.hoaBinh);
    const ownOnly = await sonLa.get(`/api/v1/organizations/${phuTho}/awards?includePredecessors=false`).expect(200);
    expect(ownOnly.body.total).toBe(0);

    await t.staff
      .post('/api/v1/award-register')
      .send({
        awardTypeId: (await givenAwardCatalog(t)).CHIEN_SI_THI_DUA_CO_SO,
        year: 2024,
        organizationId: c3.units.hoaBinh,
        person: { fullName: 'Bùi Văn Mường', birthYear: 1979 },
        decisionReference: '7/QĐ-LHHHB',
      })
      .expect(201);
    const phuThoOfficer = as(
      t,
      await givenSignedInUser(t, { username: 'phutho2025.canbo', roles: ['unit_officer'], organizationId: phuTho }),
    );
    const people = (path: string, caller: Caller) =>
      caller
        .get(path)
        .expect(200)
        .then((r) => r.body.items.filter((e: { recipient: { person: unknown } }) => e.recipient.person).length);
    expect(await people(`/api/v1/organizations/${phuTho}/awards`, phuThoOfficer)).toBe(1);
    expect(await people(`/api/v1/organizations/${phuTho}/awards`, sonLa)).toBe(0);
    await sonLa.get('/api/v1/organizations/00000000-0000-4000-8000-000000000000/awards').expect(404);
    await sonLa.get('/api/v1/organizations/khong-phai-uuid/awards').expect(400);
  });
});
