import type { FieldError } from '../../platform/errors/domain-error.js';
import { EMULATION_MESSAGES as M } from '../emulation.messages.js';
import { type CriterionInput, type CriterionNature, levelOfCode, parentCodeOf } from './criteria.rules.js';

/*
 * The criteria form as staff fill it in Excel (bảng tiêu chí, thang điểm), first sheet, one header row:
 *   A Mã | B Nội dung tiêu chí | C Điểm tối đa | D Loại điểm (để trống: chấm điểm; "thưởng"; "trừ") | E Minh chứng yêu cầu
 * The level follows the code: 1 is a group, 1.2 a criterion, 1.2.a a sub-criterion.
 */

export const CRITERIA_SHEET_HEADERS = ['Mã', 'Nội dung tiêu chí', 'Điểm tối đa', 'Loại điểm', 'Minh chứng yêu cầu'] as const;

/** A number as staff type it: "12,5" (Vietnamese decimal comma) or "12.5"; null when it is not one. */
export function numberFromCell(cell: string): number | null {
  const trimmed = cell.trim().replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}

function natureFromCell(cell: string): CriterionNature | null {
  const word = cell.trim().toLowerCase();
  if (word === '' || word.includes('chấm')) return 'standard';
  if (word.includes('thưởng') || word === 'bonus') return 'bonus';
  if (word.includes('trừ') || word === 'penalty') return 'penalty';
  return null;
}

export interface ParsedRow {
  /** Row number as Excel shows it. */
  row: number;
  code: string | null;
  input: CriterionInput | null;
  problems: FieldError[];
}

/** Reads the form's rows (header skipped, empty rows left out) into criteria, or the reasons a row cannot be read. */
export function criteriaFromSheet(rows: readonly string[][]): ParsedRow[] {
  return rows.slice(1).flatMap((cells, index): ParsedRow[] => {
    const [code = '', title = '', max = '', nature = '', evidence = ''] = cells.map((cell) => cell.trim());
    if ([code, title, max, nature, evidence].every((cell) => cell === '')) return [];
    const row = index + 2;
    const problems: FieldError[] = [];
    const level = levelOfCode(code);
    if (code === '') problems.push({ field: 'code', message: M.importCodeMissing });
    else if (!level) {
      problems.push({ field: 'code', message: M.importCodeTooDeep(code) });
    }
    const maxPoints = numberFromCell(max);
    if (maxPoints === null) {
      problems.push({
        field: 'maxPoints',
        message: M.importMaxNotANumber(max),
      });
    }
    const natureValue = natureFromCell(nature);
    if (natureValue === null) {
      problems.push({
        field: 'nature',
        message: M.importNatureUnknown(nature),
      });
    }
    if (problems.length > 0 || !level || maxPoints === null || natureValue === null)
      return [{ row, code: code || null, input: null, problems }];
    return [
      {
        row,
        code,
        input: {
          code,
          parentCode: parentCodeOf(code),
          level,
          nature: natureValue,
          title,
          maxPoints,
          evidenceRequired: evidence !== '',
          evidenceNote: evidence || null,
        },
        problems: [],
      },
    ];
  });
}
