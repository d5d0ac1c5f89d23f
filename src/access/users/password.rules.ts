import type { LocalizedText } from '../../platform/i18n/locale.js';
import { ACCESS_MESSAGES } from '../access.messages.js';

export const MIN_PASSWORD_LENGTH = 10;

/** Length matters most; a letter and a digit keep out the worst choices; the name is never the password. */
export function passwordProblems(password: string, username: string): LocalizedText[] {
  const problems: LocalizedText[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) {
    problems.push(ACCESS_MESSAGES.passwordTooShort(MIN_PASSWORD_LENGTH));
  }
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) {
    problems.push(ACCESS_MESSAGES.passwordNeedsLettersAndDigits);
  }
  if (password.toLowerCase().includes(username.toLowerCase())) {
    problems.push(ACCESS_MESSAGES.passwordContainsUsername);
  }
  return problems;
}
