import type { TableCell } from '../../reports/documents/document.model.js';

/** Excel reads a CSV file as UTF-8 only when it starts with this byte order mark. */
export const UTF8_BOM = '\uFEFF';

/** Text a spreadsheet would run as a formula; it is written after an apostrophe (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(cell: TableCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180: comma-separated, CRLF line ends, quoted where needed; UTF-8 with BOM so Excel shows Vietnamese. */
export function csvFile(header: readonly string[], rows: readonly (readonly TableCell[])[]): Buffer {
  const lines = [header, ...rows].map((cells) => cells.map(field).join(','));
  return Buffer.from(UTF8_BOM + lines.join('\r\n') + '\r\n', 'utf8');
}

/**
 * The rows of a CSV text (RFC 4180: quoted fields may hold separators, quotes and line breaks). The
 * separator is a comma, or a semicolon when the first line has more of them (Excel in some locales).
 */
export function parseCsv(source: string): string[][] {
  const content = source.startsWith(UTF8_BOM) ? source.slice(1) : source;
  const firstLine = content.slice(0, content.search(/\r?\n|$/));
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const char = content[i];
    if (quoted) {
      if (char === '"' && content[i + 1] === '"') {
        value += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        value += char;
      }
    } else if (char === '"' && value === '') {
      quoted = true;
    } else if (char === separator) {
      row.push(value);
      value = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && content[i + 1] === '\n') i++;
      rows.push([...row, value]);
      row = [];
      value = '';
    } else {
      value += char;
    }
  }
  if (value !== '' || row.length > 0) rows.push([...row, value]);
  return rows;
}
