import { text } from '../i18n/locale.js';
import { DomainError, type FieldError } from './domain-error.js';

export class RequestValidationError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(
      'REQUEST.INVALID',
      'bad_request',
      text('Dữ liệu gửi lên không hợp lệ.', 'The request data is invalid.'),
      fieldErrors,
    );
  }
}

export class MalformedBodyError extends DomainError {
  constructor() {
    super(
      'REQUEST.MALFORMED_BODY',
      'bad_request',
      text('Nội dung yêu cầu không phải JSON hợp lệ.', 'The request body is not valid JSON.'),
    );
  }
}

export class RouteNotFoundError extends DomainError {
  constructor(path: string) {
    super(
      'REQUEST.ROUTE_NOT_FOUND',
      'not_found',
      text(`Không tìm thấy đường dẫn ${path}.`, `No route matches ${path}.`),
    );
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
