import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import type { DossierDocumentKind } from '../award-types/catalogue.js';
import { NOMINATIONS_MESSAGES as M } from '../nominations.messages.js';

/** What an uploaded file is, in the words of the proposing unit (Vietnamese codes, as on paper). */
export const ATTACHMENT_KINDS = ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_binh_xet', 'chung_nhan_sang_kien', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** The dossier part (Law Art. 84(1)) each kind of file provides; `other` is supporting evidence. */
const DOCUMENT_OF_ATTACHMENT: Readonly<Record<AttachmentKind, DossierDocumentKind | null>> = {
  to_trinh: 'proposal_letter',
  bao_cao_thanh_tich: 'achievement_report',
  bien_ban_binh_xet: 'evaluation_minutes',
  chung_nhan_sang_kien: 'initiative_certificate',
  other: null,
};

export function documentOf(kind: AttachmentKind): DossierDocumentKind | null {
  return DOCUMENT_OF_ATTACHMENT[kind];
}

/** The dossier parts that the attached files provide. */
export function attachedDocuments(kinds: readonly AttachmentKind[]): DossierDocumentKind[] {
  return [...new Set(kinds.map(documentOf).filter((kind): kind is DossierDocumentKind => kind !== null))];
}

/** What a file's first bytes say it is; see FileTypeDetector. */
export type DetectedFileType = 'pdf' | 'docx' | 'xlsx' | 'jpeg' | 'png' | 'executable' | 'macro_document' | 'unknown';
export type AcceptedFileType = Extract<DetectedFileType, 'pdf' | 'docx' | 'xlsx' | 'jpeg' | 'png'>;

interface FileTypeInfo {
  contentType: string;
  /** The first is the one added to a name that has none. */
  extensions: readonly string[];
  name: LocalizedText;
}

export const ACCEPTED_FILE_TYPES: Readonly<Record<AcceptedFileType, FileTypeInfo>> = {
  pdf: { contentType: 'application/pdf', extensions: ['.pdf'], name: M.fileTypeNames.pdf },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['.docx'],
    name: M.fileTypeNames.docx,
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['.xlsx'],
    name: M.fileTypeNames.xlsx,
  },
  jpeg: { contentType: 'image/jpeg', extensions: ['.jpg', '.jpeg'], name: M.fileTypeNames.jpeg },
  png: { contentType: 'image/png', extensions: ['.png'], name: M.fileTypeNames.png },
};

function isAccepted(type: DetectedFileType): type is AcceptedFileType {
  return type in ACCEPTED_FILE_TYPES;
}

/** "20 MB", "0,5 MB" in Vietnamese. */
function megabytes(bytes: number): LocalizedText {
  const value = (locale: string) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
  return text(value('vi-VN'), value('en-US'));
}

export function tooLargeMessage(maxBytes: number): LocalizedText {
  return M.fileTooLarge(megabytes(maxBytes));
}

/**
 * The name a file is stored and downloaded under: without the client's folders or control
 * characters, in NFC so that Vietnamese letters compare and display alike, at most 255 characters.
 */
export function safeFileName(original: string): string {
  const base = original.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const printable = Array.from(base).filter((c) => (c.codePointAt(0) as number) >= 0x20 && c !== '\u007f');
  const cleaned = Array.from(printable.join('').trim());
  return cleaned.length <= 255 ? cleaned.join('') : [...cleaned.slice(0, 255 - 16), ...cleaned.slice(-16)].join('');
}

function extensionOf(fileName: string): string | null {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot).toLowerCase() : null;
}

export type DossierFileDecision = { accepted: true; fileName: string; contentType: string } | { accepted: false; reason: LocalizedText };

/**
 * Judges an uploaded file by its content, never by its name: the name must then agree with the
 * content (a PNG called ".pdf" is refused), and a name without extension gets the right one.
 */
export function checkDossierFile(input: {
  fileName: string;
  sizeBytes: number;
  maxBytes: number;
  detected: DetectedFileType;
}): DossierFileDecision {
  const name = safeFileName(input.fileName) || 'tep-dinh-kem';
  const quoted = `"${name}"`;
  if (input.sizeBytes > input.maxBytes) return { accepted: false, reason: tooLargeMessage(input.maxBytes) };
  if (input.sizeBytes === 0) {
    return {
      accepted: false,
      reason: M.fileEmpty(quoted),
    };
  }
  const { detected } = input;
  if (detected === 'executable') {
    return {
      accepted: false,
      reason: M.fileExecutable(quoted),
    };
  }
  if (detected === 'macro_document') {
    return {
      accepted: false,
      reason: M.fileWithMacros(quoted),
    };
  }
  if (!isAccepted(detected)) {
    return {
      accepted: false,
      reason: M.fileTypeRefused(quoted),
    };
  }
  const type = ACCEPTED_FILE_TYPES[detected];
  const extension = extensionOf(name);
  if (extension === null) return { accepted: true, fileName: `${name}${type.extensions[0]}`, contentType: type.contentType };
  if (!type.extensions.includes(extension)) {
    return {
      accepted: false,
      reason: M.fileNameMismatch(quoted, extension, type.name, type.extensions),
    };
  }
  return { accepted: true, fileName: name, contentType: type.contentType };
}

/** RFC 5987 / 8187 percent-encoding of UTF-8, for `filename*`. */
function extendedValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The name without tone marks or other non-ASCII letters, for clients that ignore `filename*`. */
function asciiFallback(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
}

/**
 * Content-Disposition that keeps the Vietnamese name: `filename*` (RFC 6266 with RFC 5987) carries it
 * in UTF-8, `filename` an ASCII fallback ("Báo cáo.pdf" → "Bao cao.pdf"). `inline` asks the browser to
 * show the file in place (a PDF in its viewer) rather than save it.
 */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline'): string {
  return `${disposition}; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${extendedValue(fileName)}`;
}

/** A download that keeps the Vietnamese name (see `contentDisposition`). */
export function attachmentDisposition(fileName: string): string {
  return contentDisposition(fileName, 'attachment');
}
