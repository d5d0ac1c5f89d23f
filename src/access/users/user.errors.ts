import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { type LocalizedText, text } from '../../platform/i18n/locale.js';

export class UsernameTakenError extends DomainError {
  constructor() {
    super('USER.USERNAME_TAKEN', 'conflict', text('Tên đăng nhập này đã có người dùng.', 'This username is already taken.'), [
      { field: 'username', message: text('Tên đăng nhập đã tồn tại.', 'Username already exists.') },
    ]);
  }
}

export class EmailTakenError extends DomainError {
  constructor() {
    super('USER.EMAIL_TAKEN', 'conflict', text('Email này đã được dùng cho tài khoản khác.', 'This email is already used by another account.'), [
      { field: 'email', message: text('Email đã tồn tại.', 'Email already exists.') },
    ]);
  }
}

export class WeakPasswordError extends DomainError {
  constructor(problems: LocalizedText[], field = 'password') {
    const fieldErrors: FieldError[] = problems.map((message) => ({ field, message }));
    super('USER.WEAK_PASSWORD', 'unprocessable', text('Mật khẩu chưa đủ mạnh.', 'The password is too weak.'), fieldErrors);
  }
}

export class UserNotFoundError extends DomainError {
  constructor() {
    super('USER.NOT_FOUND', 'not_found', text('Không tìm thấy người dùng.', 'User not found.'));
  }
}

export class UnitOfficerNeedsOrganizationError extends DomainError {
  constructor() {
    super('USER.ORGANIZATION_REQUIRED', 'unprocessable', text('Cán bộ đơn vị phải thuộc một đơn vị.', 'A unit officer must belong to a unit.'), [
      { field: 'organizationId', message: text('Bắt buộc với vai trò cán bộ đơn vị.', 'Required for the unit officer role.') },
    ]);
  }
}

export class WrongCurrentPasswordError extends DomainError {
  constructor() {
    super('USER.WRONG_PASSWORD', 'unprocessable', text('Mật khẩu hiện tại không đúng.', 'The current password is wrong.'), [
      { field: 'currentPassword', message: text('Không đúng.', 'Wrong.') },
    ]);
  }
}

export class DemoPasswordsInProductionError extends Error {
  constructor(usernames: string[]) {
    super(
      `Không thể chạy ở chế độ production khi mật khẩu demo còn hiệu lực cho: ${usernames.join(', ')}. ` +
        'Hãy đổi mật khẩu hoặc vô hiệu hoá các tài khoản này.',
    );
  }
}

defineConstraintErrors({
  users_username_key: () => new UsernameTakenError(),
  users_email_key: () => new EmailTakenError(),
  users_unit_officer_has_organization_check: () => new UnitOfficerNeedsOrganizationError(),
});
