import { Injectable } from '@nestjs/common';
import type { DetectedFileType } from './dossier.rules.js';

const startsWith = (content: Buffer, ...bytes: number[]) => bytes.every((byte, i) => content[i] === byte);

/** Programs for Windows (MZ), Linux (ELF), macOS (Mach-O and fat binaries) and scripts (#!). */
const EXECUTABLE_SIGNATURES: readonly number[][] = [
  [0x4d, 0x5a],
  [0x7f, 0x45, 0x4c, 0x46],
  [0xfe, 0xed, 0xfa, 0xce],
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe],
  [0x23, 0x21],
];

const ZIP_LOCAL_FILE = 0x04034b50;
const ZIP_CENTRAL_FILE = 0x02014b50;
const ZIP_END_OF_DIRECTORY = 0x06054b50;
const END_OF_DIRECTORY_SIZE = 22;
const MAX_ZIP_COMMENT = 0xffff;
const MAX_ZIP_ENTRIES = 10_000;

/**
 * The names of a ZIP archive's entries, read from its central directory (the archive's own table of
 * contents at its end), or null when the archive is not readable as one. Nothing is decompressed.
 */
function zipEntryNames(content: Buffer): string[] | null {
  const lowest = Math.max(0, content.length - END_OF_DIRECTORY_SIZE - MAX_ZIP_COMMENT);
  for (let end = content.length - END_OF_DIRECTORY_SIZE; end >= lowest; end--) {
    if (content.readUInt32LE(end) !== ZIP_END_OF_DIRECTORY) continue;
    const count = content.readUInt16LE(end + 10);
    const size = content.readUInt32LE(end + 12);
    const offset = content.readUInt32LE(end + 16);
    if (count > MAX_ZIP_ENTRIES || offset + size > end) return null;
    const names: string[] = [];
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > end || content.readUInt32LE(at) !== ZIP_CENTRAL_FILE) return null;
      const nameLength = content.readUInt16LE(at + 28);
      const extraLength = content.readUInt16LE(at + 30);
      const commentLength = content.readUInt16LE(at + 32);
      if (at + 46 + nameLength > end) return null;
      names.push(content.toString('utf8', at + 46, at + 46 + nameLength));
      at += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }
  return null;
}

/** An Office Open XML package: Word or Excel by its main part; macros make it something else. */
function officeType(content: Buffer): DetectedFileType {
  const names = zipEntryNames(content);
  if (names === null) return 'unknown';
  const has = (name: string) => names.includes(name);
  const word = has('word/document.xml');
  const excel = has('xl/workbook.xml');
  if (!word && !excel) return 'unknown';
  if (has('word/vbaProject.bin') || has('xl/vbaProject.bin')) return 'macro_document';
  return word ? 'docx' : 'xlsx';
}

/**
 * Tells a file's type from its content (magic bytes, and for DOCX and XLSX the parts inside the ZIP
 * package), never from its name. The one place the dossier knows file formats.
 */
@Injectable()
export class FileTypeDetector {
  detect(content: Buffer): DetectedFileType {
    if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf';
    if (startsWith(content, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
    if (startsWith(content, 0xff, 0xd8, 0xff)) return 'jpeg';
    if (content.length >= 4 && content.readUInt32LE(0) === ZIP_LOCAL_FILE) return officeType(content);
    if (EXECUTABLE_SIGNATURES.some((signature) => startsWith(content, ...signature))) return 'executable';
    return 'unknown';
  }
}
