import { describe, expect, it } from '@jest/globals';
import { cellText, columnFractions, printDocument } from './document.layout.js';
import type { OfficialDocument } from './document.model.js';

const report: OfficialDocument = {
  type: 'BC',
  header: {
    issuingBody: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La',
    number: 'Số: 05/BC-LHH',
    placeAndDate: 'Sơn La, ngày 27 tháng 11 năm 2023',
  },
  summary: 'Tổng kết công tác thi đua, khen thưởng năm 2023',
  legalBases: ['Căn cứ Luật Thi đua, khen thưởng', 'Căn cứ Quy chế của Cụm'],
  body: [
    { kind: 'heading', number: 1, title: 'Kết quả' },
    { kind: 'item', number: 1, title: 'Công tác chỉ đạo' },
    { kind: 'paragraph', number: 2, text: 'Suy tôn Cờ thi đua' },
    { kind: 'list', items: ['Sơn La', 'Hòa Bình'] },
  ],
  recipients: ['Như trên', 'Lưu: VT'],
  signatures: [{ authority: 'TM. Ban Thường vụ', position: 'Chủ tịch', name: 'Nguyễn Văn Thắng' }],
};

describe('a printed official document', () => {
  const printed = printDocument(report);

  it('capitalises the issuer and takes the title from the type', () => {
    expect(printed.header.issuingBody).toBe('LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH SƠN LA');
    expect(printed.header.superiorBody).toBeUndefined();
    expect(printed.title).toBe('BÁO CÁO');
  });

  it('numbers headings, items and paragraphs, and dashes list items', () => {
    expect(printed.body).toEqual([
      { kind: 'heading', text: 'I. KẾT QUẢ' },
      { kind: 'item', text: '1. Công tác chỉ đạo' },
      { kind: 'paragraph', text: '2. Suy tôn Cờ thi đua' },
      { kind: 'paragraph', text: '- Sơn La;' },
      { kind: 'paragraph', text: '- Hòa Bình./.' },
    ]);
  });

  it('closes a body that ends with a table on a line of its own', () => {
    const table = { kind: 'table' as const, columns: [{ header: 'Đơn vị' }], rows: [['Sơn La']] };
    expect(printDocument({ ...report, body: [table] }).body).toEqual([table, { kind: 'paragraph', text: './.' }]);
  });

  it('punctuates legal bases and recipients', () => {
    expect(printed.legalBases).toEqual(['Căn cứ Luật Thi đua, khen thưởng;', 'Căn cứ Quy chế của Cụm.']);
    expect(printed.recipientsLabel).toBe('Nơi nhận:');
    expect(printed.recipients).toEqual(['- Như trên;', '- Lưu: VT.']);
    expect(printed.addressees).toEqual([]);
  });

  it('prints the authority and position in capitals and the name as written', () => {
    expect(printed.signatures).toEqual([{ titleLines: ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'], name: 'Nguyễn Văn Thắng' }]);
  });
});

describe('table cells and columns', () => {
  it('writes numbers the Vietnamese way without grouping years', () => {
    expect(cellText(87.5)).toBe('87,5');
    expect(cellText(12345)).toBe('12.345');
    expect(cellText(2023)).toBe('2023');
    expect(cellText(null)).toBe('');
    expect(cellText('Hòa Bình')).toBe('Hòa Bình');
  });

  it('shares the width by the columns weights, the others getting the average', () => {
    expect(
      columnFractions({
        columns: [
          { header: 'a', width: 1 },
          { header: 'b', width: 3 },
        ],
        rows: [],
      }),
    ).toEqual([0.25, 0.75]);
    expect(columnFractions({ columns: [{ header: 'a', width: 2 }, { header: 'b' }, { header: 'c', width: 2 }], rows: [] })).toEqual([
      1 / 3,
      1 / 3,
      1 / 3,
    ]);
    expect(columnFractions({ columns: [{ header: 'a' }, { header: 'b' }], rows: [] })).toEqual([0.5, 0.5]);
  });
});
