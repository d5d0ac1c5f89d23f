import { DomainError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { NOMINATIONS_ERRORS as E } from '../nominations.messages.js';
import { tooLargeMessage } from './dossier.rules.js';

export class AttachmentNotFoundError extends DomainError {
  constructor(id: string) {
    super(...errorOf(E, 'DOSSIER.ATTACHMENT_NOT_FOUND', id));
  }
}

export class FileMissingError extends DomainError {
  constructor() {
    const [code, kind, message] = errorOf(E, 'DOSSIER.FILE_MISSING');
    super(code, kind, message, [{ field: 'file', message }]);
  }
}

/** The file's content is not a document the dossier takes, or its name contradicts its content. */
export class FileRefusedError extends DomainError {
  constructor(reason: LocalizedText) {
    super(...errorOf(E, 'DOSSIER.FILE_REFUSED', reason), [{ field: 'file', message: reason }]);
  }
}

/** Raised while the upload is still arriving: the rest of it is read and dropped, nothing is kept. */
export class FileTooLargeError extends DomainError {
  constructor(maxBytes: number) {
    const [code, kind, message] = errorOf(E, 'DOSSIER.FILE_TOO_LARGE', tooLargeMessage(maxBytes));
    super(code, kind, message, [{ field: 'file', message }]);
  }
}
