import { Injectable } from '@nestjs/common';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import {
  cellAlign,
  cellText,
  columnFractions,
  printArticle,
  printDocument,
  type PrintedBlock,
  type PrintedSignature,
} from '../documents/document.layout.js';
import type { NewsArticle, OfficialDocument, Table as TableData } from '../documents/document.model.js';
import { MOTTO_RULE, PAGE, SHORT_RULE, SIZE, TEXT_WIDTH_MM, TWIPS_PER_MM } from './page-setup.js';

/** Decree 30 prescribes Times New Roman; Word substitutes a metric-compatible font where it is missing. */
const FONT = 'Times New Roman';
const LANGUAGE = { value: 'vi-VN' };

const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
/** docx sizes are in half-points, spacing in twentieths of a point. */
const halfPoints = (pt: number) => pt * 2;
const pointTwips = (pt: number) => pt * 20;

const TEXT_WIDTH = twips(TEXT_WIDTH_MM);
const LEFT_COLUMN = Math.round(TEXT_WIDTH * PAGE.leftColumn);
const COLUMNS = [LEFT_COLUMN, TEXT_WIDTH - LEFT_COLUMN];
const LINE = Math.round(240 * PAGE.lineHeight);
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

interface LineStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  align?: Align;
  /** Justified running text with a first-line indent and space after. */
  body?: boolean;
  spaceBefore?: number;
  /** Kept on the page of what follows (Word's "keep with next"). */
  keepNext?: boolean;
}

function run(text: string, style: LineStyle): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: halfPoints(style.size ?? SIZE.body),
    bold: style.bold,
    italics: style.italics,
    language: LANGUAGE,
  });
}

function line(text: string, style: LineStyle = {}): Paragraph {
  return new Paragraph({
    children: [run(text, style)],
    alignment: style.body ? AlignmentType.JUSTIFIED : (style.align ?? AlignmentType.CENTER),
    indent: style.body ? { firstLine: twips(PAGE.firstLineIndentMm) } : undefined,
    keepNext: style.keepNext,
    keepLines: style.keepNext,
    spacing: { line: LINE, before: pointTwips(style.spaceBefore ?? 0), after: style.body ? pointTwips(PAGE.paragraphSpacingPt) : 0 },
  });
}

/** A short centred rule: an empty line whose bottom border is `SHORT_RULE` (or `share`) of the column. */
function rule(columnWidth: number, share: number = SHORT_RULE): Paragraph {
  const inset = Math.round((columnWidth * (1 - share)) / 2);
  return new Paragraph({
    children: [run('', { size: 2 })],
    indent: { left: inset, right: inset },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { before: 0, after: pointTwips(4), line: 60, lineRule: 'exact' },
  });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children: children.length ? children : [line('')] });
}

/** Side-by-side columns without borders (header block, signatures and recipients). */
function columns(...cells: Paragraph[][]): Table {
  const widths = cells.length === 2 ? COLUMNS : [TEXT_WIDTH];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0 },
    rows: [new TableRow({ cantSplit: true, children: cells.map((children, i) => cell(widths[i], children)) })],
  });
}

function dataTable(data: TableData): Table {
  const widths = columnFractions(data).map((fraction) => Math.round(fraction * TEXT_WIDTH));
  const style = { size: SIZE.table };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: data.columns.map((column, i) => cell(widths[i], [line(column.header, { ...style, bold: true })])),
  });
  const rows = data.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((value, i) => {
          return cell(widths[i], [line(cellText(value), { ...style, align: ALIGN[cellAlign(data.columns[i], value)] })]);
        }),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [header, ...rows],
  });
}

function block(printed: PrintedBlock, keepNext = false): FileChild {
  switch (printed.kind) {
    case 'table':
      return dataTable(printed);
    case 'paragraph':
      return line(printed.text, { body: true, keepNext });
    default:
      return line(printed.text, { body: true, bold: true, spaceBefore: PAGE.paragraphSpacingPt });
  }
}

/** A signature block, kept on one page with what follows it (`keepNext`, the recipients below it) or together. */
function signature(printed: PrintedSignature, keepNext: boolean): Paragraph[] {
  return [
    ...printed.titleLines.map((text, i) => line(text, { bold: true, spaceBefore: i === 0 ? 12 : 0, keepNext: true })),
    line(printed.name, { bold: true, spaceBefore: 72, keepNext }),
  ];
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: halfPoints(SIZE.pageNumber) })],
      }),
    ],
  });
}

/** The DOCX adapter (docx): A4, Decree 30 margins and fonts; page numbers from page 2, centred at the top. */
@Injectable()
export class DocxRenderer {
  document(document: OfficialDocument): Promise<Buffer> {
    const printed = printDocument(document);
    const { header } = printed;
    const left = [
      ...(header.superiorBody === undefined ? [] : [line(header.superiorBody, { size: SIZE.headerLine })]),
      line(header.issuingBody, { size: SIZE.headerLine, bold: true }),
      rule(COLUMNS[0]),
      line(header.number, { size: SIZE.number }),
    ];
    const right = [
      line(header.nationalName, { size: SIZE.headerLine, bold: true }),
      line(header.motto, { size: SIZE.motto, bold: true }),
      rule(COLUMNS[1], MOTTO_RULE),
      ...(header.placeAndDate === undefined ? [] : [line(header.placeAndDate, { italics: true })]),
    ];
    const recipients = [
      line(printed.recipientsLabel, {
        size: SIZE.recipientsLabel,
        bold: true,
        italics: true,
        align: AlignmentType.LEFT,
        spaceBefore: 12,
        keepNext: true,
      }),
      ...printed.recipients.map((text, i) =>
        line(text, { size: SIZE.recipients, align: AlignmentType.LEFT, keepNext: i < printed.recipients.length - 1 }),
      ),
    ];
    const [first, second] = printed.signatures;
    // The last paragraph, the signatures and "Nơi nhận" stay on one page (keep with next, rows not split).
    const footer = second
      ? [columns(signature(first, true), signature(second, true)), columns(recipients)]
      : [columns(recipients, signature(first, false))];
    return this.pack(`${printed.title} - ${printed.summary}`, header.issuingBody, [
      columns(left, right),
      line(printed.title, { bold: true, spaceBefore: 18 }),
      line(printed.summary, { bold: true }),
      rule(TEXT_WIDTH),
      ...printed.addressees.map((text, i) => line(text, i === 0 ? { spaceBefore: 6 } : { align: AlignmentType.LEFT })),
      ...printed.legalBases.map((text) => line(text, { body: true, italics: true })),
      line(''),
      ...printed.body.map((printedBlock, i) => block(printedBlock, i === printed.body.length - 1)),
      ...footer,
    ]);
  }

  article(written: NewsArticle): Promise<Buffer> {
    const article = printArticle(written);
    const [lead, ...rest] = article.paragraphs;
    return this.pack(article.headline, article.byline ?? '', [
      line(article.headline, { size: 18, bold: true, align: AlignmentType.LEFT }),
      line(article.dateline, { italics: true, align: AlignmentType.LEFT }),
      line(''),
      ...(lead === undefined ? [] : [line(lead, { body: true, bold: true })]),
      ...rest.map((text) => line(text, { body: true })),
      ...(article.byline === undefined ? [] : [line(article.byline, { bold: true, align: AlignmentType.RIGHT })]),
    ]);
  }

  private pack(title: string, creator: string, children: FileChild[]): Promise<Buffer> {
    const { top, right, bottom, left } = PAGE.marginMm;
    const document = new Document({
      title,
      creator,
      styles: { default: { document: { run: { font: FONT, size: halfPoints(SIZE.body), language: LANGUAGE } } } },
      sections: [
        {
          properties: {
            titlePage: true,
            page: {
              size: { width: twips(PAGE.widthMm), height: twips(PAGE.heightMm), orientation: PageOrientation.PORTRAIT },
              margin: {
                top: twips(top),
                right: twips(right),
                bottom: twips(bottom),
                left: twips(left),
                header: twips(PAGE.pageNumberFromTopMm),
                footer: twips(PAGE.pageNumberFromTopMm),
              },
            },
          },
          headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
          children,
        },
      ],
    });
    return Packer.toBuffer(document);
  }
}
