import { Injectable } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import {
  cellText,
  columnFractions,
  printArticle,
  printDocument,
  type PrintedBlock,
  type PrintedSignature,
} from '../documents/document.layout.js';
import type { NewsArticle, OfficialDocument, Table } from '../documents/document.model.js';
import { documentFonts, type FontFace } from './fonts.js';
import { MOTTO_RULE, PAGE, POINTS_PER_MM, SHORT_RULE, SIZE, TEXT_WIDTH_MM } from './page-setup.js';

const points = (mm: number) => mm * POINTS_PER_MM;

const MARGIN = {
  top: points(PAGE.marginMm.top),
  bottom: points(PAGE.marginMm.bottom),
  left: points(PAGE.marginMm.left),
  right: points(PAGE.marginMm.right),
};
const TEXT_WIDTH = points(TEXT_WIDTH_MM);
const LEFT_COLUMN = TEXT_WIDTH * PAGE.leftColumn;
const COLUMNS = [
  { x: MARGIN.left, width: LEFT_COLUMN },
  { x: MARGIN.left + LEFT_COLUMN, width: TEXT_WIDTH - LEFT_COLUMN },
];
const INDENT = points(PAGE.firstLineIndentMm);
const CELL_PADDING = 3;
const RULE_HEIGHT = 6;

type Align = 'left' | 'center' | 'right' | 'justify';

/** One piece of a column: a line of text (wrapped to the column) or a short centred rule. */
type Piece = { text: string; face?: FontFace; size?: number; align?: Align; spaceBefore?: number } | { rule: number };

function body(text: string, face: FontFace = 'regular'): Piece & { text: string } {
  return { text, face, align: 'justify' };
}

/** Writes one PDF (pdfkit); the four faces of Liberation Serif come from the process-wide cache. */
class PdfWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly output: Promise<Buffer>;

  constructor(title: string, author: string) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      pdfVersion: '1.7',
      lang: 'vi-VN',
      displayTitle: true,
      info: { Title: title, Author: author, Creator: 'thidua' },
    });
    const chunks: Buffer[] = [];
    this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    this.output = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    for (const [face, data] of Object.entries(documentFonts())) this.doc.registerFont(face, data);
  }

  private get pageBottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  private style(face: FontFace, size: number): void {
    this.doc.font(face).fontSize(size);
  }

  private pieceHeight(piece: Piece, width: number): number {
    if ('rule' in piece) return RULE_HEIGHT;
    if (piece.text === '') return piece.spaceBefore ?? 0;
    this.style(piece.face ?? 'regular', piece.size ?? SIZE.body);
    const indent = piece.align === 'justify' ? INDENT : 0;
    return (
      (piece.spaceBefore ?? 0) +
      this.doc.heightOfString(piece.text, { width, indent, lineGap: 1 }) +
      (piece.align === 'justify' ? PAGE.paragraphSpacingPt : 0)
    );
  }

  private columnHeight(pieces: readonly Piece[], width: number): number {
    return pieces.reduce((sum, piece) => sum + this.pieceHeight(piece, width), 0);
  }

  /** Draws the pieces from the current position down; running text breaks across pages by itself. */
  private draw(pieces: readonly Piece[], x: number, width: number): void {
    for (const piece of pieces) {
      if ('rule' in piece) {
        const length = width * piece.rule;
        const y = this.doc.y + 2;
        this.doc
          .moveTo(x + (width - length) / 2, y)
          .lineTo(x + (width + length) / 2, y)
          .lineWidth(0.6)
          .stroke();
        this.doc.y += RULE_HEIGHT;
        continue;
      }
      this.style(piece.face ?? 'regular', piece.size ?? SIZE.body);
      this.doc.y += piece.spaceBefore ?? 0;
      // An empty line (a blank signer's name, a spacer) only moves down: written, it could start a page of its own.
      if (piece.text === '') continue;
      const justified = piece.align === 'justify';
      this.doc.text(piece.text, x, this.doc.y, {
        width,
        align: piece.align ?? 'center',
        indent: justified ? INDENT : 0,
        paragraphGap: justified ? PAGE.paragraphSpacingPt : 0,
        lineGap: 1,
      });
    }
  }

  /** Starts a new page unless `height` fits on what is left of this one. */
  keepTogether(height: number): this {
    if (this.doc.y + height > this.pageBottom) this.doc.addPage();
    return this;
  }

  /** The height of lines across the text width. */
  linesHeight(pieces: readonly Piece[]): number {
    return this.columnHeight(pieces, TEXT_WIDTH);
  }

  /** The height of two columns side by side. */
  columnsHeight(left: readonly Piece[], right: readonly Piece[]): number {
    return Math.max(this.columnHeight(left, COLUMNS[0].width), this.columnHeight(right, COLUMNS[1].width));
  }

  lines(pieces: readonly Piece[]): this {
    this.draw(pieces, MARGIN.left, TEXT_WIDTH);
    return this;
  }

  /** Two columns side by side (header block, signatures), kept together on one page. */
  columns(left: readonly Piece[], right: readonly Piece[]): this {
    const height = Math.max(this.columnHeight(left, COLUMNS[0].width), this.columnHeight(right, COLUMNS[1].width));
    if (this.doc.y + height > this.pageBottom) this.doc.addPage();
    const top = this.doc.y;
    this.draw(left, COLUMNS[0].x, COLUMNS[0].width);
    const leftBottom = this.doc.y;
    this.doc.y = top;
    this.draw(right, COLUMNS[1].x, COLUMNS[1].width);
    this.doc.y = Math.max(leftBottom, this.doc.y);
    return this;
  }

  /** A bordered table whose header row is repeated on every page it runs onto. */
  table(data: Table): this {
    const widths = columnFractions(data).map((fraction) => fraction * TEXT_WIDTH);
    const header = data.columns.map((column) => ({ text: column.header, face: 'bold' as const, align: 'center' as const }));
    const row = (cells: { text: string; face: FontFace; align: Align }[]) => {
      this.style('regular', SIZE.table);
      const height =
        Math.max(
          ...cells.map((cell, i) => {
            this.style(cell.face, SIZE.table);
            return this.doc.heightOfString(cell.text, { width: widths[i] - 2 * CELL_PADDING });
          }),
        ) +
        2 * CELL_PADDING;
      return { cells, height };
    };
    const headerRow = row(header);
    const bodyRows = data.rows.map((cells) =>
      row(
        cells.map((value, i) => ({
          text: cellText(value),
          face: 'regular' as const,
          align: data.columns[i]?.align ?? (typeof value === 'number' ? 'right' : 'left'),
        })),
      ),
    );
    const drawRow = ({ cells, height }: ReturnType<typeof row>) => {
      let x = MARGIN.left;
      const y = this.doc.y;
      cells.forEach((cell, i) => {
        this.doc.rect(x, y, widths[i], height).lineWidth(0.6).stroke();
        this.style(cell.face, SIZE.table);
        this.doc.text(cell.text, x + CELL_PADDING, y + CELL_PADDING, { width: widths[i] - 2 * CELL_PADDING, align: cell.align });
        x += widths[i];
      });
      this.doc.y = y + height;
    };
    if (this.doc.y + headerRow.height + (bodyRows[0]?.height ?? 0) > this.pageBottom) this.doc.addPage();
    drawRow(headerRow);
    for (const bodyRow of bodyRows) {
      if (this.doc.y + bodyRow.height > this.pageBottom) {
        this.doc.addPage();
        drawRow(headerRow);
      }
      drawRow(bodyRow);
    }
    this.doc.x = MARGIN.left;
    this.doc.y += PAGE.paragraphSpacingPt;
    return this;
  }

  /** Numbers every page but the first, centred in the top margin, then closes the file. */
  finish(): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start + 1; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      this.style('regular', SIZE.pageNumber);
      this.doc.text(String(i + 1), MARGIN.left, points(PAGE.pageNumberFromTopMm), { width: TEXT_WIDTH, align: 'center', lineBreak: false });
    }
    this.doc.end();
    return this.output;
  }
}

function block(printed: PrintedBlock, writer: PdfWriter): void {
  if (printed.kind === 'table') writer.table(printed);
  else if (printed.kind === 'paragraph') writer.lines([body(printed.text)]);
  else writer.lines([{ ...body(printed.text, 'bold'), spaceBefore: PAGE.paragraphSpacingPt }]);
}

function signature(printed: PrintedSignature): Piece[] {
  return [
    ...printed.titleLines.map((text, i): Piece => ({ text, face: 'bold', spaceBefore: i === 0 ? 12 : 0 })),
    { text: printed.name, face: 'bold', spaceBefore: 72 },
  ];
}

/** The PDF adapter: made in-process with pdfkit, Liberation Serif embedded (subset), A4 with Decree 30 margins. */
@Injectable()
export class PdfRenderer {
  document(document: OfficialDocument): Promise<Buffer> {
    const printed = printDocument(document);
    const { header } = printed;
    const writer = new PdfWriter(`${printed.title} - ${printed.summary}`, header.issuingBody);
    writer.columns(
      [
        ...(header.superiorBody === undefined ? [] : [{ text: header.superiorBody, size: SIZE.headerLine }]),
        { text: header.issuingBody, face: 'bold', size: SIZE.headerLine },
        { rule: SHORT_RULE },
        { text: header.number, size: SIZE.number },
      ],
      [
        { text: header.nationalName, face: 'bold', size: SIZE.headerLine },
        { text: header.motto, face: 'bold', size: SIZE.motto },
        { rule: MOTTO_RULE },
        ...(header.placeAndDate === undefined ? [] : [{ text: header.placeAndDate, face: 'italic' as const }]),
      ],
    );
    writer.lines([
      { text: printed.title, face: 'bold', spaceBefore: 18 },
      { text: printed.summary, face: 'bold' },
      { rule: SHORT_RULE },
      ...printed.addressees.map((text, i): Piece => (i === 0 ? { text, spaceBefore: 6 } : { text, align: 'left' })),
      ...printed.legalBases.map((text) => body(text, 'italic')),
      { text: '', spaceBefore: 6 },
    ]);
    const recipients: Piece[] = [
      { text: printed.recipientsLabel, face: 'boldItalic', size: SIZE.recipientsLabel, align: 'left', spaceBefore: 12 },
      ...printed.recipients.map((text): Piece => ({ text, size: SIZE.recipients, align: 'left' })),
    ];
    const [first, second] = printed.signatures;
    const footerHeight = second
      ? writer.columnsHeight(signature(first), signature(second)) + writer.linesHeight(recipients)
      : writer.columnsHeight(recipients, signature(first));
    // The last paragraph (the one closed with "./."), the signatures and "Nơi nhận" stay on one page.
    const last = printed.body.at(-1);
    for (const printedBlock of printed.body.slice(0, -1)) block(printedBlock, writer);
    if (last) {
      writer.keepTogether((last.kind === 'table' ? 0 : writer.linesHeight([body(last.text)])) + footerHeight);
      block(last, writer);
    }
    if (second) writer.columns(signature(first), signature(second)).lines(recipients);
    else writer.columns(recipients, signature(first));
    return writer.finish();
  }

  article(written: NewsArticle): Promise<Buffer> {
    const article = printArticle(written);
    const [lead, ...rest] = article.paragraphs;
    return new PdfWriter(article.headline, article.byline ?? '')
      .lines([
        { text: article.headline, face: 'bold', size: 18, align: 'left' },
        { text: article.dateline, face: 'italic', align: 'left', spaceBefore: 4 },
        { text: '', spaceBefore: 8 },
        ...(lead === undefined ? [] : [body(lead, 'bold')]),
        ...rest.map((text) => body(text)),
        ...(article.byline === undefined ? [] : [{ text: article.byline, face: 'bold' as const, align: 'right' as const }]),
      ])
      .finish();
  }
}
