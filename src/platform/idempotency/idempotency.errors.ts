import { DomainError } from '../errors/domain-error.js';
import { text } from '../i18n/locale.js';

export class IdempotencyKeyInvalidError extends DomainError {
  constructor() {
    super(
      'IDEMPOTENCY.KEY_INVALID',
      'bad_request',
      text(
        'Tiêu đề Idempotency-Key phải có từ 1 đến 200 ký tự ASCII in được (ví dụ một UUID).',
        'The Idempotency-Key header must be 1 to 200 printable ASCII characters (a UUID, say).',
      ),
    );
  }
}

export class IdempotencyKeyReusedError extends DomainError {
  constructor() {
    super(
      'IDEMPOTENCY.KEY_REUSED',
      'unprocessable',
      text(
        'Khoá Idempotency-Key này đã được dùng cho một yêu cầu khác nội dung; hãy dùng khoá mới cho yêu cầu mới.',
        'This Idempotency-Key was already used for a request with a different body; use a new key for a new request.',
      ),
    );
  }
}

export class IdempotencyKeyInUseError extends DomainError {
  constructor() {
    super(
      'IDEMPOTENCY.IN_PROGRESS',
      'conflict',
      text(
        'Yêu cầu đầu tiên với khoá Idempotency-Key này đang được xử lý; vui lòng thử lại sau giây lát.',
        'The first request with this Idempotency-Key is still being processed; retry in a moment.',
      ),
    );
    this.retryAfterSeconds = 2;
  }
}

export class IdempotencyAnswerLostError extends DomainError {
  constructor() {
    super(
      'IDEMPOTENCY.ANSWER_LOST',
      'conflict',
      text(
        'Yêu cầu đầu tiên với khoá Idempotency-Key này đã được thực hiện, nhưng câu trả lời không được lưu lại (máy chủ dừng giữa chừng). Đừng gửi lại: hãy tải lại dữ liệu để xem kết quả.',
        'The first request with this Idempotency-Key was carried out, but its answer was not kept (the server stopped midway). Do not send it again: reload the data to see the result.',
      ),
    );
  }
}

export class IdempotencyAttemptSupersededError extends DomainError {
  constructor() {
    super(
      'IDEMPOTENCY.SUPERSEDED',
      'conflict',
      text(
        'Một lần gửi lại với cùng khoá Idempotency-Key đã thay thế yêu cầu này, nên yêu cầu này không được thực hiện.',
        'A retry with the same Idempotency-Key took this request over, so this request was not carried out.',
      ),
    );
  }
}
