import { describe, expect, it } from '@jest/globals';
import { docxFile, pdfFile, pngFile, windowsExecutable, xlsxFile, zipArchive } from '../../../test/helpers/dossier-files.js';
import { FileTypeDetector } from './file-type.detector.js';

const detector = new FileTypeDetector();

/** A DOCX as the `zip` tool writes it (a folder entry, extra fields), built from word/document.xml. */
const ZIP_TOOL_DOCX = Buffer.from(
  'UEsDBAoAAAAAAHK/eF0AAAAAAAAAAAAAAAAFABwAd29yZC9VVAkAA+gkBmvoJAZrdXgLAAEEAAAAAAQAAAAAUEsDBAoAAAAAAHK/eF1X2XmeBQAAAAUAAAARABwAd29yZC9kb2N1bWVudC54bWxVVAkAA+gkBmvoJAZrdXgLAAEEAAAAAAQAAAAAPHgvPgpQSwMECgAAAAAAcr94Xe9mr9QFAAAABQAAABMAHABbQ29udGVudF9UeXBlc10ueG1sVVQJAAPoJAZr6CQGa3V4CwABBAAAAAAEAAAAADx0Lz4KUEsBAh4DCgAAAAAAcr94XQAAAAAAAAAAAAAAAAUAGAAAAAAAAAAQAO1BAAAAAHdvcmQvVVQFAAPoJAZrdXgLAAEEAAAAAAQAAAAAUEsBAh4DCgAAAAAAcr94XVfZeZ4FAAAABQAAABEAGAAAAAAAAQAAAKSBPwAAAHdvcmQvZG9jdW1lbnQueG1sVVQFAAPoJAZrdXgLAAEEAAAAAAQAAAAAUEsBAh4DCgAAAAAAcr94Xe9mr9QFAAAABQAAABMAGAAAAAAAAQAAAKSBjwAAAFtDb250ZW50X1R5cGVzXS54bWxVVAUAA+gkBmt1eAsAAQQAAAAABAAAAABQSwUGAAAAAAMAAwD7AAAA4QAAAAAA',
  'base64',
);

describe('FileTypeDetector', () => {
  it('recognizes PDF, PNG and JPEG by their first bytes', () => {
    expect(detector.detect(pdfFile())).toBe('pdf');
    expect(detector.detect(pngFile())).toBe('png');
    expect(detector.detect(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]))).toBe('jpeg');
  });

  it('tells DOCX from XLSX by the main part inside the ZIP package', () => {
    expect(detector.detect(docxFile())).toBe('docx');
    expect(detector.detect(xlsxFile())).toBe('xlsx');
    expect(detector.detect(ZIP_TOOL_DOCX)).toBe('docx');
  });

  it('does not take any ZIP for an Office document', () => {
    expect(detector.detect(zipArchive({ 'readme.txt': 'xin chào', 'setup.exe': 'MZ' }))).toBe('unknown');
  });

  it('flags Office packages that carry macros', () => {
    expect(detector.detect(docxFile({ 'word/vbaProject.bin': 'macro' }))).toBe('macro_document');
  });

  it('refuses a ZIP whose central directory is cut off or points outside the file', () => {
    const docx = docxFile();
    expect(detector.detect(docx.subarray(0, docx.length - 30))).toBe('unknown');
    const broken = Buffer.from(docx);
    broken.writeUInt32LE(docx.length, docx.length - 6);
    expect(detector.detect(broken)).toBe('unknown');
  });

  it('recognizes programs whatever they are called', () => {
    expect(detector.detect(windowsExecutable())).toBe('executable');
    expect(detector.detect(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]))).toBe('executable');
    expect(detector.detect(Buffer.from('#!/bin/sh\nrm -rf /\n'))).toBe('executable');
  });

  it('knows nothing of plain text, empty files or a PDF signature out of place', () => {
    expect(detector.detect(Buffer.from('Tờ trình đề nghị khen thưởng'))).toBe('unknown');
    expect(detector.detect(Buffer.alloc(0))).toBe('unknown');
    expect(detector.detect(Buffer.from(' %PDF-1.7'))).toBe('unknown');
  });
});
