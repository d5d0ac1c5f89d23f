/**
 * Wording and numbering rules of Decree 30/2020/NĐ-CP (công tác văn thư), Appendices I and III:
 * pure functions shared by every renderer so that HTML, DOCX and PDF print the same strings.
 */

/** Quốc hiệu. */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Tiêu ngữ: words capitalised, hyphens with spaces. */
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** The mark that closes the text of a document. */
export const CLOSING_MARK = './.';

/** Tên loại văn bản and their abbreviations (Appendix III). */
export const DOCUMENT_TYPES = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  QC: 'Quy chế',
  QyĐ: 'Quy định',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  KH: 'Kế hoạch',
  PA: 'Phương án',
  ĐA: 'Đề án',
  DA: 'Dự án',
  BC: 'Báo cáo',
  BB: 'Biên bản',
  TTr: 'Tờ trình',
  HĐ: 'Hợp đồng',
  GM: 'Giấy mời',
  GGT: 'Giấy giới thiệu',
} as const;

export type DocumentTypeCode = keyof typeof DOCUMENT_TYPES;

/** The title line of a document of that type, e.g. "BÁO CÁO". */
export function documentTitle(type: DocumentTypeCode): string {
  return upper(DOCUMENT_TYPES[type]);
}

/** Vietnamese upper case (the header and heading lines are printed in capitals). */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** A calendar date as stored (PostgreSQL `date`): "2023-11-27". */
export type IsoDate = string;

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function calendarDate(iso: IsoDate): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = (match ?? []).slice(1).map(Number);
  const check = match ? new Date(Date.UTC(year, month - 1, day)) : undefined;
  if (!check || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${iso}`);
  }
  return { year, month, day };
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A date written in full as Decree 30 writes it: "ngày 27 tháng 11 năm 2023". Days below 10 and the months
 * January and February get a leading zero ("ngày 05 tháng 01 năm 2020", but "ngày 29 tháng 6 năm 2019").
 */
export function fullDate(date: IsoDate): string {
  const { year, month, day } = calendarDate(date);
  const monthText = month <= 2 ? twoDigits(month) : String(month);
  return `ngày ${twoDigits(day)} tháng ${monthText} năm ${year}`;
}

/** Địa danh và thời gian ban hành: "Sơn La, ngày 27 tháng 11 năm 2023". */
export function placeAndDate(place: string, date: IsoDate): string {
  return `${place}, ${fullDate(date)}`;
}

/** The same line of a draft still to be dated when it is signed: "Sơn La, ngày     tháng     năm 2023". */
export function placeAndBlankDate(place: string, year: number): string {
  return `${place}, ngày      tháng      năm ${year}`;
}

/** The date in figures, as in running text and news datelines: "27/11/2023". */
export function shortDate(date: IsoDate): string {
  const { year, month, day } = calendarDate(date);
  return `${twoDigits(day)}/${twoDigits(month)}/${year}`;
}

/**
 * Số, ký hiệu: "Số: 05/BC-LHH". The number counts the issuer's documents within the calendar year and is padded
 * below 10; what is not assigned yet stays blank for the văn thư to fill in by hand ("Số:      /BC-……").
 */
export function documentNumber(n: number | undefined, type: DocumentTypeCode, issuerCode: string | undefined): string {
  if (n !== undefined && (!Number.isInteger(n) || n < 1)) {
    throw new RangeError(`A document number is a positive integer, not ${n}`);
  }
  const number = n === undefined ? '    ' : twoDigits(n);
  return `Số: ${number}/${type}-${issuerCode ?? '……'}`;
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`No Roman numeral for ${n}`);
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    for (; rest >= value; rest -= value) out += letters;
  }
  return out;
}

/** A section heading of a report: "II. KẾT QUẢ THỰC HIỆN". */
export function sectionHeading(number: number, title: string): string {
  return `${romanNumeral(number)}. ${upper(title)}`;
}

/** A numbered item of the body ("khoản"): "1. Công tác chỉ đạo". */
export function itemLabel(number: number): string {
  return `${number}.`;
}

/** The last sentence of the text, closed with "./." ("…năm 2024./."). */
export function closeText(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.endsWith('.') ? `${trimmed}/.` : `${trimmed}${CLOSING_MARK}`;
}

function withoutEndPunctuation(text: string): string {
  return text.trim().replace(/[;.,]+$/, '');
}

/**
 * An enumeration one item a line, each ending ";" and the last "." (căn cứ, "Kính gửi:" with several
 * addressees, "Nơi nhận:"). `bullet` prefixes each line, e.g. "- ".
 */
export function enumerationLines(items: readonly string[], bullet = ''): string[] {
  return items.map((item, i) => `${bullet}${withoutEndPunctuation(item)}${i === items.length - 1 ? '.' : ';'}`);
}

/** "Kính gửi: X" on one line for one addressee; for several, the label alone then "- X;" lines. */
export function addresseeLines(addressees: readonly string[]): string[] {
  if (addressees.length === 1) return [`Kính gửi: ${withoutEndPunctuation(addressees[0])}`];
  return ['Kính gửi:', ...enumerationLines(addressees, '- ')];
}
