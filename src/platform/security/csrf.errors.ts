import { DomainError } from '../errors/domain-error.js';
import { text } from '../i18n/locale.js';

export class CsrfTokenRejectedError extends DomainError {
  constructor() {
    super(
      'SECURITY.CSRF_REJECTED',
      'forbidden',
      text(
        'Yêu cầu bị từ chối vì thiếu mã bảo vệ biểu mẫu hoặc mã đã cũ. Hãy tải lại trang rồi gửi lại.',
        'The request was refused: its form protection code is missing or out of date. Reload the page and send it again.',
      ),
    );
  }
}
