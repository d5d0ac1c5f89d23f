import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { MAX_YEAR, MIN_YEAR } from '../../registry/clusters/cluster.dto.js';
import { isIsoDate, type IsoDate } from '../../platform/time/calendar.js';
import { asciiKey } from '../exports/table-export.js';
import type { Gender } from '../nominees/person.dto.js';

export type ImportColumn =
  | 'year'
  | 'awardTypeCode'
  | 'organizationCode'
  | 'fullName'
  | 'gender'
  | 'birthYear'
  | 'decisionReference'
  | 'decisionDate'
  | 'registerNumber';

interface ColumnSpec {
  key: ImportColumn;
  /** The header of the template, in Vietnamese. */
  header: string;
  /** Other headers taken for it, compared without tone marks, case or punctuation. */
  aliases: string[];
  required: boolean;
}

const COLUMNS: readonly ColumnSpec[] = [
  { key: 'year', header: 'Năm', aliases: ['Năm thi đua', 'Năm khen thưởng', 'year'], required: true },
  { key: 'awardTypeCode', header: 'Mã loại khen thưởng', aliases: ['Mã khen thưởng', 'award type code'], required: true },
  { key: 'organizationCode', header: 'Mã đơn vị', aliases: ['organization code', 'unit code'], required: true },
  { key: 'fullName', header: 'Họ và tên', aliases: ['Họ tên', 'full name'], required: false },
  { key: 'gender', header: 'Giới tính', aliases: ['gender'], required: false },
  { key: 'birthYear', header: 'Năm sinh', aliases: ['birth year'], required: false },
  { key: 'decisionReference', header: 'Số quyết định', aliases: ['Số, ký hiệu quyết định', 'Quyết định', 'decision'], required: true },
  { key: 'decisionDate', header: 'Ngày quyết định', aliases: ['Ngày ký', 'decision date'], required: false },
  { key: 'registerNumber', header: 'Số sổ vàng', aliases: ['register number'], required: false },
];

/** The headers of the import file, in order, as the template shows them. */
export const IMPORT_HEADERS: readonly string[] = COLUMNS.map((c) => c.header);

/** A register of past years is a small table; a larger upload is refused as it arrives (413). */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export type ColumnMap = Partial<Record<ImportColumn, number>>;

/** Where each known column is; other columns (STT, Ghi chú…) are left alone. */
export function mapColumns(header: readonly string[]): { columns: ColumnMap } | { problems: LocalizedText[] } {
  const keys = header.map(asciiKey);
  const columns: ColumnMap = {};
  const problems: LocalizedText[] = [];
  for (const spec of COLUMNS) {
    const names = new Set([spec.header, ...spec.aliases].map(asciiKey));
    const found = keys.flatMap((key, index) => (names.has(key) ? [index] : []));
    if (found.length > 1) {
      problems.push(
        text(`Cột "${spec.header}" xuất hiện ${found.length} lần.`, `The column "${spec.header}" appears ${found.length} times.`),
      );
    } else if (found.length === 1) {
      columns[spec.key] = found[0];
    } else if (spec.required) {
      problems.push(text(`Thiếu cột "${spec.header}".`, `The column "${spec.header}" is missing.`));
    }
  }
  return problems.length > 0 ? { problems } : { columns };
}

export interface ImportRow {
  year: number;
  awardTypeCode: string;
  organizationCode: string;
  person: { fullName: string; gender: Gender | null; birthYear: number } | null;
  decisionReference: string;
  decisionDate: IsoDate | null;
  registerNumber: string | null;
}

const GENDERS: Readonly<Record<string, Gender>> = { nam: 'male', male: 'male', nu: 'female', female: 'female' };

/** "27/11/2023" or "2023-11-27" (an XLSX date cell is read as the latter). */
function dateOf(value: string): IsoDate | null {
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = vietnamese ? `${vietnamese[3]}-${vietnamese[2].padStart(2, '0')}-${vietnamese[1].padStart(2, '0')}` : value;
  return isIsoDate(iso) ? iso : null;
}

function yearOf(value: string, min: number): number | null {
  return /^\d{4}$/.test(value) && Number(value) >= min && Number(value) <= MAX_YEAR ? Number(value) : null;
}

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** One data row read as an entry, or every reason it cannot be one (in the file's own terms). */
export function parseImportRow(cells: readonly string[], columns: ColumnMap): { row: ImportRow } | { reasons: LocalizedText[] } {
  const cell = (key: ImportColumn) => {
    const index = columns[key];
    return index === undefined ? '' : (cells[index] ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  };
  const reasons: LocalizedText[] = [];
  const refuse = (vi: string, en: string) => reasons.push(text(vi, en));

  const year = yearOf(cell('year'), MIN_YEAR);
  if (year === null)
    refuse(
      `Năm "${cell('year')}" không hợp lệ: phải từ ${MIN_YEAR} đến ${MAX_YEAR}.`,
      `The year "${cell('year')}" is invalid: it must lie between ${MIN_YEAR} and ${MAX_YEAR}.`,
    );
  const awardTypeCode = cell('awardTypeCode').toUpperCase();
  if (awardTypeCode === '') refuse('Thiếu mã loại khen thưởng.', 'The award type code is missing.');
  const organizationCode = cell('organizationCode');
  if (organizationCode === '') refuse('Thiếu mã đơn vị.', 'The unit code is missing.');

  const fullName = cell('fullName');
  const genderText = cell('gender');
  const birthYearText = cell('birthYear');
  let person: ImportRow['person'] = null;
  if (fullName === '') {
    if (genderText !== '' || birthYearText !== '')
      refuse('Có giới tính hoặc năm sinh nhưng thiếu họ và tên.', 'A gender or birth year is given without a full name.');
  } else {
    if (fullName.length > 200) refuse('Họ và tên quá dài (tối đa 200 ký tự).', 'The full name is too long (200 characters at most).');
    const birthYear = yearOf(birthYearText, 1900);
    if (birthYearText === '') refuse(`Thiếu năm sinh của ${fullName}.`, `The birth year of ${fullName} is missing.`);
    else if (birthYear === null)
      refuse(
        `Năm sinh "${birthYearText}" không hợp lệ: phải từ 1900 đến ${MAX_YEAR}.`,
        `The birth year "${birthYearText}" is invalid: it must lie between 1900 and ${MAX_YEAR}.`,
      );
    const gender = genderText === '' ? null : (GENDERS[asciiKey(genderText)] ?? undefined);
    if (gender === undefined)
      refuse(`Giới tính "${genderText}" không hợp lệ: ghi "Nam" hoặc "Nữ".`, `The gender "${genderText}" is invalid: write "Nam" or "Nữ".`);
    if (birthYear !== null && gender !== undefined) person = { fullName, gender, birthYear };
  }

  const decisionReference = cell('decisionReference');
  if (decisionReference === '') refuse('Thiếu số quyết định khen thưởng.', 'The decision number is missing.');
  if (decisionReference.length > 100)
    refuse('Số quyết định quá dài (tối đa 100 ký tự).', 'The decision number is too long (100 characters at most).');
  const dateText = cell('decisionDate');
  const decisionDate = dateText === '' ? null : dateOf(dateText);
  if (dateText !== '' && decisionDate === null)
    refuse(
      `Ngày quyết định "${dateText}" không hợp lệ: ghi dạng 27/11/2023.`,
      `The decision date "${dateText}" is invalid: write it as 27/11/2023.`,
    );
  if (decisionDate !== null && year !== null && Number(decisionDate.slice(0, 4)) < year) {
    refuse(
      `Ngày quyết định (${dateText}) trước năm được khen thưởng (${year}).`,
      `The decision date (${dateText}) precedes the year of the award (${year}).`,
    );
  }
  const registerNumber = cell('registerNumber');
  if (registerNumber.length > 50)
    refuse('Số sổ vàng quá dài (tối đa 50 ký tự).', 'The register number is too long (50 characters at most).');

  if (reasons.length > 0 || year === null) return { reasons };
  return {
    row: { year, awardTypeCode, organizationCode, person, decisionReference, decisionDate, registerNumber: registerNumber || null },
  };
}

/** Rows that would be the same register entry (award, year, unit, person); a person is matched as the people table matches. */
export function entryKey(row: ImportRow): string {
  const person = row.person ? `${row.person.fullName.toLowerCase()}|${row.person.birthYear}` : '';
  return [row.awardTypeCode, row.year, row.organizationCode, person].join('|');
}
