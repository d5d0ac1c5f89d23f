import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { descendants, parseXml, textOf, unzipXml, type XmlElement } from '../../src/reports/renderers/readers.spec-support.js';
import { type DecidedConference, givenCluster3ConferenceDecided } from '../helpers/conference-votes.js';
import { binary } from '../helpers/downloads.js';
import { givenAwardCatalog, ownProposal } from '../helpers/nomination-factories.js';
import { givenProvincialUnion } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

type Cell = string | number | null;

/** "C12" → column 2 (0-based), row 11. */
function position(reference: string): { column: number; row: number } {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(reference) ?? [];
  const column = [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { column, row: Number(digits) - 1 };
}

/** A worksheet read back from the XLSX with its shared strings, row by row; empty rows dropped. */
function readSheet(file: Buffer, sheet: number): Cell[][] {
  const shared = descendants(unzipXml(file, 'xl/sharedStrings.xml'), 'si').map((si) => descendants(si, 't').map(textOf).join(''));
  const rows: Cell[][] = [];
  for (const cell of descendants(unzipXml(file, `xl/worksheets/sheet${sheet}.xml`), 'c')) {
    const [value] = cell.children.filter((child: XmlElement) => child.name === 'v');
    if (!value) continue;
    const { column, row } = position(cell.attributes.r);
    rows[row] ??= [];
    rows[row][column] = cell.attributes.t === 's' ? shared[Number(value.text)] : Number(value.text);
  }
  return rows.filter(Boolean).map((row) => Array.from(row, (cell) => cell ?? null));
}

/**
 * VUSTA's picture of 2023: Cluster 3 with its conference recorded through the API, a flag decision and a
 * commendation in the register, a nomination; Cluster 6 with a chair and nothing else. The workbook is read back
 * with an XML reader of its own, and must hold the numbers the JSON gives.
 */
describe('the national overview of 2023', () => {
  let t: TestApp;
  let conference: DecidedConference;
  let cluster6: string;

  beforeAll(async () => {
    t = await startTestApp();
    const catalog = await givenAwardCatalog(t);
    conference = await givenCluster3ConferenceDecided(t);
    const { c3 } = conference;
    const quangNgai = await givenProvincialUnion(t.dataSource, 'LHH-QUANG-NGAI', 'Quảng Ngãi');
    cluster6 = (
      await t.staff
        .post('/api/v1/clusters')
        .send({ code: 'VUSTA-C6', number: 6, name: 'Cụm thi đua số 6', kind: 'cluster', ownerId: c3.vusta, rotationRule: 'elected' })
        .expect(201)
    ).body.id;
    await t.staff.post(`/api/v1/clusters/${cluster6}/members`).send({ organizationId: quangNgai, fromYear: 2023 }).expect(201);
    await t.staff.put(`/api/v1/clusters/${cluster6}/terms/2023`).send({ chairId: quangNgai, decidedBy: 'rotation' }).expect(201);
    const register = (body: object) =>
      t.staff
        .post('/api/v1/award-register')
        .send({ year: 2023, decisionDate: '2024-01-15', ...body })
        .expect(201);
    await register({ awardTypeId: catalog.LHHVN_CO_THI_DUA, organizationId: c3.units.sonLa, decisionReference: '123/QĐ-LHHVN' });
    await register({ awardTypeId: catalog.LHHVN_BANG_KHEN, organizationId: c3.units.yenBai, decisionReference: '124/QĐ-LHHVN' });
    await conference.officers.dienBien
      .post('/api/v1/nominations')
      .send({
        ...ownProposal(c3, 'dienBien', catalog.LHHVN_BANG_KHEN, { fullName: 'Lò Văn Minh', gender: 'male', birthYear: 1975 }),
        year: 2023,
      })
      .expect(201);
  });
  afterAll(async () => {
    await t.close();
  });

  it("gives every cluster's chair and vice-chair, meetings, flags proposed and awarded, and nominations", async () => {
    const { body } = await conference.officers.hoaBinh.get('/api/v1/reports/years/2023').expect(200);
    const byName = (name: string) => body.clusters.find((c: { cluster: { name: string } }) => c.cluster.name === name);
    expect(byName('Cụm thi đua số 3')).toMatchObject({
      memberCount: 8,
      chair: { shortName: 'LHH Sơn La' },
      viceChair: null,
      meetingsHeld: 1,
      yearEndConferences: 1,
      flagsProposed: 2,
      flagsAwarded: 1,
    });
    expect(byName('Cụm thi đua số 3').nominations).toBeGreaterThanOrEqual(1);
    expect(byName('Cụm thi đua số 6')).toMatchObject({
      memberCount: 1,
      chair: { shortName: 'LHH Quảng Ngãi' },
      meetingsHeld: 0,
      flagsProposed: 0,
      flagsAwarded: 0,
      nominations: 0,
    });
    const commendations = body.nominations.byAwardType.find((a: { awardTypeCode: string }) => a.awardTypeCode === 'LHHVN_BANG_KHEN');
    expect(commendations).toMatchObject({ total: 1, byState: [{ state: 'draft', stateName: 'Bản nháp', count: 1 }] });
    expect(body.awardsByCluster.years).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(body.awardsByCluster.rows.find((r: { clusterName: string }) => r.clusterName === 'Cụm thi đua số 3').counts).toEqual([
      0, 0, 0, 0, 2,
    ]);
  });

  it('holds the same numbers in the XLSX as in the JSON', async () => {
    const { body } = await t.staff.get('/api/v1/reports/years/2023?format=json').expect(200);
    const response = await binary(t.staff.get('/api/v1/reports/years/2023?format=xlsx')).expect(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="tong-hop-thi-dua-cac-cum-2023\.xlsx"; filename\*=UTF-8''/,
    );
    const file = response.body as Buffer;
    const sheets = descendants(unzipXml(file, 'xl/workbook.xml'), 'sheet').map((s) => s.attributes.name);
    expect(sheets).toEqual(['Các cụm 2023', 'Đề nghị khen thưởng', 'Khen thưởng theo cụm']);

    const [title, header, ...clusterRows] = readSheet(file, 1);
    expect(title).toEqual(['Tổng hợp công tác thi đua, khen thưởng các Cụm thi đua năm 2023']);
    // Every cluster is VUSTA's: no column repeats the owner.
    expect(header).toEqual([
      'Cụm, khối thi đua',
      'Số thành viên',
      'Cụm trưởng',
      'Cụm phó',
      'Số hội nghị',
      'Cờ thi đua đề nghị',
      'Cờ thi đua được tặng',
      'Đề nghị khen thưởng',
    ]);
    type Row = {
      cluster: { name: string };
      memberCount: number;
      chair: { shortName: string } | null;
      viceChair: { shortName: string } | null;
      meetingsHeld: number;
      flagsProposed: number;
      flagsAwarded: number;
      nominations: number;
    };
    expect(clusterRows.slice(0, -1)).toEqual(
      body.clusters.map((c: Row) => [
        c.cluster.name,
        c.memberCount,
        c.chair?.shortName ?? 'Chưa ghi nhận',
        c.viceChair?.shortName ?? 'Chưa ghi nhận',
        c.meetingsHeld,
        c.flagsProposed,
        c.flagsAwarded,
        c.nominations,
      ]),
    );
    const { totals } = body;
    expect(clusterRows.at(-1)).toEqual([
      'Tổng cộng (2 cụm, khối)',
      null,
      null,
      null,
      totals.meetingsHeld,
      totals.flagsProposed,
      totals.flagsAwarded,
      totals.nominations,
    ]);

    const [, nominationHeader, ...nominationRows] = readSheet(file, 2);
    expect(nominationHeader).toEqual([
      'Hình thức khen thưởng',
      ...body.nominations.byState.map((s: { stateName: string }) => s.stateName),
      'Tổng',
    ]);
    expect(nominationRows.at(-1)).toEqual([
      'Tổng cộng',
      ...body.nominations.byState.map((s: { count: number }) => s.count),
      body.nominations.total,
    ]);
    expect(nominationRows.map((row) => row.at(-1)).slice(0, -1)).toEqual(
      body.nominations.byAwardType.map((a: { total: number }) => a.total),
    );

    const [, awardsHeader, ...awardRows] = readSheet(file, 3);
    expect(awardsHeader).toEqual(['Cụm, khối thi đua', '2019', '2020', '2021', '2022', '2023']);
    expect(awardRows).toEqual(
      body.awardsByCluster.rows.map((r: { clusterName: string; counts: number[] }) => [r.clusterName, ...r.counts]),
    );
  });

  it('sets the XLSX up for printing: landscape, one page wide, header frozen and repeated, widths and number formats', async () => {
    const response = await binary(t.staff.get('/api/v1/reports/years/2023?format=xlsx')).expect(200);
    const workbook = new ExcelJS.Workbook();
    const file = response.body as Buffer;
    await workbook.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 });
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
      expect(sheet.pageSetup.printTitlesRow).toBe('3:3');
    }
    const clusters = workbook.worksheets[0];
    expect(clusters.getColumn(1).width).toBeGreaterThan(20);
    const members = clusters.getRow(4).getCell(2);
    expect(typeof members.value).toBe('number');
    expect(members.numFmt).toBe('#,##0');
  });

  it('shows the overview as an HTML page, its title once, with a chart of the flags proposed and awarded by cluster', async () => {
    const response = await t.staff.get('/api/v1/reports/years/2023').set('accept', 'text/html').expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    // Its stylesheet is inline: the page may use it, and nothing else runs or loads.
    expect(response.headers['content-security-policy']).toContain("default-src 'none'; style-src 'unsafe-inline'");
    const page = response.text;
    expect(page).toContain('<h1>Tổng hợp công tác thi đua, khen thưởng các Cụm thi đua năm 2023</h1>');
    expect(page.split('Tổng hợp công tác thi đua, khen thưởng các Cụm thi đua năm 2023')).toHaveLength(3); // <title> and <h1>
    expect(page).not.toContain('Liên hiệp Hội Việt Nam');
    expect(page).toContain('<td class="align-left">Chưa ghi nhận</td>');
    const svg = page.slice(page.indexOf('<svg'), page.indexOf('</svg>') + 6);
    const chart = parseXml(svg);
    expect(textOf(descendants(chart, 'title')[0])).toBe('Cờ thi đua đề nghị và được tặng theo Cụm, 2019–2023');
    // Cluster 3's conference proposed two flags, one of which the register shows awarded: bars of that length, and
    // the cluster's full name written out; Cluster 6 recorded none and is not drawn with zeros.
    const bars = descendants(chart, 'rect').filter((rect) => descendants(rect, 'title').length > 0);
    expect(bars.map((rect) => [textOf(rect), Number(rect.attributes.width) > 0])).toEqual([
      ['Cụm thi đua số 3, Cờ thi đua đề nghị: 2', true],
      ['Cụm thi đua số 3, Cờ thi đua được tặng: 1', true],
    ]);
    expect(descendants(chart, 'text').map(textOf)).toContain('Cụm thi đua số 3');
    expect(svg).not.toContain('Cụm thi đua số 6');
    expect(page).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it('refuses formats it does not make and years out of range, in Vietnamese', async () => {
    const pdf = await t.staff.get('/api/v1/reports/years/2023?format=pdf').expect(400);
    expect(pdf.body.errors).toEqual([{ field: 'format', message: expect.stringContaining('Giá trị không hợp lệ') }]);
    const year = await t.staff.get('/api/v1/reports/years/1900').expect(400);
    expect(new Set(year.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['year']));
    await t.http.get('/api/v1/reports/years/2023').expect(401);
  });

  it('answers a year with nothing recorded with zeros, not an error', async () => {
    const { body } = await t.staff.get('/api/v1/reports/years/2031').expect(200);
    expect(body.totals).toEqual({ clusters: 2, meetingsHeld: 0, flagsProposed: 0, flagsAwarded: 0, nominations: 0 });
    expect(body.clusters.map((c: { chair: unknown; memberCount: number }) => [c.chair, c.memberCount])).toEqual([
      [null, 8],
      [null, 1],
    ]);
  });
});
