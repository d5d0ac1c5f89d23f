import { buffer } from 'node:stream/consumers';
import { Injectable } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { formatDate, type IsoDate } from '../../platform/time/calendar.js';
import { documentFonts } from '../../reports/renderers/fonts.js';

export interface BallotSlip {
  /** The voting unit's short name, e.g. "Sơn La". */
  unitShortName: string;
  /** The one-time code as issued, e.g. "7K2M-9QXH-4RTB-0WZD". */
  code: string;
}

export interface BallotSlipsInput {
  clusterName: string;
  meetingTitle: string;
  meetingDate: IsoDate;
  voteTitle: string;
  /** Where delegates reach thidua, e.g. "http://localhost:3000"; the QR codes open its ballot page. */
  baseUrl: string;
  slips: readonly BallotSlip[];
}

/** The ballot page with the code filled in: what each slip's QR code opens. */
export function ballotUrl(baseUrl: string, code: string): string {
  return `${ballotPage(baseUrl)}?code=${encodeURIComponent(code)}`;
}

function ballotPage(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/ballot`;
}

/** The code in groups of four characters, e.g. ["7K2M", "9QXH", "4RTB", "0WZD"], however it was typed. */
export function codeGroups(code: string): string[] {
  return (
    code
      .toUpperCase()
      .replace(/[\s-]/g, '')
      .match(/.{1,4}/g) ?? []
  );
}

/** The dark modules of the QR code of `text`, row by row (no quiet zone). */
export function qrModules(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, col) => modules.get(row, col) === 1));
}

const POINTS_PER_MM = 72 / 25.4;
const mm = (value: number) => value * POINTS_PER_MM;

/** A4 cut into 2 × 4 slips of 97 × 70 mm inside 8 mm page margins. */
export const SLIPS_PER_PAGE = { columns: 2, rows: 4 } as const;
const PAGE_MARGIN = mm(8);
const PADDING = mm(3.5);
const QR_QUIET_ZONE_MODULES = 4;
const CODE_SIZE = 14;
/** Wide enough for the ink of every letter of the codes, W and M included. */
const CODE_CELL = CODE_SIZE * 0.9;
const CODE_GROUP_GAP = CODE_SIZE * 0.9;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Phiếu bầu điện tử: the A4 sheets of cut-out slips handed to delegates, one per voting unit, each carrying the
 * unit's one-time code and a QR code that opens the ballot page with the code filled in.
 */
@Injectable()
export class BallotSlipsRenderer {
  render(input: BallotSlipsInput): Promise<Buffer> {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      pdfVersion: '1.7',
      lang: 'vi-VN',
      displayTitle: true,
      info: { Title: `Phiếu bầu điện tử - ${input.voteTitle}`, Author: input.clusterName, Creator: 'thidua' },
    });
    const output = buffer(doc);
    for (const [face, data] of Object.entries(documentFonts())) doc.registerFont(face, data);

    const { columns, rows } = SLIPS_PER_PAGE;
    const slipWidth = (doc.page.width - 2 * PAGE_MARGIN) / columns;
    const slipHeight = (doc.page.height - 2 * PAGE_MARGIN) / rows;
    const perPage = columns * rows;
    input.slips.forEach((slip, i) => {
      const place = i % perPage;
      if (i > 0 && place === 0) doc.addPage();
      if (place === 0) cutLines(doc, Math.min(perPage, input.slips.length - i), slipWidth, slipHeight);
      const box = {
        x: PAGE_MARGIN + (place % columns) * slipWidth,
        y: PAGE_MARGIN + Math.floor(place / columns) * slipHeight,
        width: slipWidth,
        height: slipHeight,
      };
      drawSlip(doc, input, slip, box);
    });
    if (input.slips.length === 0) {
      doc.font('italic').fontSize(13).text('Chưa có mã phiếu nào được cấp cho cuộc bỏ phiếu này.', PAGE_MARGIN, PAGE_MARGIN);
    }
    doc.end();
    return output;
  }
}

/** Dashed cut lines around and between the slips of one page, over as many rows as `count` slips fill. */
function cutLines(doc: PDFKit.PDFDocument, count: number, width: number, height: number): void {
  const { columns } = SLIPS_PER_PAGE;
  const rows = Math.ceil(count / columns);
  doc.save().lineWidth(0.5).dash(4, { space: 3 }).strokeColor('#777777');
  for (let row = 0; row <= rows; row++) {
    const y = PAGE_MARGIN + row * height;
    doc.moveTo(PAGE_MARGIN, y).lineTo(PAGE_MARGIN + columns * width, y);
  }
  for (let column = 0; column <= columns; column++) {
    const x = PAGE_MARGIN + column * width;
    doc.moveTo(x, PAGE_MARGIN).lineTo(x, PAGE_MARGIN + rows * height);
  }
  doc.stroke().restore();
}

function drawSlip(doc: PDFKit.PDFDocument, input: BallotSlipsInput, slip: BallotSlip, box: Box): void {
  const left = box.x + PADDING;
  const width = box.width - 2 * PADDING;
  const bottom = box.y + box.height - PADDING;

  doc.fillColor('#000000');
  doc
    .font('bold')
    .fontSize(13)
    .text('PHIẾU BẦU ĐIỆN TỬ', left, box.y + PADDING, { width, align: 'center' });
  const occasion = `${input.clusterName} – ${input.meetingTitle}, ngày ${formatDate(input.meetingDate, 'vi')}`;
  doc
    .font('regular')
    .fontSize(9)
    .text(occasion, left, doc.y + 1, { width, align: 'center', height: 22, ellipsis: true });
  const middleTop = doc.y + 4;

  const instruction = `Quét mã QR hoặc mở ${ballotPage(input.baseUrl)} và nhập mã. Mỗi mã chỉ dùng một lần.`;
  doc.font('italic').fontSize(8.5);
  const instructionTop = bottom - doc.heightOfString(instruction, { width });
  doc.text(instruction, left, instructionTop, { width, align: 'center' });
  const codeTop = instructionTop - CODE_SIZE - 5;
  drawCode(doc, slip.code, left, codeTop, width);
  const codeLabelTop = codeTop - 12;
  doc.font('regular').fontSize(9).text('Mã phiếu:', left, codeLabelTop, { width, align: 'center' });

  const qr = qrModules(ballotUrl(input.baseUrl, slip.code));
  const qrSide = Math.min(mm(30), codeLabelTop - middleTop - 2);
  const module = qrSide / (qr.length + 2 * QR_QUIET_ZONE_MODULES);
  const qrLeft = left + width - qrSide;
  drawQr(doc, qr, qrLeft + QR_QUIET_ZONE_MODULES * module, middleTop + QR_QUIET_ZONE_MODULES * module, module);

  const textWidth = qrLeft - left;
  doc
    .font('bold')
    .fontSize(10)
    .text(input.voteTitle, left, middleTop + module * 2, { width: textWidth, height: 37, ellipsis: true });
  doc
    .font('regular')
    .fontSize(9)
    .text('Đơn vị bỏ phiếu:', left, doc.y + 5, { width: textWidth });
  doc
    .font('bold')
    .fontSize(15)
    .text(slip.unitShortName, left, doc.y + 1, { width: textWidth, height: 19, ellipsis: true });
}

/** Runs of dark modules as filled rectangles: vector, so it stays sharp at any print resolution. */
function drawQr(doc: PDFKit.PDFDocument, modules: boolean[][], x: number, y: number, module: number): void {
  modules.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < row.length && row[c]) c++;
      doc.rect(x + start * module, y + r * module, (c - start) * module, module);
    }
  });
  doc.fill('#000000');
}

/**
 * The code on one line, centred, in groups of four set apart by a wide space (the ballot page accepts it with or
 * without dashes). Every character sits centred in a cell of the same width, so the code reads like a monospace
 * font although only Liberation Serif is embedded.
 */
function drawCode(doc: PDFKit.PDFDocument, code: string, x: number, y: number, width: number): void {
  doc.font('bold').fontSize(CODE_SIZE);
  const groups = codeGroups(code);
  const lineWidth = groups.reduce((sum, group, g) => sum + group.length * CODE_CELL + (g > 0 ? CODE_GROUP_GAP : 0), 0);
  let cursor = x + (width - lineWidth) / 2;
  groups.forEach((group, g) => {
    if (g > 0) cursor += CODE_GROUP_GAP;
    for (const char of group) {
      doc.text(char, cursor + (CODE_CELL - doc.widthOfString(char)) / 2, y, { lineBreak: false });
      cursor += CODE_CELL;
    }
  });
}
