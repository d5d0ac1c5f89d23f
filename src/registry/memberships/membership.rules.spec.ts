import { describe, expect, it } from '@jest/globals';
import { membershipPeriodProblems } from './membership.rules.js';

const always = { activeFrom: '1990-01-01', activeTo: null };
/** LHH Yên Bái: merged into Lào Cai from 01/07/2025. */
const yenBai = { activeFrom: '1990-01-01', activeTo: '2025-06-30' };
/** The new LHH Lào Cai, formed by that merger. */
const newLaoCai = { activeFrom: '2025-07-01', activeTo: null };

function fields(problems: { field: string }[]): string[] {
  return problems.map((problem) => problem.field);
}

describe('membershipPeriodProblems', () => {
  it('accepts open and closed memberships of a unit that exists throughout', () => {
    expect(membershipPeriodProblems({ fromYear: 2023, toYear: null }, always)).toEqual([]);
    expect(membershipPeriodProblems({ fromYear: 2023, toYear: 2023 }, always)).toEqual([]);
  });

  it('refuses a last year before the first', () => {
    const problems = membershipPeriodProblems({ fromYear: 2024, toYear: 2023 }, always);
    expect(problems).toEqual([
      {
        field: 'toYear',
        reason: {
          vi: 'Năm kết thúc (2023) không được trước năm bắt đầu (2024).',
          en: 'The last year (2023) cannot be before the first year (2024).',
        },
      },
    ]);
  });

  it('counts a unit founded mid-year as active that year, but not the year before', () => {
    expect(membershipPeriodProblems({ fromYear: 2025, toYear: null }, newLaoCai)).toEqual([]);
    const problems = membershipPeriodProblems({ fromYear: 2024, toYear: null }, newLaoCai);
    expect(fields(problems)).toEqual(['fromYear']);
    expect(problems[0].reason.vi).toBe('Đơn vị bắt đầu hoạt động từ ngày 01/07/2025, nên không thể là thành viên từ năm 2024.');
  });

  it('counts a unit merged away mid-year as active that year, and requires the membership to end by then', () => {
    expect(membershipPeriodProblems({ fromYear: 2023, toYear: 2025 }, yenBai)).toEqual([]);
    const open = membershipPeriodProblems({ fromYear: 2023, toYear: null }, yenBai);
    expect(fields(open)).toEqual(['toYear']);
    expect(open[0].reason.vi).toBe('Đơn vị ngừng hoạt động ngày 30/06/2025: năm kết thúc phải có và không được sau năm 2025.');
    expect(fields(membershipPeriodProblems({ fromYear: 2023, toYear: 2026 }, yenBai))).toEqual(['toYear']);
  });

  it('refuses a membership that starts after the unit ceased', () => {
    const problems = membershipPeriodProblems({ fromYear: 2026, toYear: 2027 }, yenBai);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      field: 'fromYear',
      reason: { vi: 'Đơn vị đã ngừng hoạt động từ ngày 30/06/2025, nên không thể là thành viên năm 2026.' },
    });
  });

  it('reports both ends when the years overrun the unit’s life on both sides', () => {
    const shortLived = { activeFrom: '2020-03-01', activeTo: '2022-12-31' };
    expect(fields(membershipPeriodProblems({ fromYear: 2019, toYear: 2023 }, shortLived))).toEqual(['fromYear', 'toYear']);
  });
});
