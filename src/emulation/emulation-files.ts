import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../platform/config/app.config.js';
import { FileMissingError, FileRefusedError } from '../nominations/dossiers/dossier.errors.js';
import { checkDossierFile } from '../nominations/dossiers/dossier.rules.js';
import { FileTypeDetector } from '../nominations/dossiers/file-type.detector.js';
import { Sha256Hasher } from '../nominations/dossiers/sha256.hasher.js';
import type { SpreadsheetReader } from '../nominations/register/spreadsheet.reader.js';
import type { UploadedEmulationFile } from './emulation.dto.js';
import { SpreadsheetUnreadableError } from './emulation.errors.js';

/** A file checked as dossier files are (type from its content, size, name), ready to store. */
export interface AcceptedFile {
  fileName: string;
  contentType: string;
  sha256: string;
  content: Buffer;
}

/** Movement documents and score evidence follow the dossier's file rules: PDF, DOCX, XLSX, JPEG, PNG, within the size limit. */
@Injectable()
export class EmulationFiles {
  private readonly maxBytes: number;

  constructor(
    private readonly detector: FileTypeDetector,
    private readonly hasher: Sha256Hasher,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.maxBytes = config.dossier.maxBytes;
  }

  accept(file: UploadedEmulationFile | undefined): AcceptedFile {
    if (!file) throw new FileMissingError();
    const decision = checkDossierFile({
      fileName: file.originalname,
      sizeBytes: file.size,
      maxBytes: this.maxBytes,
      detected: this.detector.detect(file.buffer),
    });
    if (!decision.accepted) throw new FileRefusedError(decision.reason);
    return {
      fileName: decision.fileName,
      contentType: decision.contentType,
      sha256: this.hasher.digest(file.buffer),
      content: file.buffer,
    };
  }
}

/** The first sheet of an uploaded workbook as rows of text, or the refusal of a file that is not one. */
export async function readSpreadsheet(reader: SpreadsheetReader, file: UploadedEmulationFile | undefined): Promise<string[][]> {
  if (!file) throw new SpreadsheetUnreadableError();
  try {
    return await reader.rows(file.buffer);
  } catch {
    throw new SpreadsheetUnreadableError();
  }
}
