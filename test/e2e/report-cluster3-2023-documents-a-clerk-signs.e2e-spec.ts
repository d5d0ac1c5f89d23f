import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docxText, pdfPages, type PdfPageText, visibleText } from '../../src/reports/renderers/readers.spec-support.js';
import { givenCluster3ConferenceDecided } from '../helpers/conference-votes.js';
import { binary } from '../helpers/downloads.js';
import { givenAwardCatalog } from '../helpers/nomination-factories.js';
import { type Conference, givenCluster3Conference, givenOpenVote } from '../helpers/meeting-factories.js';
import type { Cluster3 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** Where the PDFs and their pages as PNG are kept for a person to look at (gitignored). */
const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'documents');

/** Internal notes and placeholders that a document a clerk signs must never print. */
const INTERNAL_NOTES = [
  /chưa ghi nhận/i,
  /chưa viết phần/i,
  /trạng thái hồ sơ/i,
  /bản nháp/i,
  /chưa được công bố/i,
  /chưa kết thúc bỏ phiếu/i,
  /chưa có quyết định/i,
  /không cần bỏ phiếu thêm/i,
  /cờ luân lưu/i,
  /0\/8 phiếu, đạt 0%/,
  /TM\. CỤM THI ĐUA SỐ 3/,
  /"/,
];

const DOCUMENTS = ['summary-report', 'minutes', 'flag-proposal', 'news'] as const;
type Document = (typeof DOCUMENTS)[number];
const SIGNED: readonly Document[] = ['summary-report', 'minutes', 'flag-proposal'];

const FLAG = 'Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam';
const SON_LA = 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La';
const REGULATION =
  'Quy chế Thi đua, khen thưởng ban hành kèm theo Quyết định số 1039/QĐ-LHHVN ngày 03/12/2021 của Đoàn Chủ tịch Hội đồng Trung ương Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam';
const ACHIEVEMENTS =
  'Các đơn vị hưởng ứng phong trào thi đua "Trí thức khoa học và công nghệ tiêu biểu" do Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam phát động.';

/** Every document of the year read with a reader independent of the writer: HTML text, DOCX XML, PDF text per page. */
interface ReadDocuments {
  html: Record<Document, string>;
  docx: Record<Document, string>;
  pdf: Record<Document, PdfPageText[]>;
}

async function readDocuments(t: TestApp, base: string, scenario: string): Promise<ReadDocuments> {
  const read: ReadDocuments = { html: {} as never, docx: {} as never, pdf: {} as never };
  const folder = join(ARTIFACTS, scenario);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const document of DOCUMENTS) {
    read.html[document] = visibleText((await t.staff.get(`${base}/documents/${document}?format=html`).expect(200)).text);
    read.docx[document] = docxText((await binary(t.staff.get(`${base}/documents/${document}?format=docx`)).expect(200)).body as Buffer);
    const pdf = (await binary(t.staff.get(`${base}/documents/${document}?format=pdf`)).expect(200)).body as Buffer;
    read.pdf[document] = await pdfPages(pdf);
    const file = join(folder, `${document}.pdf`);
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', '60', '-png', file, join(folder, document)]);
  }
  return read;
}

function allTexts(read: ReadDocuments, document: Document): string[] {
  return [read.html[document], read.docx[document], read.pdf[document].map((p) => p.text).join(' ')];
}

/** What a clerk checks before signing, on every document in every format. */
function expectSignable(read: ReadDocuments, scenario: string, noun: 'Hội nghị' | 'Hội thảo'): void {
  const other = noun === 'Hội nghị' ? /hội thảo/i : /hội nghị/i;
  for (const document of DOCUMENTS) {
    for (const text of allTexts(read, document)) {
      for (const note of INTERNAL_NOTES) expect({ document, found: note.exec(text)?.[0] ?? null }).toEqual({ document, found: null });
      expect({ document, other: other.exec(text)?.[0] ?? null }).toEqual({ document, other: null });
    }
    const pages = read.pdf[document];
    // No page holds only its number (the tờ trình's blank page 2 holding "2").
    pages.forEach((page, i) => expect({ document, page: i + 1, onlyNumber: /^\d+$/.test(page.text) }).toMatchObject({ onlyNumber: false }));
    // Page numbers from page 2: page 1 does not start with "1".
    expect(pages[0].text.startsWith('1 ')).toBe(false);
    expect(readdirSync(join(ARTIFACTS, scenario)).filter((f) => f.startsWith(`${document}-`) && f.endsWith('.png'))).toHaveLength(
      pages.length,
    );
  }
  for (const document of SIGNED) {
    const last = read.pdf[document].at(-1)!;
    // The signature block and "Nơi nhận" share the last page with the end of the text ("./.").
    expect({ document, signature: /Nơi nhận:/.test(last.text), body: last.text.includes('./.') }).toEqual({
      document,
      signature: true,
      body: true,
    });
  }
}

describe('the 2023 documents of Cluster 3 as a clerk signs them: recorded with a vice-chair, counts and the issuer', () => {
  let t: TestApp;
  let base: string;
  let read: ReadDocuments;

  beforeAll(async () => {
    t = await startTestApp();
    await givenAwardCatalog(t);
    const conference = await givenCluster3ConferenceDecided(t, async ({ c3, secretariat, meetingId }) => {
      await t.staff
        .put(`/api/v1/clusters/${c3.cluster}/terms/2023`)
        .send({ chairId: c3.units.sonLa, viceChairId: c3.units.laoCai, decidedBy: 'rotation', version: 1 })
        .expect(200);
      const meeting = await secretariat.get(`/api/v1/meetings/${meetingId}`).expect(200);
      await secretariat
        .patch(`/api/v1/meetings/${meetingId}`)
        .send({ presiding: 'Cầm Văn Nhung', secretary: 'Lò Thị Mai', version: meeting.body.version })
        .expect(200);
    });
    base = `/api/v1/reports/clusters/${conference.c3.cluster}/years/2023`;
    await conference.secretariat.put(`${base}/sections`).send({ achievements: ACHIEVEMENTS }).expect(201);
    await conference.secretariat
      .put(`${base}/issuance/year`)
      .send({ symbol: 'LHH', capacity: 'TM', signerTitle: 'Chủ tịch', signerName: 'Cầm Văn Nhung', regulation: REGULATION })
      .expect(201);
    await conference.secretariat.put(`${base}/issuance/flag-proposal`).send({ number: 45, issuedOn: '2024-01-05' }).expect(201);
    read = await readDocuments(t, base, 'with-vice-chair-and-counts');
  });
  afterAll(async () => {
    await t.close();
  });

  it('prints no internal note, the recorded kind throughout, no page holding only its number, and signs beside the text', () => {
    expectSignable(read, 'with-vice-chair-and-counts', 'Hội nghị');
  });

  it('heads and signs every document in the name of the same recorded issuer, with its symbol, number and date', () => {
    for (const document of SIGNED) {
      for (const text of allTexts(read, document).slice(1)) {
        expect(text).toContain('LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH SƠN LA');
        if (document !== 'minutes') expect(text).toContain('TM. LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH SƠN LA');
      }
    }
    expect(read.docx['flag-proposal']).toContain('Số: 45/TTr-LHH');
    expect(read.docx['flag-proposal']).toContain('Sơn La, ngày 05 tháng 01 năm 2024');
    expect(read.docx['summary-report']).toContain('Số:     /BC-LHH');
  });

  it('minutes the presiding person and the secretary, the approval of the minutes and both signatures', () => {
    for (const text of allTexts(read, 'minutes')) {
      expect(text).toContain('Chủ trì (chủ tọa): Cầm Văn Nhung.');
      expect(text).toContain('Thư ký (người ghi biên bản): Lò Thị Mai.');
      expect(text).toContain('Biên bản đã được đọc lại trước hội nghị và được các đại biểu dự hội nghị nhất trí thông qua.');
      expect(text).toMatch(/THƯ KÝ.*CHỦ TỌA/s);
      expect(text).toContain('Kết quả biểu quyết: nhất trí 8/8.');
    }
  });

  it('grounds the tờ trình on the Law and the decree in force on its date, the regulation and the minutes, with its enclosures', () => {
    for (const text of allTexts(read, 'flag-proposal')) {
      expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
      expect(text).toContain('Căn cứ Nghị định 98/2023/NĐ-CP;');
      expect(text).not.toMatch(/năm 2003|91\/2017/);
      expect(text).toContain(`Căn cứ ${REGULATION};`);
      expect(text).toContain('Căn cứ Biên bản Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 của Cụm thi đua số 3');
      expect(text).toContain('Hồ sơ kèm theo gồm:');
      expect(text).toContain(`Báo cáo thành tích của ${SON_LA};`);
      expect(text).toContain('Kết quả biểu quyết suy tôn;');
    }
  });

  it('sets typographic quotes and states the vice-chair of the year', () => {
    for (const text of allTexts(read, 'summary-report')) {
      expect(text).toContain('“Trí thức khoa học và công nghệ tiêu biểu”');
      expect(text).toContain(`${SON_LA} làm Cụm trưởng; Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai làm Cụm phó.`);
    }
  });
});

/** The eight unions present, each recorded as a unit only. */
function unitsPresent(c3: Cluster3) {
  return Object.values(c3.units).map((organizationId) => ({ organizationId, present: true, votesForUnit: true }));
}

describe('the 2023 documents of Cluster 3 as a clerk signs them: a hội thảo with no vice-chair, results without counts', () => {
  let t: TestApp;
  let conference: Conference;
  let base: string;
  let read: ReadDocuments;

  beforeAll(async () => {
    t = await startTestApp();
    await givenAwardCatalog(t);
    conference = await givenCluster3Conference(t, unitsPresent);
    const { c3, secretariat, meetingId } = conference;
    const meeting = await secretariat.get(`/api/v1/meetings/${meetingId}`).expect(200);
    await secretariat
      .patch(`/api/v1/meetings/${meetingId}`)
      .send({ title: 'Hội thảo tổng kết công tác thi đua, khen thưởng năm 2023', version: meeting.body.version })
      .expect(200);
    const declare = async (body: object, result: object) => {
      const voteId = await givenOpenVote(conference, { method: 'paper', ...body });
      await secretariat.put(`/api/v1/votes/${voteId}/declared-result`).send(result).expect(200);
      await secretariat.post(`/api/v1/votes/${voteId}/close`).expect(200);
    };
    const misprinted = await givenOpenVote(conference, { subject: 'flag_proposal', title: 'Suy tôn (phiếu in sai)', method: 'paper' });
    await secretariat.post(`/api/v1/votes/${misprinted}/cancel`).send({ reason: 'Phiếu in sai tên đơn vị' }).expect(200);
    await declare(
      { subject: 'flag_proposal', title: 'Suy tôn đơn vị dẫn đầu năm 2023' },
      { form: 'show_of_hands', chosenIds: [c3.units.sonLa, c3.units.hoaBinh] },
    );
    await declare({ subject: 'vice_chair_election', title: 'Bầu Cụm phó năm 2024' }, { form: 'unanimous', chosenIds: [c3.units.yenBai] });
    await declare(
      { subject: 'chair_handover', title: 'Chuyển trao nhiệm vụ Cụm trưởng năm 2024', proposedOrganizationId: c3.units.laoCai },
      { form: 'unanimous', approved: true },
    );
    base = `/api/v1/reports/clusters/${c3.cluster}/years/2023`;
    read = await readDocuments(t, base, 'workshop-without-counts');
  });
  afterAll(async () => {
    await t.close();
  });

  it('prints no internal note, calls the event a hội thảo throughout, and signs beside the text', () => {
    expectSignable(read, 'workshop-without-counts', 'Hội thảo');
  });

  it('says how each result was declared, in words, and prints no count that was not taken', () => {
    for (const text of allTexts(read, 'minutes')) {
      expect(text).toContain('Hình thức: biểu quyết giơ tay, không ghi số phiếu.');
      expect(text).toContain('Hình thức: biểu quyết nhất trí.');
      expect(text).toContain('Kết luận: Hội thảo bầu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái làm Cụm phó năm 2024.');
      expect(text).not.toMatch(/\d+\/8 phiếu|Số phiếu hợp lệ/);
    }
    for (const document of DOCUMENTS) for (const text of allTexts(read, document)) expect(text).not.toMatch(/phiếu, đạt/);
  });

  it('names the downloads of a hội thảo as one', async () => {
    for (const [document, ascii, vietnamese] of [
      ['minutes', 'bien-ban-hoi-thao-tong-ket-cum-3-2023.pdf', 'Biên bản hội thảo tổng kết Cụm thi đua số 3 năm 2023.pdf'],
      ['news', 'tin-hoi-thao-tong-ket-cum-3-2023.pdf', 'Tin hội thảo tổng kết Cụm thi đua số 3 năm 2023.pdf'],
    ]) {
      const response = await binary(t.staff.get(`${base}/documents/${document}?format=pdf`)).expect(200);
      const disposition = response.headers['content-disposition'];
      expect(disposition).toContain(`filename="${ascii}"`);
      expect(decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '')).toBe(vietnamese);
    }
  });

  it('minutes the cancelled vote with its reason', () => {
    for (const text of allTexts(read, 'minutes')) {
      expect(text).toContain('Suy tôn (phiếu in sai)');
      expect(text).toContain('Cuộc biểu quyết đã bị hủy. Lý do: Phiếu in sai tên đơn vị.');
    }
  });

  it('leaves number, date and signer blank for the clerk, and lists them missing on the report', async () => {
    expect(read.docx['flag-proposal']).toContain('Số:     /TTr-……');
    expect(read.docx['flag-proposal']).toContain('Sơn La, ngày      tháng      năm 2023');
    // Undated, it speaks from the conference's day (27/11/2023), before the flag's first rule set: the flags are decided
    // under that rule set, which the vote cited too (Decree 98/2023), and the Law of 2022 — one instrument for both.
    for (const text of allTexts(read, 'flag-proposal')) {
      expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
      expect(text).toContain('Căn cứ Nghị định 98/2023/NĐ-CP;');
      expect(text).not.toMatch(/năm 2003|91\/2017/);
    }
    const { body } = await t.staff.get(base).expect(200);
    expect(body.missing.map((m: { key: string }) => m.key)).toEqual(
      expect.arrayContaining(['vice_chair', 'issuance:symbol', 'issuance:signer', 'issuance:regulation']),
    );
    expect(body.missing.map((m: { key: string }) => m.key)).not.toContain('legal_basis');
    // Declared without a count: the report model gives none either.
    expect(body.outcome).toMatchObject({
      viceChairElection: { adopted: true, count: null },
      chairHandover: { adopted: true, count: null },
    });
    expect(body.flagProposals.map((p: { votes: number | null }) => p.votes)).toEqual([null, null]);
    expect(read.docx.news).toContain(
      `Tại Hội thảo, các đơn vị đã suy tôn, đề nghị tặng ${FLAG} cho Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Bình và ${SON_LA};`,
    );
  });
});
