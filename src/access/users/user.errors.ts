import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { ACCESS_ERRORS, ACCESS_MESSAGES } from '../access.messages.js';
import { waitTexts } from '../auth/auth.errors.js';

export class UsernameTakenError extends DomainError {
  constructor() {
    super(...errorOf(ACCESS_ERRORS, 'USER.USERNAME_TAKEN'), [{ field: 'username', message: ACCESS_MESSAGES.usernameExists }]);
  }
}

export class EmailTakenError extends DomainError {
  constructor() {
    super(...errorOf(ACCESS_ERRORS, 'USER.EMAIL_TAKEN'), [{ field: 'email', message: ACCESS_MESSAGES.emailExists }]);
  }
}

export class WeakPasswordError extends DomainError {
  constructor(problems: LocalizedText[], field = 'password') {
    const fieldErrors: FieldError[] = problems.map((message) => ({ field, message }));
    super(...errorOf(ACCESS_ERRORS, 'USER.WEAK_PASSWORD'), fieldErrors);
  }
}

export class UserNotFoundError extends DomainError {
  constructor() {
    super(...errorOf(ACCESS_ERRORS, 'USER.NOT_FOUND'));
  }
}

export class UnitOfficerNeedsOrganizationError extends DomainError {
  constructor() {
    super(...errorOf(ACCESS_ERRORS, 'USER.ORGANIZATION_REQUIRED'), [
      { field: 'organizationId', message: ACCESS_MESSAGES.organizationRequired },
    ]);
  }
}

export class WrongCurrentPasswordError extends DomainError {
  constructor() {
    super(...errorOf(ACCESS_ERRORS, 'USER.WRONG_PASSWORD'), [{ field: 'currentPassword', message: ACCESS_MESSAGES.wrong }]);
  }
}

/** Wrong current passwords, counted per user like failed sign-ins: the wait still owed. */
export class TooManyWrongPasswordsError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(...errorOf(ACCESS_ERRORS, 'USER.TOO_MANY_WRONG_PASSWORDS', ...waitTexts(retryAfterSeconds)));
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Not a request's error: it stops the start-up, so it reads in Vietnamese only. */
export class DemoPasswordsInProductionError extends Error {
  constructor(usernames: string[]) {
    super(ACCESS_MESSAGES.demoPasswordsInProduction(usernames).vi);
  }
}

defineConstraintErrors({
  users_username_key: () => new UsernameTakenError(),
  users_email_key: () => new EmailTakenError(),
  users_unit_officer_has_organization_check: () => new UnitOfficerNeedsOrganizationError(),
});
