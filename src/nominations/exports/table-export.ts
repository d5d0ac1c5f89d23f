import { Injectable, StreamableFile } from '@nestjs/common';
import type { Sheet } from '../../reports/documents/document.model.js';
import { XlsxRenderer } from '../../reports/renderers/xlsx.renderer.js';
import { attachmentDisposition } from '../dossiers/dossier.rules.js';
import { csvFile } from './csv.js';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

export interface ExportFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/** Lower-case ASCII words joined by dashes, for file names and for matching headers: "Số, ký hiệu QĐ" → "so-ky-hieu-qd". */
export function asciiKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** One table as a file: XLSX through the reports' renderer (title row, frozen header), or CSV in UTF-8 with BOM. */
@Injectable()
export class TableExporter {
  constructor(private readonly xlsx: XlsxRenderer) {}

  async export(format: ExportFormat, baseName: string, sheet: Sheet & { title: string }): Promise<ExportFile> {
    const content =
      format === 'xlsx'
        ? await this.xlsx.workbook({ title: sheet.title, sheets: [sheet] })
        : csvFile(
            sheet.columns.map((column) => column.header),
            sheet.rows,
          );
    return { fileName: `${baseName}.${format}`, contentType: CONTENT_TYPES[format], content };
  }
}

/** The file as a download under its name. */
export function download(file: ExportFile): StreamableFile {
  return new StreamableFile(file.content, {
    type: file.contentType,
    length: file.content.length,
    disposition: attachmentDisposition(file.fileName),
  });
}
