/*
 * How a report leaves the server: the format the caller asked for (?format= first, else the Accept header), and the
 * file names of a download, ASCII for every client plus the Vietnamese name in RFC 5987 form for those that read it.
 */

export const REPORT_FORMATS = ['json', 'html', 'docx', 'pdf', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CONTENT_TYPES: Readonly<Record<ReportFormat, string>> = {
  json: 'application/json',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

interface MediaRange {
  type: string;
  quality: number;
  order: number;
}

function mediaRanges(accept: string): MediaRange[] {
  return accept
    .split(',')
    .map((part, order) => {
      const [type, ...parameters] = part.split(';').map((p) => p.trim().toLowerCase());
      const q = parameters.find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { type, quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter((range) => range.type && range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
}

function matches(range: string, format: ReportFormat): boolean {
  if (range === '*/*') return true;
  const type = CONTENT_TYPES[format];
  return range.endsWith('/*') ? type.startsWith(range.slice(0, -1)) : range === type;
}

/**
 * The format to answer in: the one asked for with `?format=` (already checked against `offered`), else the most
 * preferred of the Accept header that is offered, else the first offered (JSON). An Accept header naming nothing we
 * make is answered in that default rather than refused: the reply says what it is in its Content-Type.
 */
export function negotiateFormat<F extends ReportFormat>(requested: F | undefined, accept: string | undefined, offered: readonly F[]): F {
  if (requested) return requested;
  for (const range of mediaRanges(accept ?? '')) {
    const format = offered.find((candidate) => matches(range.type, candidate));
    if (format) return format;
  }
  return offered[0];
}

/** Percent-encodes what RFC 5987's attr-char does not allow (encodeURIComponent leaves ' ( ) * alone). */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

export interface FileNames {
  /** "bao-cao-tong-ket-cum-3-2023.docx" */
  ascii: string;
  /** "Báo cáo tổng kết Cụm thi đua số 3 năm 2023.docx" */
  vietnamese: string;
}

/** `attachment; filename="…"; filename*=UTF-8''…`: a download under its names; `inline` to show it in the browser. */
export function contentDisposition(disposition: 'attachment' | 'inline', names: FileNames): string {
  return `${disposition}; filename="${names.ascii}"; filename*=UTF-8''${rfc5987(names.vietnamese)}`;
}

/** Lower-case ASCII words joined by dashes: "Cụm thi đua số 3" → "cum-thi-dua-so-3". */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A file's names from its title in both forms and the format's extension; the ASCII one is slugged to be safe. */
export function fileNames(ascii: string, vietnamese: string, format: ReportFormat): FileNames {
  return { ascii: `${asciiSlug(ascii)}.${format}`, vietnamese: `${vietnamese.replace(/["\\/:*?<>|\s]+/g, ' ').trim()}.${format}` };
}
