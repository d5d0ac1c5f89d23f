import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app.config.js';
import type { UploadedDossierFile } from './dossier.dto.js';
import { FileMissingError, FileRefusedError } from './dossier.errors.js';
import { checkDossierFile } from './dossier.rules.js';
import { FileTypeDetector } from './file-type.detector.js';
import { Sha256Hasher } from './sha256.hasher.js';

/** A file checked as dossier files are (type from its content, size, name), ready to store. */
export interface AcceptedFile {
  fileName: string;
  contentType: string;
  sha256: string;
  content: Buffer;
}

/**
 * An uploaded file judged by the dossier's rules (type from its content, size, name): PDF, DOCX, XLSX, JPEG, PNG
 * within DOSSIER_MAX_BYTES. Dossiers, movement documents and score evidence all take their files through it.
 */
@Injectable()
export class DossierFileChecker {
  private readonly maxBytes: number;

  constructor(
    private readonly detector: FileTypeDetector,
    private readonly hasher: Sha256Hasher,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.maxBytes = config.dossier.maxBytes;
  }

  /** The file ready to store, or the refusal the user reads (nothing is stored). */
  accept(file: UploadedDossierFile | undefined): AcceptedFile {
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
