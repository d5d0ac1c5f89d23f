import { beforeAll, describe, expect, it } from '@jest/globals';
import { DocxRenderer } from './docx.renderer.js';
import { minutes, newsItem, proposal, summaryReport, SUMMARY_REPORT_HEAD } from './samples.spec-support.js';
import { descendants, textOf, unzipXml, type XmlElement } from './readers.spec-support.js';

const renderer = new DocxRenderer();

/** The document's paragraphs as a reader sees them (table cells included), with their XML. */
function paragraphs(document: XmlElement): { text: string; xml: XmlElement }[] {
  return descendants(document, 'w:p').map((xml) => ({ text: descendants(xml, 'w:t').map(textOf).join(''), xml }));
}

function paragraph(document: XmlElement, text: string): XmlElement {
  const found = paragraphs(document).find((candidate) => candidate.text === text);
  if (!found) throw new Error(`No paragraph reads "${text}"`);
  return found.xml;
}

function has(element: XmlElement, name: string): boolean {
  return descendants(element, name).length > 0;
}

function attribute(element: XmlElement, name: string, attributeName: string): string | undefined {
  return descendants(element, name)[0]?.attributes[attributeName];
}

describe('DOCX of an official document (unzipped and parsed)', () => {
  let docx: Buffer;
  let document: XmlElement;

  beforeAll(async () => {
    docx = await renderer.document(summaryReport);
    document = unzipXml(docx, 'word/document.xml');
  });

  it('is a zip package of WordprocessingML', () => {
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(document.name).toBe('w:document');
  });

  it('holds the Decree 30 lines with their Vietnamese letters', () => {
    const texts = paragraphs(document).map((p) => p.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        ...SUMMARY_REPORT_HEAD,
        '1. Công tác tổ chức phong trào thi đua',
        'Liên hiệp các Hội KH&KT tỉnh Hòa Bình',
        '87,5',
        'Nơi nhận:',
        '- Lưu: VT, Cụm.',
        'TM. BAN THƯỜNG VỤ',
        'CHỦ TỊCH',
        'Nguyễn Văn Thắng',
      ]),
    );
    expect(texts.find((text) => text.startsWith('1. Đề nghị'))).toMatch(/tỉnh Sơn La và tỉnh Hòa Bình\.\/\.$/);
  });

  it('sets every run in Times New Roman, Vietnamese, 14 pt body', () => {
    const fonts = descendants(document, 'w:rFonts');
    expect(fonts.length).toBeGreaterThan(20);
    for (const font of fonts) {
      expect(font.attributes['w:ascii']).toBe('Times New Roman');
      expect(font.attributes['w:hAnsi']).toBe('Times New Roman');
    }
    expect(descendants(document, 'w:lang').every((lang) => lang.attributes['w:val'] === 'vi-VN')).toBe(true);
    const styles = unzipXml(docx, 'word/styles.xml');
    const defaults = descendants(styles, 'w:docDefaults')[0];
    expect(attribute(defaults, 'w:rFonts', 'w:ascii')).toBe('Times New Roman');
    expect(attribute(defaults, 'w:sz', 'w:val')).toBe('28');
    expect(
      attribute(
        paragraph(
          document,
          'Cụm thi đua số 3 có 8 Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, gồm: Sơn La, Điện Biên, Lai Châu, Lào Cai, Yên Bái, Vĩnh Phúc, Phú Thọ, Hòa Bình. Năm 2023, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La làm cụm trưởng.',
        ),
        'w:sz',
        'w:val',
      ),
    ).toBe('28');
  });

  it('lays out A4 portrait with Decree 30 margins and a different first page', () => {
    const section = descendants(document, 'w:sectPr')[0];
    expect(descendants(section, 'w:pgSz')[0].attributes).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    const margins = descendants(section, 'w:pgMar')[0].attributes;
    const mm = (name: string) => Number(margins[name]) / (1440 / 25.4);
    expect(mm('w:top')).toBeGreaterThanOrEqual(19.9);
    expect(mm('w:top')).toBeLessThanOrEqual(25.1);
    expect(mm('w:bottom')).toBeGreaterThanOrEqual(19.9);
    expect(mm('w:bottom')).toBeLessThanOrEqual(25.1);
    expect(mm('w:left')).toBeGreaterThanOrEqual(29.9);
    expect(mm('w:left')).toBeLessThanOrEqual(35.1);
    expect(mm('w:right')).toBeGreaterThanOrEqual(14.9);
    expect(mm('w:right')).toBeLessThanOrEqual(20.1);
    expect(has(section, 'w:titlePg')).toBe(true);
  });

  it('numbers pages from 2 on, centred in the header, and leaves the first page header empty', () => {
    const section = descendants(document, 'w:sectPr')[0];
    const references = descendants(section, 'w:headerReference');
    const relations = descendants(unzipXml(docx, 'word/_rels/document.xml.rels'), 'Relationship');
    const headerOf = (type: string) => {
      const id = references.find((reference) => reference.attributes['w:type'] === type)?.attributes['r:id'];
      const target = relations.find((relation) => relation.attributes.Id === id)?.attributes.Target;
      return unzipXml(docx, `word/${target}`);
    };
    const numbered = headerOf('default');
    expect(descendants(numbered, 'w:instrText').map(textOf).join('')).toMatch(/PAGE/);
    expect(attribute(numbered, 'w:jc', 'w:val')).toBe('center');
    const first = headerOf('first');
    expect(descendants(first, 'w:instrText')).toHaveLength(0);
    expect(descendants(first, 'w:t').map(textOf).join('')).toBe('');
  });

  it('prints the header lines bold or italic as Decree 30 wants', () => {
    const national = paragraph(document, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(has(national, 'w:b')).toBe(true);
    expect(attribute(national, 'w:sz', 'w:val')).toBe('24');
    expect(has(paragraph(document, 'Độc lập - Tự do - Hạnh phúc'), 'w:b')).toBe(true);
    expect(has(paragraph(document, 'LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH SƠN LA'), 'w:b')).toBe(true);
    expect(has(paragraph(document, 'CỤM THI ĐUA SỐ 3'), 'w:b')).toBe(false);
    const date = paragraph(document, 'Sơn La, ngày 27 tháng 11 năm 2023');
    expect(has(date, 'w:i')).toBe(true);
    const recipientsLabel = paragraph(document, 'Nơi nhận:');
    expect(has(recipientsLabel, 'w:b') && has(recipientsLabel, 'w:i')).toBe(true);
    expect(attribute(recipientsLabel, 'w:sz', 'w:val')).toBe('24');
    expect(attribute(paragraph(document, '- Lưu: VT, Cụm.'), 'w:sz', 'w:val')).toBe('22');
  });

  it('justifies body paragraphs with a first-line indent and space after', () => {
    const body = paragraph(
      document,
      'Các đơn vị trong Cụm đã tổ chức hoạt động tư vấn, phản biện; tôn vinh trí thức; nghiên cứu khoa học, ứng dụng công nghệ, bảo vệ môi trường.',
    );
    expect(attribute(body, 'w:jc', 'w:val')).toBe('both');
    expect(Number(attribute(body, 'w:ind', 'w:firstLine'))).toBe(720);
    expect(Number(attribute(body, 'w:spacing', 'w:after'))).toBeGreaterThanOrEqual(120);
    expect(has(paragraph(document, 'II. KẾT QUẢ THỰC HIỆN'), 'w:b')).toBe(true);
  });

  it('repeats the header row of body tables on each page', () => {
    const tables = descendants(document, 'w:tbl');
    const votes = tables.find((table) => textOf(table).includes('Số phiếu đồng ý'));
    expect(votes).toBeDefined();
    expect(has(descendants(votes!, 'w:tr')[0], 'w:tblHeader')).toBe(true);
  });

  it('keeps the last paragraph, the signature and "Nơi nhận" on one page', () => {
    const last = paragraphs(document).find((p) => p.text.endsWith('./.'));
    expect(has(last!.xml, 'w:keepNext')).toBe(true);
    expect(has(paragraph(document, 'Nơi nhận:'), 'w:keepNext')).toBe(true);
    const footer = descendants(document, 'w:tbl').find((table) => textOf(table).includes('Nơi nhận:'));
    expect(descendants(footer!, 'w:tr').every((row) => has(row, 'w:cantSplit'))).toBe(true);
  });
});

describe('DOCX of minutes, a submission and a news item', () => {
  it('minutes have no place-and-date line and sign THƯ KÝ left, CHỦ TỌA right', async () => {
    const document = unzipXml(await renderer.document(minutes), 'word/document.xml');
    const texts = paragraphs(document).map((p) => p.text);
    expect(texts).toContain('BIÊN BẢN');
    expect(texts.some((text) => /^.+, ngày \d{2} tháng \d{1,2} năm \d{4}$/.test(text))).toBe(false);
    const signatureRow = descendants(document, 'w:tr').find((row) => textOf(row).includes('THƯ KÝ'));
    const cells = descendants(signatureRow!, 'w:tc').map(textOf);
    expect(cells[0]).toContain('THƯ KÝ');
    expect(cells[0]).toContain('Lò Thị Mai');
    expect(cells[1]).toContain('CHỦ TỌA');
  });

  it('a submission has "Kính gửi" and italic legal bases ending ";" then "."', async () => {
    const document = unzipXml(await renderer.document(proposal), 'word/document.xml');
    expect(paragraphs(document).map((p) => p.text)).toContain('Kính gửi: Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam');
    const first = paragraph(document, 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    expect(has(first, 'w:i')).toBe(true);
    expect(has(paragraph(document, 'Căn cứ Biên bản Hội thảo tổng kết của Cụm thi đua số 3 ngày 27/11/2023.'), 'w:i')).toBe(true);
  });

  it('a news item has its headline, lead in bold and byline', async () => {
    const document = unzipXml(await renderer.article(newsItem), 'word/document.xml');
    const texts = paragraphs(document).map((p) => p.text);
    expect(texts[0]).toBe('Hội thảo tổng kết công tác thi đua, khen thưởng năm 2023');
    expect(texts).toContain('27/11/2023');
    expect(texts.at(-1)).toBe('Tin, ảnh: Trần Hiền');
    expect(has(paragraph(document, newsItem.paragraphs[0]), 'w:b')).toBe(true);
  });
});
