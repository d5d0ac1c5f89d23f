import { describe, expect, it } from '@jest/globals';
import { person, sonLa } from '../nominations/eligibility.spec-support.js';
import { checkNoPendingProceedings } from './proceeding.rules.js';

describe('checkNoPendingProceedings', () => {
  const asOf = '2024-01-10';

  it('passes a nominee with no proceedings', () => {
    expect(checkNoPendingProceedings({ nominee: sonLa, proceedings: [], asOf }).passed).toBe(true);
  });

  it('fails a nominee under an inspection without conclusion', () => {
    const check = checkNoPendingProceedings({
      nominee: sonLa,
      proceedings: [{ kind: 'inspection', from: '2023-12-01', to: null }],
      asOf,
    });
    expect(check.passed).toBe(false);
    expect(check.reason.vi).toBe(
      'Ngày 10/01/2024, Liên hiệp các Hội KH&KT tỉnh Sơn La đang bị thanh tra, kiểm tra nên chưa được khen thưởng hoặc đề nghị khen thưởng.',
    );
  });

  it('fails on the last day of a proceeding and names every kind running', () => {
    const check = checkNoPendingProceedings({
      nominee: person,
      proceedings: [
        { kind: 'discipline', from: '2023-10-01', to: '2024-01-10' },
        { kind: 'complaint', from: '2024-01-05', to: null },
      ],
      asOf,
    });
    expect(check.passed).toBe(false);
    expect(check.reason.vi).toContain('đang bị xem xét thi hành kỷ luật, có đơn thư khiếu nại, tố cáo đang được xác minh');
  });

  it('passes once the proceeding has ended, or before it starts', () => {
    const check = checkNoPendingProceedings({
      nominee: sonLa,
      proceedings: [
        { kind: 'investigation', from: '2023-01-01', to: '2024-01-09' },
        { kind: 'complaint', from: '2024-01-11', to: null },
      ],
      asOf,
    });
    expect(check.passed).toBe(true);
  });
});
