import { describe, expect, it } from '@jest/globals';
import { passwordProblems } from './password.rules.js';

describe('password policy', () => {
  it('accepts a long password with letters and digits', () => {
    expect(passwordProblems('Thidua-2024-cum3', 'sonla')).toEqual([]);
  });

  it('refuses a short one', () => {
    expect(passwordProblems('abc123', 'sonla').map((p) => p.vi)).toContain('Mật khẩu phải có ít nhất 10 ký tự.');
  });

  it('refuses one without digits', () => {
    expect(passwordProblems('khongcosonao', 'sonla').map((p) => p.en)).toEqual(['The password needs both letters and digits.']);
  });

  it('refuses one that contains the username', () => {
    expect(passwordProblems('SonLa123456', 'sonla').map((p) => p.en)).toEqual(['The password must not contain the username.']);
  });
});
