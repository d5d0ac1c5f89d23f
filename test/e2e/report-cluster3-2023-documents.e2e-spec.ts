import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { descendants, docxText, pdfPages, unzipXml, visibleText } from '../../src/reports/renderers/readers.spec-support.js';
import { type DecidedConference, givenCluster3ConferenceDecided } from '../helpers/conference-votes.js';
import { givenAwardCatalog } from '../helpers/nomination-factories.js';
import { binary } from '../helpers/downloads.js';
import { contentOf, UNKNOWN_ID } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** The Vietnamese file name of a download, from its RFC 5987 `filename*`. */
function vietnameseName(response: Response): string {
  return decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(response.headers['content-disposition'])?.[1] ?? '');
}

const SON_LA = 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La';
const MEMBERS =
  '8 Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, gồm: Điện Biên, Hòa Bình, Lai Châu, Lào Cai, Phú Thọ, Sơn La, Vĩnh Phúc, Yên Bái';
const FLAG = 'Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam';
const REGULATION =
  'Quy chế Thi đua, khen thưởng ban hành kèm theo Quyết định số 1039/QĐ-LHHVN ngày 03/12/2021 của Đoàn Chủ tịch Hội đồng Trung ương Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam';

/**
 * The reports of Cluster 3 for 2023, drawn from the conference of 27/11/2023 recorded through the API (its votes,
 * resolutions and next year's term), the sections Sơn La's secretariat writes, VUSTA's supervisor and one award
 * decision in the register. Every document is opened with a reader independent of the library that wrote it.
 */
describe('the 2023 report and documents of Cluster 3', () => {
  let t: TestApp;
  let conference: DecidedConference;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp();
    const catalog = await givenAwardCatalog(t);
    conference = await givenCluster3ConferenceDecided(t);
    const { c3, secretariat } = conference;
    base = `/api/v1/reports/clusters/${c3.cluster}/years/2023`;
    await secretariat
      .put(`${base}/sections`)
      .send({
        achievements:
          'Các đơn vị trong Cụm thực hiện nghiêm túc các quy định về công tác thi đua khen thưởng.\n- Tổ chức hoạt động tư vấn, phản biện\n- Tôn vinh trí thức',
        direction: 'Năm 2024, Cụm thi đua số 3 tiếp tục thực hiện tốt Luật Thi đua, khen thưởng.',
      })
      .expect(201);
    await t.staff
      .put(`/api/v1/clusters/${c3.cluster}/supervisors/2023`)
      .send({ fullName: 'Phạm Ngọc Linh', position: 'Phó Chủ tịch' })
      .expect(201);
    await secretariat
      .put(`${base}/issuance/year`)
      .send({ symbol: 'LHH', signerTitle: 'Chủ tịch', signerName: 'Cầm Văn Nhung', regulation: REGULATION })
      .expect(201);
    await t.staff
      .post('/api/v1/award-register')
      .send({
        awardTypeId: catalog.LHHVN_CO_THI_DUA,
        year: 2023,
        organizationId: c3.units.sonLa,
        decisionReference: '123/QĐ-LHHVN',
        decisionDate: '2024-01-15',
      })
      .expect(201);
  });
  afterAll(async () => {
    await t.close();
  });

  it('assembles the report of the year from the records and lists what is missing', async () => {
    const { body } = await conference.officers.dienBien.get(base).expect(200);
    expect(body.cluster).toMatchObject({
      name: 'Cụm thi đua số 3',
      owner: { fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam' },
    });
    expect(body.members.map((m: { shortName: string }) => m.shortName)).toEqual([
      'LHH Điện Biên',
      'LHH Hòa Bình',
      'LHH Lai Châu',
      'LHH Lào Cai',
      'LHH Phú Thọ',
      'LHH Sơn La',
      'LHH Vĩnh Phúc',
      'LHH Yên Bái',
    ]);
    expect(body).toMatchObject({
      issuer: { name: SON_LA, place: 'Sơn La' },
      chair: { shortName: 'LHH Sơn La' },
      viceChair: null,
      supervisor: { fullName: 'Phạm Ngọc Linh', position: 'Phó Chủ tịch' },
      conference: {
        starts: { date: '2023-11-27', time: '08:00' },
        ends: { date: '2023-11-27', time: '11:30' },
        place: 'Thành phố Sơn La, tỉnh Sơn La',
        attendance: { memberCount: 8, presentCount: 8 },
      },
      outcome: {
        viceChairElection: { unit: { shortName: 'LHH Yên Bái' }, adopted: true, count: { votes: 6, percent: 75 } },
        chairHandover: { unit: { shortName: 'LHH Lào Cai' }, adopted: true, count: { votes: 8, percent: 100 } },
      },
      nextYear: { year: 2024, chair: { shortName: 'LHH Lào Cai' }, viceChair: { shortName: 'LHH Yên Bái' }, decidedAtConference: true },
    });
    expect(body.conference.guests).toHaveLength(3);
    expect(body.flagProposals).toMatchObject([
      {
        unit: { shortName: 'LHH Sơn La' },
        awardName: FLAG,
        votes: 7,
        share: { numerator: 7, denominator: 8 },
        percent: 87.5,
        decision: { reference: '123/QĐ-LHHVN', date: '2024-01-15' },
      },
      { unit: { shortName: 'LHH Hòa Bình' }, votes: 6, percent: 75, decision: null },
    ]);
    expect(body.sections).toMatchObject({ version: 1, updatedBy: 'sonLa.canbo', texts: { situation: null } });
    const missing = body.missing.map((m: { text: string }) => m.text);
    expect(missing).toEqual(
      expect.arrayContaining([
        'Chưa ghi nhận Cụm phó năm 2023.',
        `Chưa ghi nhận quyết định tặng ${FLAG} năm 2023 cho LHH Hòa Bình.`,
        'Chưa ghi nhận người chủ trì (chủ tọa) hội nghị tổng kết.',
      ]),
    );
    expect(missing.join(' ')).not.toContain('LHH Sơn La.');
  });

  it('writes the news item like the published one, from the records only', async () => {
    const response = await conference.officers.laoCai.get(`${base}/documents/news?format=html`).expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const text = visibleText(response.text);
    expect(text).toContain(
      'Ngày 27/11, tại Thành phố Sơn La, tỉnh Sơn La, Cụm thi đua số 3, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam đã tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.',
    );
    expect(text).toContain(
      'Dự Hội nghị, có đại diện lãnh đạo Ban Tuyên giáo Tỉnh ủy Sơn La, Ban Dân vận Tỉnh ủy Sơn La, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam; đại diện 8/8 đơn vị thành viên của Cụm.',
    );
    expect(text).toContain(`Cụm thi đua số 3 có ${MEMBERS}. Năm 2023, ${SON_LA} làm Cụm trưởng.`);
    expect(text).toContain(
      'Các đơn vị trong Cụm thực hiện nghiêm túc các quy định về công tác thi đua khen thưởng. Tổ chức hoạt động tư vấn, phản biện; tôn vinh trí thức.',
    );
    expect(text).toContain(
      `Tại Hội nghị, các đơn vị đã suy tôn, đề nghị tặng ${FLAG} cho ${SON_LA} và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Bình; bầu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái làm Cụm phó năm 2024.`,
    );
    expect(text).toContain(`${SON_LA} chuyển trao nhiệm vụ Cụm trưởng năm 2024 cho Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai.`);
    expect(text.split('chuyển trao nhiệm vụ Cụm trưởng')).toHaveLength(2);
    expect(text).toContain('Năm 2024, Cụm thi đua số 3 tiếp tục thực hiện tốt Luật Thi đua, khen thưởng.');
    const json = await conference.officers.laoCai.get(`${base}/documents/news`).expect(200);
    expect(json.body).toMatchObject({ headline: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023', dateline: '27/11/2023' });
  });

  it('draws up the minutes as a PDF whose every Vietnamese letter a PDF reader extracts intact', async () => {
    const response = await binary(conference.officers.hoaBinh.get(`${base}/documents/minutes?format=pdf`)).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pages = await pdfPages(response.body as Buffer);
    const text = pages.map((page) => page.text).join(' ');
    expect(pages[0]).toMatchObject({ width: expect.closeTo(595.28, 1), height: expect.closeTo(841.89, 1) });
    for (const expected of [
      'LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH SƠN LA',
      'BIÊN BẢN',
      'Thời gian bắt đầu: 08 giờ 00, ngày 27 tháng 11 năm 2023.',
      'Địa điểm: Thành phố Sơn La, tỉnh Sơn La.',
      'Thành phần tham dự: đại biểu 8/8 đơn vị thành viên Cụm thi đua số 3 và khách mời.',
      'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Điện Biên',
      'Hòa Bình',
      'Kỹ thuật',
      'Cờ thi đua',
      'Suy tôn đơn vị dẫn đầu đề nghị tặng Cờ thi đua năm 2023',
      `Kết luận: Hội nghị suy tôn, đề nghị tặng ${FLAG} cho ${SON_LA} và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Bình.`,
      'Kết luận: Hội nghị bầu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái làm Cụm phó năm 2024.',
      'Kết quả biểu quyết: nhất trí 8/8.',
      'Kết luận: Hội nghị nhất trí chuyển trao nhiệm vụ Cụm trưởng năm 2024 cho Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai.',
      'Biên bản đã được đọc lại trước hội nghị và được các đại biểu dự hội nghị nhất trí thông qua.',
      'Hội nghị kết thúc vào 11 giờ 30, ngày 27 tháng 11 năm 2023./.',
      'THƯ KÝ',
      'CHỦ TỌA',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La 7\/8 87,5 Đạt/);
    expect(text).toMatch(/Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Bình 6\/8 75 Đạt/);
    expect(text).not.toContain('cờ luân lưu');
    // Mẫu 1.9: no place-and-date line under the motto.
    expect(text).not.toMatch(/Sơn La, ngày \d/);
  });

  it('draws up the summary report as an A4 DOCX in Times New Roman, dated at Sơn La on the day of the conference', async () => {
    const response = await binary(conference.secretariat.get(`${base}/documents/summary-report?format=docx`)).expect(200);
    const document = unzipXml(response.body as Buffer, 'word/document.xml');
    const [size] = descendants(document, 'w:pgSz');
    expect(size.attributes).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    const fonts = new Set(descendants(document, 'w:rFonts').map((f) => f.attributes['w:ascii']));
    expect([...fonts]).toEqual(['Times New Roman']);
    const text = docxText(response.body as Buffer);
    for (const expected of [
      'Sơn La, ngày 27 tháng 11 năm 2023',
      'BÁO CÁO',
      'Tổng kết công tác thi đua, khen thưởng năm 2023 của Cụm thi đua số 3; phương hướng, nhiệm vụ năm 2024',
      `Năm 2023, Cụm thi đua số 3 thuộc Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam có ${MEMBERS}. ${SON_LA} làm Cụm trưởng.`,
      'Phụ trách Cụm: Phạm Ngọc Linh, Phó Chủ tịch.',
      'Quyết định số 123/QĐ-LHHVN ngày 15/01/2024',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024',
      'Năm 2024, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai làm Cụm trưởng, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái làm Cụm phó.',
      'CHỦ TỊCH',
      'Cầm Văn Nhung',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Thư ký Cụm chưa viết');
    expect(text).not.toContain('TM. CỤM THI ĐUA SỐ 3');
  });

  it('draws up the submission to VUSTA proposing the flags with their vote results', async () => {
    const response = await binary(conference.secretariat.get(`${base}/documents/flag-proposal?format=docx`)).expect(200);
    const text = docxText(response.body as Buffer);
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toContain(`Về việc đề nghị tặng ${FLAG} năm 2023`);
    expect(text).toContain('Kính gửi: Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam');
    expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    expect(text).toContain('Căn cứ Nghị định 98/2023/NĐ-CP;');
    expect(text).toContain(`Căn cứ ${REGULATION};`);
    expect(text).toContain(
      'Căn cứ Biên bản Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 của Cụm thi đua số 3 ngày 27 tháng 11 năm 2023.',
    );
    expect(text).toMatch(new RegExp(`${SON_LA}\\n${FLAG}\\n7/8\\n87,5`));
    expect(text).toMatch(/tỉnh Hòa Bình\nCờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam\n6\/8\n75/);
  });

  it('names every download in ASCII and, for those who read it, in Vietnamese', async () => {
    const cases = [
      ['summary-report', 'docx', 'attachment', 'bao-cao-tong-ket-cum-3-2023.docx', 'Báo cáo tổng kết Cụm thi đua số 3 năm 2023.docx'],
      [
        'minutes',
        'pdf',
        'attachment',
        'bien-ban-hoi-nghi-tong-ket-cum-3-2023.pdf',
        'Biên bản hội nghị tổng kết Cụm thi đua số 3 năm 2023.pdf',
      ],
      [
        'flag-proposal',
        'docx',
        'attachment',
        'to-trinh-co-thi-dua-cum-3-2023.docx',
        'Tờ trình đề nghị tặng Cờ thi đua Cụm thi đua số 3 năm 2023.docx',
      ],
      ['news', 'html', 'inline', 'tin-hoi-nghi-tong-ket-cum-3-2023.html', 'Tin hội nghị tổng kết Cụm thi đua số 3 năm 2023.html'],
    ] as const;
    for (const [document, format, disposition, ascii, vietnamese] of cases) {
      const response = await binary(t.staff.get(`${base}/documents/${document}?format=${format}`)).expect(200);
      expect(response.headers['content-disposition']).toMatch(
        new RegExp(`^${disposition}; filename="${ascii}"; filename\\*=UTF-8''[A-Za-z0-9%._~!-]+$`),
      );
      expect(vietnameseName(response)).toBe(vietnamese);
      expect(response.headers.vary).toBe('Accept');
    }
  });

  it('answers in the format the Accept header prefers when ?format= is left out', async () => {
    const pdf = await binary(t.staff.get(`${base}/documents/summary-report`).set('accept', 'application/pdf')).expect(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const html = await t.staff.get(`${base}/documents/summary-report`).set('accept', 'text/html,*/*;q=0.8').expect(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    const json = await t.staff.get(`${base}/documents/summary-report`).set('accept', '*/*').expect(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.body).toMatchObject({
      type: 'BC',
      header: { issuingBody: SON_LA, number: 'Số:     /BC-LHH', placeAndDate: 'Sơn La, ngày 27 tháng 11 năm 2023' },
    });
  });

  it('says what is missing for a year with no conference recorded, instead of failing', async () => {
    const year2022 = `/api/v1/reports/clusters/${conference.c3.cluster}/years/2022`;
    const { body } = await t.staff.get(year2022).expect(200);
    expect(body).toMatchObject({ year: 2022, conference: null, meetings: [], flagProposals: [], members: [] });
    expect(body.missing.map((m: { text: string }) => m.text)).toEqual(
      expect.arrayContaining(['Chưa ghi nhận hội nghị tổng kết năm 2022.', 'Chưa ghi nhận Cụm trưởng, Cụm phó năm 2022.']),
    );
    expect(body.missing.map((m: { text: string }) => m.text)).toContain('Chưa ghi nhận hội nghị nào của Cụm năm 2022.');
    const report = await binary(t.staff.get(`${year2022}/documents/summary-report?format=docx`)).expect(200);
    expect(docxText(report.body as Buffer)).not.toContain('Chưa ghi nhận');
    const minutes = await t.staff.get(`${year2022}/documents/minutes?format=pdf`).expect(404);
    expect(minutes.body).toMatchObject({ code: 'REPORTS.CONFERENCE_NOT_RECORDED', status: 404 });
    expect(minutes.body.title).toBe(
      'Chưa ghi nhận hội nghị tổng kết năm 2022 của Cụm thi đua số 3, nên chưa có biên bản hay tin bài để lập. Báo cáo năm 2022 vẫn xem được.',
    );
    const proposal = await t.staff.get(`${year2022}/documents/flag-proposal`).expect(404);
    expect(proposal.body.code).toBe('REPORTS.NO_FLAG_PROPOSAL');
  });

  it('refuses bad requests with a Vietnamese message per field, and changes nothing', async () => {
    const before = await contentOf(t.dataSource, 'report_sections', 'audit_events');
    const xlsx = await t.staff.get(`${base}/documents/minutes?format=xlsx`).expect(400);
    expect(xlsx.body.errors).toEqual([{ field: 'format', message: expect.stringContaining('Giá trị không hợp lệ') }]);
    const document = await t.staff.get(`${base}/documents/bien-ban`).expect(400);
    expect(document.body.errors.map((e: { field: string }) => e.field)).toEqual(['document']);
    const year = await t.staff.get(`/api/v1/reports/clusters/${conference.c3.cluster}/years/20x3`).expect(400);
    expect(new Set(year.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['year']));
    expect(year.body.errors[0].message).toBe('Phải là số nguyên.');
    const id = await t.staff.get('/api/v1/reports/clusters/cum-3/years/2023').expect(400);
    expect(id.body.errors).toEqual([{ field: 'id', message: 'Phải là mã định danh (UUID) hợp lệ.' }]);
    const unknown = await t.staff.get(`/api/v1/reports/clusters/${UNKNOWN_ID}/years/2023/documents/news`).expect(404);
    expect(unknown.body.code).toBe('REGISTRY.CLUSTER_NOT_FOUND');
    const extra = await t.staff.get(`${base}/documents/news?lang=vi`).expect(400);
    expect(extra.body.errors.map((e: { field: string }) => e.field)).toEqual(['lang']);
    await t.http.get(base).expect(401);
    expect(await contentOf(t.dataSource, 'report_sections', 'audit_events')).toEqual(before);
  });
});
