import { describe, expect, it } from '@jest/globals';
import { checkSubmissionWindow } from './submission-window.rules.js';

describe('checkSubmissionWindow', () => {
  const window = { opensOn: '2023-11-01', closesOn: '2024-01-31' };

  it('passes a date within the window, ends included', () => {
    expect(checkSubmissionWindow({ window, asOf: '2023-11-01', year: 2023 }).passed).toBe(true);
    expect(checkSubmissionWindow({ window, asOf: '2024-01-31', year: 2023 }).passed).toBe(true);
  });

  it('fails a date before the window opens', () => {
    const check = checkSubmissionWindow({ window, asOf: '2023-10-31', year: 2023 });
    expect(check.passed).toBe(false);
    expect(check.reason.vi).toBe('Chưa đến thời hạn nộp hồ sơ năm 2023 (từ 01/11/2023 đến 31/01/2024); ngày 31/10/2023 là quá sớm.');
  });

  it('fails a date after the window closed', () => {
    const check = checkSubmissionWindow({ window, asOf: '2024-02-01', year: 2023 });
    expect(check.passed).toBe(false);
    expect(check.reason.vi).toBe('Đã hết thời hạn nộp hồ sơ năm 2023 (từ 01/11/2023 đến 31/01/2024); ngày 01/02/2024 là quá hạn.');
  });

  it('passes any date when nominations are taken all year', () => {
    expect(checkSubmissionWindow({ window: null, asOf: '2024-07-15', year: 2024 }).passed).toBe(true);
  });
});
