import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';

type CellValue = ExcelJS.CellValue;

/** A cell as the text a person reads in it: dates as YYYY-MM-DD, formulas by their result. */
function textOf(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return textOf((value as ExcelJS.CellFormulaValue).result as CellValue);
  if ('text' in value) return String(value.text);
  return '';
}

/** The XLSX adapter for reading (exceljs): the first worksheet as rows of text, row n of the sheet at index n − 1. */
@Injectable()
export class SpreadsheetReader {
  /** Throws when the content is not a workbook exceljs can open. */
  async rows(content: Buffer): Promise<string[][]> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows: string[][] = [];
    sheet?.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values = row.values as CellValue[];
      rows[rowNumber - 1] = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => textOf(values[i + 1]));
    });
    return Array.from(rows, (row) => row ?? []);
  }
}
