import { describe, expect, it } from '@jest/globals';
import {
  addresseeLines,
  closeText,
  documentNumber,
  documentTitle,
  enumerationLines,
  NATIONAL_MOTTO,
  NATIONAL_NAME,
  placeAndDate,
  romanNumeral,
  sectionHeading,
  shortDate,
} from './decree30.js';

describe('place and date line (địa danh và thời gian)', () => {
  it('writes the date in full after the place', () => {
    expect(placeAndDate('Sơn La', '2023-11-27')).toBe('Sơn La, ngày 27 tháng 11 năm 2023');
  });

  it('pads days below 10 and the months January and February', () => {
    expect(placeAndDate('Hà Nội', '2020-01-05')).toBe('Hà Nội, ngày 05 tháng 01 năm 2020');
    expect(placeAndDate('Lào Cai', '2024-02-09')).toBe('Lào Cai, ngày 09 tháng 02 năm 2024');
  });

  it('does not pad months from March on', () => {
    expect(placeAndDate('Hà Nội', '2019-06-29')).toBe('Hà Nội, ngày 29 tháng 6 năm 2019');
    expect(placeAndDate('Phú Thọ', '2025-03-01')).toBe('Phú Thọ, ngày 01 tháng 3 năm 2025');
    expect(placeAndDate('Phú Thọ', '2025-10-10')).toBe('Phú Thọ, ngày 10 tháng 10 năm 2025');
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of ['2023-02-30', '2023-13-01', '27/11/2023', '2023-11-27T08:00:00Z', '']) {
      expect(() => placeAndDate('Sơn La', bad)).toThrow(RangeError);
    }
  });
});

describe('short date', () => {
  it('writes day/month/year with two-digit day and month', () => {
    expect(shortDate('2023-11-27')).toBe('27/11/2023');
    expect(shortDate('2020-01-05')).toBe('05/01/2020');
  });
});

describe('number and symbol (số, ký hiệu)', () => {
  it('pads numbers below 10 and joins type and issuer with a hyphen', () => {
    expect(documentNumber(5, 'BC', 'LHH')).toBe('Số: 05/BC-LHH');
    expect(documentNumber(15, 'BC', 'LHH')).toBe('Số: 15/BC-LHH');
    expect(documentNumber(123, 'TTr', 'LHHVN')).toBe('Số: 123/TTr-LHHVN');
  });

  it('leaves the number blank on a draft not yet registered', () => {
    expect(documentNumber(undefined, 'BB', 'CTĐ3')).toBe('Số:     /BB-CTĐ3');
  });

  it('refuses a number that is not a positive integer', () => {
    expect(() => documentNumber(0, 'BC', 'LHH')).toThrow(RangeError);
    expect(() => documentNumber(2.5, 'BC', 'LHH')).toThrow(RangeError);
  });
});

describe('titles, headings and the national emblem lines', () => {
  it('names each document type in capitals', () => {
    expect(documentTitle('BC')).toBe('BÁO CÁO');
    expect(documentTitle('BB')).toBe('BIÊN BẢN');
    expect(documentTitle('TTr')).toBe('TỜ TRÌNH');
    expect(documentTitle('QĐ')).toBe('QUYẾT ĐỊNH');
  });

  it('has the quốc hiệu and tiêu ngữ as Decree 30 writes them', () => {
    expect(NATIONAL_NAME).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(NATIONAL_MOTTO).toBe('Độc lập - Tự do - Hạnh phúc');
  });

  it('numbers sections with Roman numerals and capitalises their titles', () => {
    expect([1, 2, 3, 4, 9, 14, 40, 2024].map(romanNumeral)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XIV', 'XL', 'MMXXIV']);
    expect(sectionHeading(2, 'Kết quả thực hiện')).toBe('II. KẾT QUẢ THỰC HIỆN');
    expect(sectionHeading(1, 'Đặc điểm tình hình')).toBe('I. ĐẶC ĐIỂM TÌNH HÌNH');
    expect(() => romanNumeral(0)).toThrow(RangeError);
  });
});

describe('punctuation', () => {
  it('closes the text with "./."', () => {
    expect(closeText('Đề nghị tặng Cờ thi đua.')).toBe('Đề nghị tặng Cờ thi đua./.');
    expect(closeText('Cuộc họp kết thúc vào 11 giờ 30 ')).toBe('Cuộc họp kết thúc vào 11 giờ 30./.');
  });

  it('ends each line of an enumeration with ";" and the last with "."', () => {
    expect(enumerationLines(['Như trên', 'Các đơn vị trong Cụm;', 'Lưu: VT.'], '- ')).toEqual([
      '- Như trên;',
      '- Các đơn vị trong Cụm;',
      '- Lưu: VT.',
    ]);
    expect(enumerationLines(['Căn cứ Luật Thi đua, khen thưởng'])).toEqual(['Căn cứ Luật Thi đua, khen thưởng.']);
  });

  it('puts one addressee on the "Kính gửi:" line and several one a line', () => {
    expect(addresseeLines(['Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam'])).toEqual([
      'Kính gửi: Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam',
    ]);
    expect(addresseeLines(['Ban Thường vụ', 'Ban Thi đua - Khen thưởng'])).toEqual([
      'Kính gửi:',
      '- Ban Thường vụ;',
      '- Ban Thi đua - Khen thưởng.',
    ]);
  });
});
