import { describe, expect, it } from '@jest/globals';
import { csvFile, parseCsv, UTF8_BOM } from './csv.js';

describe('csvFile', () => {
  it('starts with the UTF-8 byte order mark and ends lines with CRLF', () => {
    const file = csvFile(['Năm', 'Đơn vị'], [[2023, 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Bình']]);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.toString('utf8')).toBe(`${UTF8_BOM}Năm,Đơn vị\r\n2023,Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Bình\r\n`);
  });

  it('quotes separators, quotes and line breaks, and leaves empty cells empty', () => {
    const file = csvFile(
      ['a', 'b', 'c'],
      [
        ['Sơn La, Hòa Bình', 'Cờ "thi đua"', null],
        ['dòng 1\ndòng 2', '', 0],
      ],
    );
    expect(file.toString('utf8')).toBe(`${UTF8_BOM}a,b,c\r\n"Sơn La, Hòa Bình","Cờ ""thi đua""",\r\n"dòng 1\ndòng 2",,0\r\n`);
  });

  it('keeps a spreadsheet from running text as a formula', () => {
    expect(csvFile(['x'], [['=HYPERLINK("http://x")'], ['-1+2'], ['@SUM(A1)']]).toString('utf8')).toBe(
      `${UTF8_BOM}x\r\n"'=HYPERLINK(""http://x"")"\r\n'-1+2\r\n'@SUM(A1)\r\n`,
    );
  });
});

describe('parseCsv', () => {
  it('reads back what csvFile writes', () => {
    const rows = [
      ['Năm', 'Ghi chú'],
      ['2023', 'Sơn La, "dẫn đầu"\r\nhai dòng'],
      ['2022', ''],
    ];
    expect(parseCsv(csvFile(rows[0], rows.slice(1)).toString('utf8'))).toEqual(rows);
  });

  it('takes semicolons when the header uses them, and LF line ends', () => {
    expect(parseCsv('Năm;Mã đơn vị\n2021;LHH-SON-LA\n')).toEqual([
      ['Năm', 'Mã đơn vị'],
      ['2021', 'LHH-SON-LA'],
    ]);
  });

  it('keeps a last line without a line end, and an empty text has no rows', () => {
    expect(parseCsv('a,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('')).toEqual([]);
  });
});
