import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
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

/** Rows written between two turns of the event loop: a workbook of 1,000 clusters never holds the process for long. */
const ROWS_PER_TURN = 100;

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * One sheet written row by row into the streaming workbook, each row committed (rendered to XML and zipped) as it
 * goes, with a turn of the event loop every `ROWS_PER_TURN` rows.
 */
async function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: Sheet): Promise<void> {
  const headerRow = sheet.title === undefined ? 1 : 3;
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: headerRow }],
    // Printed on A4, one page wide however many rows, the header repeated on every page.
    pageSetup: {
      paperSize: A4,
      orientation: sheet.orientation ?? 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
    headerFooter: { oddFooter: '&C&P / &N' },
  });
  const fractions = columnFractions(sheet);
  worksheet.columns = sheet.columns.map((_, i) => ({ width: Math.max(8, Math.round(fractions[i] * SHEET_WIDTH)) }));
  if (sheet.title !== undefined) {
    const title = worksheet.addRow([sheet.title]);
    title.font = { ...FONT, size: 14, bold: true };
    worksheet.mergeCells(title.number, 1, title.number, sheet.columns.length);
    title.commit();
    worksheet.addRow([]).commit();
  }
  const header = worksheet.addRow(sheet.columns.map((column) => column.header));
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = BORDER;
  });
  header.commit();
  for (const [index, values] of sheet.rows.entries()) {
    const row = worksheet.addRow(values);
    sheet.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: column.align };
      if (typeof values[i] === 'number') cell.numFmt = Number.isInteger(values[i]) ? INTEGER : DECIMAL;
    });
    row.commit();
    if ((index + 1) % ROWS_PER_TURN === 0) await nextTurn();
  }
  worksheet.commit();
}

/** The XLSX adapter (exceljs, its streaming writer): one worksheet per table, headers in Vietnamese, numbers stored as numbers. */
@Injectable()
export class XlsxRenderer {
  async workbook(report: TabularReport): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
    workbook.creator = 'thidua';
    workbook.title = report.title;
    for (const sheet of report.sheets) await addSheet(workbook, sheet);
    await workbook.commit();
    return Buffer.concat(chunks);
  }
}
