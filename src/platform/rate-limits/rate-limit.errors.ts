import { DomainError } from '../errors/domain-error.js';
import { text } from '../i18n/locale.js';

/** A public route asked too often from one address: nothing was done. */
export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    const seconds = Math.max(1, retryAfterSeconds);
    super(
      'RATE_LIMIT.EXCEEDED',
      'too_many_requests',
      text(
        `Có quá nhiều yêu cầu từ địa chỉ của bạn. Yêu cầu chưa được thực hiện; vui lòng thử lại sau ${seconds} giây.`,
        `Too many requests from your address. The request was not carried out; please retry in ${seconds} second(s).`,
      ),
    );
    this.retryAfterSeconds = seconds;
  }
}
