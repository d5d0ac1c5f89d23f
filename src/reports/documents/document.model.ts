import type { DocumentTypeCode } from './decree30.js';

/**
 * Văn bản hành chính in the format of Decree 30/2020/NĐ-CP, as issued: every field holds the text to print
 * (a document is a snapshot; names and numbers are not looked up again when it is rendered).
 */
export interface OfficialDocument {
  /** Tên loại: BC (báo cáo), BB (biên bản), TTr (tờ trình)…; the title line is derived from it. */
  type: DocumentTypeCode;
  header: DocumentHeader;
  /** Trích yếu nội dung, printed in bold under the title. */
  summary: string;
  /** "Kính gửi:" (tờ trình, reports sent upwards). */
  addressees?: string[];
  /** Căn cứ ban hành, printed in italics one a line. */
  legalBases?: string[];
  body: BodyBlock[];
  /** Nơi nhận, e.g. ["Như trên", "Lưu: VT"]; the punctuation is added when printed. */
  recipients: string[];
  /** One block, or two side by side for minutes (Mẫu 1.9): THƯ KÝ on the left, CHỦ TỌA on the right. */
  signatures: [SignatureBlock] | [SignatureBlock, SignatureBlock];
}

export interface DocumentHeader {
  /** Tên cơ quan, tổ chức chủ quản: only when the issuer has a direct superior. */
  superiorBody?: string;
  /** Tên cơ quan, tổ chức ban hành văn bản. */
  issuingBody: string;
  /** Số, ký hiệu as made by `documentNumber()`: "Số: 05/BC-LHH". */
  number: string;
  /** Địa danh và thời gian as made by `placeAndDate()`; minutes (Mẫu 1.9) have none. */
  placeAndDate?: string;
}

export type BodyBlock = SectionHeading | ItemHeading | Paragraph | BulletList | TableBlock;

/** "I. KẾT QUẢ THỰC HIỆN": a Roman numeral and the title in capitals, bold. */
export interface SectionHeading {
  kind: 'heading';
  number: number;
  title: string;
}

/** "1. Công tác chỉ đạo": a numbered item (khoản) with a title, bold. */
export interface ItemHeading {
  kind: 'item';
  number: number;
  title: string;
}

/** A paragraph of running text, justified with a first-line indent; optionally numbered "1.". */
export interface Paragraph {
  kind: 'paragraph';
  text: string;
  number?: number;
}

/** Items printed one a line, each after a dash. */
export interface BulletList {
  kind: 'list';
  items: string[];
}

export type TableCell = string | number | null;

export interface TableColumn {
  header: string;
  /** Relative width; columns without one share what is left equally. */
  width?: number;
  align?: 'left' | 'center' | 'right';
}

export interface Table {
  columns: TableColumn[];
  rows: TableCell[][];
}

export interface TableBlock extends Table {
  kind: 'table';
}

/** Chữ ký: "TM. BAN THƯỜNG VỤ" / "CHỦ TỊCH" / the signer's name (no academic titles). */
export interface SignatureBlock {
  /** Quyền hạn: TM., KT., Q., TL., TUQ. with what follows, e.g. "KT. CHỦ TỊCH". */
  authority?: string;
  position: string;
  name: string;
}

/** A news item in the style of the ones VUSTA publishes after a cluster conference. */
export interface NewsArticle {
  headline: string;
  /** Date (and place) of publication, shown under the headline, e.g. "27/11/2023". */
  dateline: string;
  /** The first paragraph is the lead (sapo), printed in bold. */
  paragraphs: string[];
  /** "Tin, ảnh: Trần Hiền". */
  byline?: string;
}

/** A workbook of tables, e.g. the national overview of a year. */
export interface TabularReport {
  title: string;
  sheets: Sheet[];
}

export interface Sheet extends Table {
  /** The tab's name (at most 31 characters, no []:*?/\). */
  name: string;
  /** A title row above the table. */
  title?: string;
  /** How the sheet is printed; portrait unless the table is wide. */
  orientation?: 'portrait' | 'landscape';
}
