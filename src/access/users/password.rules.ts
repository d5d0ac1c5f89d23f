import { type LocalizedText, text } from '../../platform/i18n/locale.js';

export const MIN_PASSWORD_LENGTH = 10;

/** Length matters most; a letter and a digit keep out the worst choices; the name is never the password. */
export function passwordProblems(password: string, username: string): LocalizedText[] {
  const problems: LocalizedText[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) {
    problems.push(text(`Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`, `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`));
  }
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) {
    problems.push(text('Mật khẩu phải có cả chữ và số.', 'The password needs both letters and digits.'));
  }
  if (password.toLowerCase().includes(username.toLowerCase())) {
    problems.push(text('Mật khẩu không được chứa tên đăng nhập.', 'The password must not contain the username.'));
  }
  return problems;
}
