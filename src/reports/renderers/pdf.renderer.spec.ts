import { beforeAll, describe, expect, it } from '@jest/globals';
import type { OfficialDocument } from '../documents/document.model.js';
import { PdfRenderer } from './pdf.renderer.js';
import { minutes, newsItem, proposal, summaryReport, SUMMARY_REPORT_HEAD } from './samples.spec-support.js';
import { pdfPages, type PdfPageText } from './readers.spec-support.js';

const renderer = new PdfRenderer();
const A4_POINTS = { width: 595.28, height: 841.89 };

/** The same report with enough paragraphs to run onto further pages. */
const longReport: OfficialDocument = {
  ...summaryReport,
  body: [
    ...summaryReport.body,
    ...Array.from({ length: 40 }, (_, i) => ({
      kind: 'paragraph' as const,
      text: `Đoạn ${i + 1}: các đơn vị trong Cụm phát động các phong trào thi đua gắn với nhiệm vụ chuyên môn, hoàn thành tốt các hoạt động được giao.`,
    })),
  ],
};

function allText(pages: PdfPageText[]): string {
  return pages.map((page) => page.text).join(' ');
}

describe('PDF of an official document (read back with PDF.js)', () => {
  let file: Buffer;
  let pages: PdfPageText[];

  beforeAll(async () => {
    file = await renderer.document(summaryReport);
    pages = await pdfPages(file);
  });

  it('is an A4 PDF', () => {
    expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages[0].width).toBeCloseTo(A4_POINTS.width, 1);
    expect(pages[0].height).toBeCloseTo(A4_POINTS.height, 1);
  });

  it('keeps every Vietnamese letter intact', () => {
    const text = allText(pages);
    for (const expected of [
      'Hòa Bình',
      'Điện Biên',
      'Cờ thi đua',
      'Kỹ thuật',
      'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La',
      'Lào Cai, Yên Bái, Vĩnh Phúc, Phú Thọ',
      ...SUMMARY_REPORT_HEAD,
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024',
      '- Tiếp tục thực hiện tốt Luật Thi đua, khen thưởng',
      'tỉnh Sơn La và tỉnh Hòa Bình./.',
      'Nơi nhận:',
      '- Lưu: VT, Cụm.',
      'TM. BAN THƯỜNG VỤ',
      'Nguyễn Văn Thắng',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints the table with Vietnamese numbers', () => {
    const text = allText(pages);
    expect(text).toContain('Số phiếu đồng ý');
    expect(text).toContain('87,5');
  });

  it('embeds Liberation Serif (a subset of each face it uses) instead of relying on viewer fonts', () => {
    const raw = file.toString('latin1');
    const embedded = [...raw.matchAll(/\/BaseFont \/[A-Z]{6}\+(LiberationSerif[-\w]*)/g)].map((match) => match[1]);
    expect(new Set(embedded)).toEqual(
      new Set(['LiberationSerif', 'LiberationSerif-Bold', 'LiberationSerif-Italic', 'LiberationSerif-BoldItalic']),
    );
    expect(raw.match(/\/FontFile2 /g)?.length).toBe(4);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times-Roman)/);
  });
});

describe('PDF page numbers', () => {
  it('numbers pages from 2 on, centred in the top margin, and leaves page 1 unnumbered', async () => {
    const pages = await pdfPages(await renderer.document(longReport));
    expect(pages.length).toBeGreaterThan(1);
    const topItem = (page: PdfPageText) => page.items.filter((item) => item.str.trim()).reduce((a, b) => (b.y > a.y ? b : a));
    pages.slice(1).forEach((page, i) => {
      const number = topItem(page);
      expect(number.str).toBe(String(i + 2));
      expect(page.height - number.y).toBeLessThan(20 * 2.835);
    });
    expect(topItem(pages[0]).str).not.toMatch(/^\d+$/);
  });
});

describe('PDF of minutes, a submission and a news item', () => {
  it('minutes carry no place-and-date line and two signatures', async () => {
    const text = allText(await pdfPages(await renderer.document(minutes)));
    expect(text).toContain('BIÊN BẢN');
    expect(text).not.toContain('ngày 27 tháng 11 năm 2023,');
    expect(text).toMatch(/THƯ KÝ.*CHỦ TỌA|CHỦ TỌA.*THƯ KÝ/);
    expect(text).toContain('Lò Thị Mai');
    expect(text).toContain('Cuộc họp kết thúc vào 11 giờ 30, ngày 27 tháng 11 năm 2023./.');
  });

  it('a submission has "Kính gửi" and its legal bases', async () => {
    const text = allText(await pdfPages(await renderer.document(proposal)));
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toContain('Kính gửi: Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam');
    expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    expect(text).toContain('KT. CHỦ TỊCH PHÓ CHỦ TỊCH');
  });

  it('a news item reads as headline, dateline, paragraphs and byline', async () => {
    const text = allText(await pdfPages(await renderer.article(newsItem)));
    expect(text).toMatch(/^Hội thảo tổng kết công tác thi đua, khen thưởng năm 2023 27\/11\/2023 Ngày 27\/11, tại tỉnh Sơn La/);
    expect(text).toContain('Sơn La, Điện Biên, Lai Châu, Lào Cai, Yên Bái, Vĩnh Phúc, Phú Thọ, Hòa Bình');
    expect(text).toMatch(/Tin, ảnh: Trần Hiền$/);
  });
});

describe('PDF made after other PDFs', () => {
  it('shares no font state between documents: each one extracts the same text whatever came before', async () => {
    const alone = allText(await pdfPages(await renderer.document(minutes)));
    await renderer.document(summaryReport);
    await renderer.article(newsItem);
    expect(allText(await pdfPages(await renderer.document(minutes)))).toBe(alone);
    expect(alone).toContain('Thời gian bắt đầu: 08 giờ 00, ngày 27 tháng 11 năm 2023.');
  });
});
