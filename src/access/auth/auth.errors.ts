import { DomainError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('AUTH.INVALID_CREDENTIALS', 'unauthorized', text('Tên đăng nhập hoặc mật khẩu không đúng.', 'Wrong username or password.'));
  }
}

export class LoginLockedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    super(
      'AUTH.TOO_MANY_ATTEMPTS',
      'too_many_requests',
      text(
        `Đăng nhập sai quá nhiều lần. Tài khoản tạm khoá, vui lòng thử lại sau ${minutes} phút.`,
        `Too many failed logins. Try again in ${minutes} minute(s).`,
      ),
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export class NotSignedInError extends DomainError {
  constructor() {
    super('AUTH.NOT_SIGNED_IN', 'unauthorized', text('Vui lòng đăng nhập để tiếp tục.', 'Please sign in to continue.'));
  }
}

export class SessionExpiredError extends DomainError {
  constructor() {
    super(
      'AUTH.SESSION_EXPIRED',
      'unauthorized',
      text('Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Vui lòng đăng nhập lại.', 'Your session has expired or is invalid. Please sign in again.'),
    );
  }
}
