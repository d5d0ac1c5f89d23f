import type { LocalizedText } from '../../platform/i18n/locale.js';
import { NOMINATIONS_MESSAGES as M } from '../nominations.messages.js';
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
      problems.push(M.importColumnRepeated(spec.header, found.length));
    } else if (found.length === 1) {
      columns[spec.key] = found[0];
    } else if (spec.required) {
      problems.push(M.importColumnMissing(spec.header));
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
  const refuse = (reason: LocalizedText) => reasons.push(reason);

  const year = yearOf(cell('year'), MIN_YEAR);
  if (year === null) refuse(M.importYearInvalid(cell('year'), MIN_YEAR, MAX_YEAR));
  const awardTypeCode = cell('awardTypeCode').toUpperCase();
  if (awardTypeCode === '') refuse(M.importAwardCodeMissing);
  const organizationCode = cell('organizationCode');
  if (organizationCode === '') refuse(M.importUnitCodeMissing);

  const fullName = cell('fullName');
  const genderText = cell('gender');
  const birthYearText = cell('birthYear');
  let person: ImportRow['person'] = null;
  if (fullName === '') {
    if (genderText !== '' || birthYearText !== '') refuse(M.importNameMissing);
  } else {
    if (fullName.length > 200) refuse(M.importNameTooLong);
    const birthYear = yearOf(birthYearText, 1900);
    if (birthYearText === '') refuse(M.importBirthYearMissing(fullName));
    else if (birthYear === null) refuse(M.importBirthYearInvalid(birthYearText, MAX_YEAR));
    const gender = genderText === '' ? null : (GENDERS[asciiKey(genderText)] ?? undefined);
    if (gender === undefined) refuse(M.importGenderInvalid(genderText));
    if (birthYear !== null && gender !== undefined) person = { fullName, gender, birthYear };
  }

  const decisionReference = cell('decisionReference');
  if (decisionReference === '') refuse(M.importDecisionMissing);
  if (decisionReference.length > 100) refuse(M.importDecisionTooLong);
  const dateText = cell('decisionDate');
  const decisionDate = dateText === '' ? null : dateOf(dateText);
  if (dateText !== '' && decisionDate === null) refuse(M.importDecisionDateInvalid(dateText));
  if (decisionDate !== null && year !== null && Number(decisionDate.slice(0, 4)) < year) {
    refuse(M.importDecisionBeforeYear(dateText, year));
  }
  const registerNumber = cell('registerNumber');
  if (registerNumber.length > 50) refuse(M.importRegisterNumberTooLong);

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
