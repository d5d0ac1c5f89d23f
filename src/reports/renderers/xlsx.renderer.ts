import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { columnFractions } from '../documents/document.layout.js';
import type { Sheet, TabularReport } from '../documents/document.model.js';

/** Width of the widest sheet in Excel's character units, shared among the columns by their weights. */
const SHEET_WIDTH = 110;
const FONT = { name: 'Times New Roman', size: 12 };
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Excel's paper size code for A4. */
const A4 = 9;
/** Thousands grouped; Excel shows the separators of the reader's locale (12.345 in Vietnamese). */
const INTEGER = '#,##0';
const DECIMAL = '#,##0.0#';

function addSheet(workbook: ExcelJS.Workbook, sheet: Sheet): void {
  const worksheet = workbook.addWorksheet(sheet.name);
  const fractions = columnFractions(sheet);
  worksheet.columns = sheet.columns.map((_, i) => ({ width: Math.max(8, Math.round(fractions[i] * SHEET_WIDTH)) }));
  if (sheet.title !== undefined) {
    const title = worksheet.addRow([sheet.title]);
    title.font = { ...FONT, size: 14, bold: true };
    worksheet.mergeCells(title.number, 1, title.number, sheet.columns.length);
    worksheet.addRow([]);
  }
  const header = worksheet.addRow(sheet.columns.map((column) => column.header));
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = BORDER;
  });
  for (const values of sheet.rows) {
    const row = worksheet.addRow(values);
    sheet.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: column.align };
      if (typeof values[i] === 'number') cell.numFmt = Number.isInteger(values[i]) ? INTEGER : DECIMAL;
    });
  }
  worksheet.views = [{ state: 'frozen', ySplit: header.number }];
  // Printed on A4, one page wide however many rows, the header repeated on every page.
  worksheet.pageSetup = {
    paperSize: A4,
    orientation: sheet.orientation ?? 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${header.number}:${header.number}`,
  };
  worksheet.headerFooter = { oddFooter: '&C&P / &N' };
}

/** The XLSX adapter (exceljs): one worksheet per table, headers in Vietnamese, numbers stored as numbers. */
@Injectable()
export class XlsxRenderer {
  async workbook(report: TabularReport): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'thidua';
    workbook.title = report.title;
    for (const sheet of report.sheets) addSheet(workbook, sheet);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
