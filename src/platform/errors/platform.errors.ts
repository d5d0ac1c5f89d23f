import { text } from '../i18n/locale.js';
import { DomainError, type FieldError } from './domain-error.js';

export class RequestValidationError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super('REQUEST.INVALID', 'bad_request', text('Dữ liệu gửi lên không hợp lệ.', 'The request data is invalid.'), fieldErrors);
  }
}

/** A path id that is not a UUID: 400 naming the parameter on the API; a page answers 404 (no such page). */
export class MalformedPathIdError extends RequestValidationError {}

export class MalformedBodyError extends DomainError {
  constructor() {
    super('REQUEST.MALFORMED_BODY', 'bad_request', text('Nội dung yêu cầu không phải JSON hợp lệ.', 'The request body is not valid JSON.'));
  }
}

export class RouteNotFoundError extends DomainError {
  constructor(path: string) {
    super('REQUEST.ROUTE_NOT_FOUND', 'not_found', text(`Không tìm thấy đường dẫn ${path}.`, `No route matches ${path}.`));
  }
}

/** A write that the database refused because another row already holds the same key or period. */
export class ConstraintConflictError extends DomainError {
  constructor(message = text('Dữ liệu xung đột với bản ghi đã có.', 'The data conflicts with an existing record.')) {
    super('DATA.CONFLICT', 'conflict', message);
  }
}

export class InvalidReferenceError extends DomainError {
  constructor() {
    super(
      'DATA.INVALID_REFERENCE',
      'unprocessable',
      text('Dữ liệu tham chiếu tới một bản ghi không tồn tại.', 'The data refers to a record that does not exist.'),
    );
  }
}

export class InternalError extends DomainError {
  constructor() {
    super(
      'INTERNAL',
      'bad_request',
      text(
        'Hệ thống gặp lỗi ngoài dự kiến. Dữ liệu của bạn không bị thay đổi; vui lòng thử lại hoặc báo cho quản trị viên.',
        'An unexpected error occurred. Nothing was changed; please retry or tell the administrator.',
      ),
    );
  }
}

/** Optimistic concurrency: the client sent the version it read, and the record has moved on since. */
export class StaleVersionError extends DomainError {
  constructor() {
    super(
      'DATA.STALE_VERSION',
      'conflict',
      text(
        'Bản ghi đã được người khác thay đổi sau khi bạn mở. Vui lòng tải lại và thực hiện lại thay đổi.',
        'Someone else changed this record after you opened it. Reload it and make your change again.',
      ),
    );
  }
}

/** Seconds a client is told to wait before retrying while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** The database is down, restarting, frozen or out of connections: nothing was done; retry later. */
export class DatabaseUnavailableError extends DomainError {
  constructor(down: string[] = ['database']) {
    super(
      'DATABASE.UNAVAILABLE',
      'service_unavailable',
      text(
        'Cơ sở dữ liệu tạm thời không phản hồi. Yêu cầu chưa được thực hiện; vui lòng thử lại sau ít phút.',
        'The database is not answering for now. The request was not carried out; please retry in a few moments.',
      ),
    );
    this.retryAfterSeconds = DATABASE_RETRY_AFTER_SECONDS;
    this.extensions = { down };
  }
}

/** The body's content type is not one the route reads (a text/plain body on a JSON route). */
export class UnsupportedMediaTypeError extends DomainError {
  constructor(received: string, accepted: readonly string[]) {
    super(
      'REQUEST.UNSUPPORTED_MEDIA_TYPE',
      'unsupported_media_type',
      text(
        `Kiểu nội dung "${received}" không được chấp nhận ở đây; hãy gửi ${accepted.join(' hoặc ')}.`,
        `Content type "${received}" is not accepted here; send ${accepted.join(' or ')}.`,
      ),
    );
  }
}

/** A JSON body nested deeper, or with more keys, than any form of thidua needs: refused before it is read further. */
export class BodyTooComplexError extends DomainError {
  constructor(limit: { maxDepth: number; maxKeys: number }) {
    super(
      'REQUEST.BODY_TOO_COMPLEX',
      'bad_request',
      text(
        `Nội dung JSON lồng quá ${limit.maxDepth} cấp hoặc có quá ${limit.maxKeys} trường.`,
        `The JSON body is nested deeper than ${limit.maxDepth} levels or has more than ${limit.maxKeys} fields.`,
      ),
    );
  }
}
