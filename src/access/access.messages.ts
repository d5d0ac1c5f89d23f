import { type LocalizedText, text } from '../platform/i18n/locale.js';
import { defineErrors, type MessageCatalogue } from '../platform/i18n/messages.js';

/** Users, sign-in and access control: code, HTTP kind and the sentence the user reads (Vietnamese, English). */
export const ACCESS_ERRORS = defineErrors('access', {
  'ACCESS.FORBIDDEN': {
    kind: 'forbidden',
    message: text('Bạn không có quyền thực hiện thao tác này.', 'You are not allowed to do this.'),
  },
  'ACCESS.NOT_CLUSTER_SECRETARIAT': {
    kind: 'forbidden',
    message: (year: number) =>
      text(
        `Chỉ thư ký cụm năm ${year} (cán bộ của đơn vị cụm trưởng, khi năm chưa khoá sổ) hoặc cán bộ Liên hiệp Hội Việt Nam mới được thực hiện thao tác này.`,
        `Only the cluster secretariat of ${year} (staff of the chair unit, while the year is open) or VUSTA staff may do this.`,
      ),
  },
  'AUTH.INVALID_CREDENTIALS': {
    kind: 'unauthorized',
    message: text('Tên đăng nhập hoặc mật khẩu không đúng.', 'Wrong username or password.'),
  },
  'AUTH.TOO_MANY_ATTEMPTS': {
    kind: 'too_many_requests',
    message: (wait: string, waitEn: string) =>
      text(
        `Đăng nhập sai quá nhiều lần từ máy này. Vui lòng thử lại sau ${wait}, hoặc nhờ quản trị viên mở khoá.`,
        `Too many failed sign-ins from this computer. Try again in ${waitEn}, or ask an administrator to unlock your account.`,
      ),
  },
  'AUTH.REFRESH_TOKEN_REFUSED': {
    kind: 'unauthorized',
    message: text(
      'Refresh token không hợp lệ, đã hết hạn hoặc đã được dùng. Vui lòng đăng nhập lại.',
      'The refresh token is invalid, expired or already used. Please sign in again.',
    ),
  },
  'AUTH.NOT_SIGNED_IN': {
    kind: 'unauthorized',
    message: text('Vui lòng đăng nhập để tiếp tục.', 'Please sign in to continue.'),
  },
  'AUTH.SESSION_EXPIRED': {
    kind: 'unauthorized',
    message: text(
      'Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Vui lòng đăng nhập lại.',
      'Your session has expired or is invalid. Please sign in again.',
    ),
  },
  'USER.USERNAME_TAKEN': {
    kind: 'conflict',
    message: text('Tên đăng nhập này đã có người dùng.', 'This username is already taken.'),
  },
  'USER.EMAIL_TAKEN': {
    kind: 'conflict',
    message: text('Email này đã được dùng cho tài khoản khác.', 'This email is already used by another account.'),
  },
  'USER.WEAK_PASSWORD': {
    kind: 'unprocessable',
    message: text('Mật khẩu chưa đủ mạnh.', 'The password is too weak.'),
  },
  'USER.NOT_FOUND': {
    kind: 'not_found',
    message: text('Không tìm thấy người dùng.', 'User not found.'),
  },
  'USER.ORGANIZATION_REQUIRED': {
    kind: 'unprocessable',
    message: text('Cán bộ đơn vị phải thuộc một đơn vị.', 'A unit officer must belong to a unit.'),
  },
  'USER.WRONG_PASSWORD': {
    kind: 'unprocessable',
    message: text('Mật khẩu hiện tại không đúng.', 'The current password is wrong.'),
  },
  'USER.TOO_MANY_WRONG_PASSWORDS': {
    kind: 'too_many_requests',
    message: (wait: string, waitEn: string) =>
      text(
        `Đã nhập sai mật khẩu hiện tại quá nhiều lần. Vui lòng thử lại sau ${wait}, hoặc nhờ quản trị viên mở khoá.`,
        `The current password was typed wrong too many times. Try again in ${waitEn}, or ask an administrator to unlock your account.`,
      ),
  },
});

/** Access's other user text: field errors, password rules and start-up refusals. */
export const ACCESS_MESSAGES = {
  usernameExists: text('Tên đăng nhập đã tồn tại.', 'Username already exists.'),
  emailExists: text('Email đã tồn tại.', 'Email already exists.'),
  organizationRequired: text('Bắt buộc với vai trò cán bộ đơn vị.', 'Required for the unit officer role.'),
  wrong: text('Không đúng.', 'Wrong.'),
  passwordTooShort: (minimum: number) =>
    text(`Mật khẩu phải có ít nhất ${minimum} ký tự.`, `The password needs at least ${minimum} characters.`),
  passwordNeedsLettersAndDigits: text('Mật khẩu phải có cả chữ và số.', 'The password needs both letters and digits.'),
  passwordContainsUsername: text('Mật khẩu không được chứa tên đăng nhập.', 'The password must not contain the username.'),
  demoPasswordsInProduction: (usernames: string[]): LocalizedText =>
    text(
      `Không thể chạy ở chế độ production khi mật khẩu demo còn hiệu lực cho: ${usernames.join(', ')}. Hãy đổi mật khẩu hoặc vô hiệu hoá các tài khoản này.`,
      `Cannot run in production while the demo password still works for: ${usernames.join(', ')}. Change the passwords or deactivate these accounts.`,
    ),
} satisfies MessageCatalogue;
