import { DomainError } from '../../platform/errors/domain-error.js';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { tooLargeMessage } from './dossier.rules.js';

export class AttachmentNotFoundError extends DomainError {
  constructor(id: string) {
    super('DOSSIER.ATTACHMENT_NOT_FOUND', 'not_found', text(`Không tìm thấy tệp hồ sơ có mã định danh ${id}.`, `No dossier file has the id ${id}.`));
  }
}

export class FileMissingError extends DomainError {
  constructor() {
    const message = text(
      'Chưa có tệp: gửi tệp trong trường "file" của biểu mẫu multipart/form-data.',
      'No file: send it in the "file" field of a multipart/form-data form.',
    );
    super('DOSSIER.FILE_MISSING', 'bad_request', message, [{ field: 'file', message }]);
  }
}

/** The file's content is not a document the dossier takes, or its name contradicts its content. */
export class FileRefusedError extends DomainError {
  constructor(reason: LocalizedText) {
    super('DOSSIER.FILE_REFUSED', 'unprocessable', reason, [{ field: 'file', message: reason }]);
  }
}

/** Raised while the upload is still arriving: the rest of it is read and dropped, nothing is kept. */
export class FileTooLargeError extends DomainError {
  constructor(maxBytes: number) {
    const message = tooLargeMessage(maxBytes);
    super('DOSSIER.FILE_TOO_LARGE', 'unprocessable', message, [{ field: 'file', message }]);
  }
}
