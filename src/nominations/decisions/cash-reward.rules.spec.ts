import { describe, expect, it } from '@jest/globals';
import { AWARD_CATALOG, BASE_SALARIES } from '../award-types/award-catalog.data.js';
import { ruleSetInForce } from '../award-types/rule-set.js';
import { times } from '../../platform/numbers/ratio.js';
import { BaseSalaryUnknownError, baseSalaryOn, cashRewardFor, type BaseSalary } from './cash-reward.rules.js';

function cashRule(code: string, date: string) {
  const type = AWARD_CATALOG.find((t) => t.code === code);
  if (!type) throw new Error(`no award type ${code}`);
  return ruleSetInForce(type.ruleSets, date).cashReward;
}

describe('baseSalaryOn', () => {
  it('takes 1,800,000 VND until 30 June 2024 and 2,340,000 VND from 1 July 2024', () => {
    expect(baseSalaryOn(BASE_SALARIES, '2023-07-01').amountVnd).toBe(1_800_000);
    expect(baseSalaryOn(BASE_SALARIES, '2024-06-30').amountVnd).toBe(1_800_000);
    expect(baseSalaryOn(BASE_SALARIES, '2024-07-01').amountVnd).toBe(2_340_000);
    expect(baseSalaryOn(BASE_SALARIES, '2025-08-01').legalBasis).toBe('Nghị định 73/2024/NĐ-CP');
  });

  it('does not depend on the order of the data', () => {
    expect(baseSalaryOn([...BASE_SALARIES].reverse(), '2024-12-01').amountVnd).toBe(2_340_000);
  });

  it('refuses a date before any known base salary', () => {
    expect(() => baseSalaryOn(BASE_SALARIES, '2023-06-30')).toThrow(BaseSalaryUnknownError);
    try {
      baseSalaryOn(BASE_SALARIES, '2023-06-30');
    } catch (error) {
      expect((error as BaseSalaryUnknownError).text.vi).toBe('Chưa có mức lương cơ sở áp dụng vào ngày 30/06/2023.');
    }
  });

  it('refuses two base salaries starting the same day', () => {
    const ambiguous: BaseSalary[] = [...BASE_SALARIES, { effectiveFrom: '2024-07-01', amountVnd: 2_000_000, legalBasis: 'x' }];
    expect(() => baseSalaryOn(ambiguous, '2024-08-01')).toThrow(BaseSalaryUnknownError);
  });
});

describe('cashRewardFor', () => {
  it("gives VUSTA's flag 8 × the base salary on the decision date", () => {
    const reward = cashRewardFor({
      rule: cashRule('LHHVN_CO_THI_DUA', '2024-01-10'),
      recipient: 'collective',
      decisionDate: '2024-12-20',
      baseSalaries: BASE_SALARIES,
    });
    expect(reward?.amountVnd).toBe(18_720_000);
    expect(reward?.explanation.vi).toBe('8 × 2.340.000 đồng (mức lương cơ sở theo Nghị định 73/2024/NĐ-CP) = 18.720.000 đồng');
    expect(reward?.explanation.en).toBe('8 × 2,340,000 VND (base salary under Nghị định 73/2024/NĐ-CP) = 18,720,000 VND');
  });

  it('uses the base salary in force on the decision date, not on submission', () => {
    const reward = cashRewardFor({
      rule: cashRule('LHHVN_CO_THI_DUA', '2024-01-10'),
      recipient: 'collective',
      decisionDate: '2024-03-01',
      baseSalaries: BASE_SALARIES,
    });
    expect(reward?.amountVnd).toBe(14_400_000);
  });

  it('picks the multiplier for the kind of recipient, exactly', () => {
    const rule = cashRule('LHHVN_BANG_KHEN', '2025-08-01');
    const args = { rule, decisionDate: '2025-08-20', baseSalaries: BASE_SALARIES };
    expect(cashRewardFor({ ...args, recipient: 'individual' })?.amountVnd).toBe(3_510_000);
    expect(cashRewardFor({ ...args, recipient: 'collective' })?.amountVnd).toBe(7_020_000);
    expect(cashRewardFor({ ...args, recipient: 'individual' })?.explanation.vi).toMatch(/^1,5 × 2\.340\.000 đồng/);
  });

  it('keeps the exact amount unless the rule set rounds up to a step', () => {
    const amountWithStep = (roundUpToMultipleOf: number) =>
      cashRewardFor({
        rule: { collective: null, individual: times('0.3'), roundUpToMultipleOf },
        recipient: 'individual',
        decisionDate: '2024-12-20',
        baseSalaries: BASE_SALARIES,
      })?.amountVnd;
    expect(amountWithStep(1)).toBe(702_000);
    expect(amountWithStep(10_000)).toBe(710_000);
    expect(amountWithStep(1_000)).toBe(702_000);
  });

  it('gives no cash when the award carries none for this recipient', () => {
    const args = { decisionDate: '2024-12-20', baseSalaries: BASE_SALARIES };
    expect(cashRewardFor({ ...args, rule: cashRule('LHHVN_CO_THI_DUA', '2024-01-10'), recipient: 'individual' })).toBeNull();
    expect(cashRewardFor({ ...args, rule: cashRule('LHHVN_KY_NIEM_CHUONG', '2024-01-10'), recipient: 'individual' })).toBeNull();
  });

  it('refuses a decision dated before any known base salary', () => {
    expect(() =>
      cashRewardFor({
        rule: cashRule('LHHVN_CO_THI_DUA', '2024-01-10'),
        recipient: 'collective',
        decisionDate: '2023-01-15',
        baseSalaries: BASE_SALARIES,
      }),
    ).toThrow(BaseSalaryUnknownError);
  });
});
