import { DomainError } from '../../platform/errors/domain-error.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { ACCESS_ERRORS } from '../access.messages.js';

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super(...errorOf(ACCESS_ERRORS, 'AUTH.INVALID_CREDENTIALS'));
  }
}

export class LoginLockedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(...errorOf(ACCESS_ERRORS, 'AUTH.TOO_MANY_ATTEMPTS', Math.ceil(retryAfterSeconds / 60)));
    this.retryAfterSeconds = retryAfterSeconds;
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
