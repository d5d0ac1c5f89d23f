import { describe, expect, it } from '@jest/globals';
import { entryKey, IMPORT_HEADERS, isBlankRow, mapColumns, parseImportRow, type ColumnMap } from './register-import.rules.js';

const columns = (mapColumns(IMPORT_HEADERS) as { columns: ColumnMap }).columns;

/** A row in the template's column order. */
function row(values: Partial<Record<string, string>>): string[] {
  return IMPORT_HEADERS.map((header) => values[header] ?? '');
}

const FLAG_2021 = { Năm: '2021', 'Mã loại khen thưởng': 'lhhvn_co_thi_dua', 'Mã đơn vị': 'LHH-SON-LA', 'Số quyết định': '15/QĐ-LHHVN' };

describe('mapColumns', () => {
  it('finds the template columns in any order, whatever the tone marks and case, and ignores others', () => {
    expect(mapColumns(['STT', 'ma don vi', 'NĂM', 'Mã loại khen thưởng', 'Số, ký hiệu quyết định', 'Ghi chú'])).toEqual({
      columns: { year: 2, awardTypeCode: 3, organizationCode: 1, decisionReference: 4 },
    });
  });

  it('names each missing or repeated column', () => {
    expect(mapColumns(['Năm', 'Năm thi đua', 'Mã đơn vị'])).toEqual({
      problems: [
        { vi: 'Cột "Năm" xuất hiện 2 lần.', en: 'The column "Năm" appears 2 times.' },
        { vi: 'Thiếu cột "Mã loại khen thưởng".', en: 'The column "Mã loại khen thưởng" is missing.' },
        { vi: 'Thiếu cột "Số quyết định".', en: 'The column "Số quyết định" is missing.' },
      ],
    });
  });
});

describe('parseImportRow', () => {
  it("reads a unit's award, the code in upper case and a Vietnamese date", () => {
    expect(parseImportRow(row({ ...FLAG_2021, 'Ngày quyết định': '5/1/2022', 'Số sổ vàng': '0815' }), columns)).toEqual({
      row: {
        year: 2021,
        awardTypeCode: 'LHHVN_CO_THI_DUA',
        organizationCode: 'LHH-SON-LA',
        person: null,
        decisionReference: '15/QĐ-LHHVN',
        decisionDate: '2022-01-05',
        registerNumber: '0815',
      },
    });
  });

  it("reads a person's award with gender and year of birth", () => {
    const parsed = parseImportRow(
      row({ ...FLAG_2021, 'Họ và tên': ' Cầm  Văn Sơn ', 'Giới tính': 'Nam', 'Năm sinh': '1976', 'Ngày quyết định': '2022-01-05' }),
      columns,
    );
    expect(parsed).toMatchObject({
      row: { person: { fullName: 'Cầm Văn Sơn', gender: 'male', birthYear: 1976 }, decisionDate: '2022-01-05' },
    });
    expect(parseImportRow(row({ ...FLAG_2021, 'Họ và tên': 'Lò Thị Hoa', 'Giới tính': 'nữ', 'Năm sinh': '1980' }), columns)).toMatchObject({
      row: { person: { gender: 'female' } },
    });
  });

  it('gives every reason a row is refused, in Vietnamese', () => {
    const parsed = parseImportRow(
      row({ Năm: '21', 'Họ và tên': 'Lò Thị Hoa', 'Giới tính': 'khác', 'Ngày quyết định': '31/02/2022' }),
      columns,
    );
    expect('reasons' in parsed && parsed.reasons.map((r) => r.vi)).toEqual([
      'Năm "21" không hợp lệ: phải từ 1945 đến 2200.',
      'Thiếu mã loại khen thưởng.',
      'Thiếu mã đơn vị.',
      'Thiếu năm sinh của Lò Thị Hoa.',
      'Giới tính "khác" không hợp lệ: ghi "Nam" hoặc "Nữ".',
      'Thiếu số quyết định khen thưởng.',
      'Ngày quyết định "31/02/2022" không hợp lệ: ghi dạng 27/11/2023.',
    ]);
  });

  it('refuses a decision dated before the year it awards, and a birth year without a name', () => {
    const early = parseImportRow(row({ ...FLAG_2021, 'Ngày quyết định': '20/12/2020' }), columns);
    expect('reasons' in early && early.reasons.map((r) => r.vi)).toEqual([
      'Ngày quyết định (20/12/2020) trước năm được khen thưởng (2021).',
    ]);
    const nameless = parseImportRow(row({ ...FLAG_2021, 'Năm sinh': '1976' }), columns);
    expect('reasons' in nameless && nameless.reasons.map((r) => r.vi)).toEqual(['Có giới tính hoặc năm sinh nhưng thiếu họ và tên.']);
  });
});

describe('entryKey and isBlankRow', () => {
  it('matches rows for the same award, year, unit and person, however the name is cased', () => {
    const a = parseImportRow(row({ ...FLAG_2021, 'Họ và tên': 'Cầm Văn Sơn', 'Năm sinh': '1976' }), columns);
    const b = parseImportRow(
      row({ ...FLAG_2021, 'Họ và tên': 'CẦM VĂN SƠN', 'Năm sinh': '1976', 'Số quyết định': '16/QĐ-LHHVN' }),
      columns,
    );
    if (!('row' in a) || !('row' in b)) throw new Error('expected rows');
    expect(entryKey(a.row)).toBe(entryKey(b.row));
  });

  it('skips rows with nothing in them', () => {
    expect(isBlankRow(['', ' ', '\t'])).toBe(true);
    expect(isBlankRow(['', '2021'])).toBe(false);
  });
});
