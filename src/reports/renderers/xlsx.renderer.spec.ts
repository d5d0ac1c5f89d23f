import { beforeAll, describe, expect, it } from '@jest/globals';
import { overview } from './samples.spec-support.js';
import { descendants, textOf, unzipXml, type XmlElement } from './readers.spec-support.js';
import { XlsxRenderer } from './xlsx.renderer.js';

type Value = string | number | null;

/** Reads the first worksheet's cells straight from the package XML, resolving shared strings. */
function readSheet(file: Buffer): { rows: Value[][]; merged: string[]; frozenAt?: string } {
  const shared = descendants(unzipXml(file, 'xl/sharedStrings.xml'), 'si').map(textOf);
  const sheet = unzipXml(file, 'xl/worksheets/sheet1.xml');
  const value = (cell: XmlElement): Value => {
    const raw = descendants(cell, 'v')[0];
    if (!raw) return cell.attributes.t === 'inlineStr' ? textOf(cell) : null;
    if (cell.attributes.t === 's') return shared[Number(textOf(raw))];
    if (cell.attributes.t === 'str') return textOf(raw);
    return Number(textOf(raw));
  };
  const column = (reference: string) => reference.replace(/\d+/, '').charCodeAt(0) - 'A'.charCodeAt(0);
  const rows: Value[][] = [];
  for (const row of descendants(sheet, 'row')) {
    const values: Value[] = [];
    for (const cell of descendants(row, 'c')) values[column(cell.attributes.r)] = value(cell);
    rows[Number(row.attributes.r) - 1] = Array.from(values, (v) => v ?? null);
  }
  return {
    rows: Array.from(rows, (row) => row ?? []),
    merged: descendants(sheet, 'mergeCell').map((cell) => cell.attributes.ref),
    frozenAt: descendants(sheet, 'pane')[0]?.attributes.topLeftCell,
  };
}

describe('XLSX of a tabular report (read back from the package XML)', () => {
  let file: Buffer;
  let sheet: ReturnType<typeof readSheet>;

  beforeAll(async () => {
    file = await new XlsxRenderer().workbook(overview);
    sheet = readSheet(file);
  });

  it('names the worksheet in Vietnamese', () => {
    const workbook = unzipXml(file, 'xl/workbook.xml');
    expect(descendants(workbook, 'sheet').map((s) => s.attributes.name)).toEqual(['Cụm thi đua 2023']);
  });

  it('puts the title above Vietnamese column headers, frozen under them', () => {
    const [title, , header] = sheet.rows;
    expect(title[0]).toBe('Tổng hợp công tác thi đua các Cụm năm 2023');
    expect(sheet.merged).toEqual(['A1:F1']);
    expect(header).toEqual(['Cụm', 'Cụm trưởng', 'Cụm phó', 'Số hội nghị', 'Cờ thi đua đề nghị', 'Tỷ lệ phiếu (%)']);
    expect(sheet.frozenAt).toBe('A4');
  });

  it('stores the same numbers as numbers and keeps empty cells empty', () => {
    expect(sheet.rows.slice(3)).toEqual(overview.sheets[0].rows);
    expect(typeof sheet.rows[3][5]).toBe('number');
  });

  it('prints on A4 one page wide, portrait unless the sheet asks for landscape, the header repeated', async () => {
    const pageSetup = (xml: Buffer) => descendants(unzipXml(xml, 'xl/worksheets/sheet1.xml'), 'pageSetup')[0].attributes;
    const fitToPage = (xml: Buffer) => descendants(unzipXml(xml, 'xl/worksheets/sheet1.xml'), 'pageSetUpPr')[0]?.attributes.fitToPage;
    expect(pageSetup(file)).toMatchObject({ paperSize: '9', orientation: 'portrait', fitToWidth: '1', fitToHeight: '0' });
    expect(fitToPage(file)).toBe('1');
    const wide = await new XlsxRenderer().workbook({ ...overview, sheets: [{ ...overview.sheets[0], orientation: 'landscape' }] });
    expect(pageSetup(wide).orientation).toBe('landscape');
    const names = descendants(unzipXml(wide, 'xl/workbook.xml'), 'definedName');
    expect(names.map((name) => [name.attributes.name, textOf(name)])).toEqual([['_xlnm.Print_Titles', "'Cụm thi đua 2023'!$3:$3"]]);
  });
});
