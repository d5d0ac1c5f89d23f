import { DomainError } from '../../platform/errors/domain-error.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { ACCESS_ERRORS } from '../access.messages.js';

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super(...errorOf(ACCESS_ERRORS, 'AUTH.INVALID_CREDENTIALS'));
  }
}

/** Up to two minutes in seconds, then in whole minutes (rounded up). */
export function waitTexts(seconds: number): [string, string] {
  if (seconds <= 120) return [`${seconds} giây`, `${seconds} second(s)`];
  const minutes = Math.ceil(seconds / 60);
  return [`${minutes} phút`, `${minutes} minute(s)`];
}

export class LoginLockedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(...errorOf(ACCESS_ERRORS, 'AUTH.TOO_MANY_ATTEMPTS', ...waitTexts(retryAfterSeconds)));
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export class RefreshTokenRefusedError extends DomainError {
  constructor() {
    super(...errorOf(ACCESS_ERRORS, 'AUTH.REFRESH_TOKEN_REFUSED'));
  }
}

export class NotSignedInError extends DomainError {
  constructor() {
    super(...errorOf(ACCESS_ERRORS, 'AUTH.NOT_SIGNED_IN'));
  }
}

export class SessionExpiredError extends DomainError {
  constructor() {
    super(...errorOf(ACCESS_ERRORS, 'AUTH.SESSION_EXPIRED'));
  }
}
