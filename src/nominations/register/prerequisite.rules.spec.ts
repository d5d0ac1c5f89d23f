import { describe, expect, it } from '@jest/globals';
import { ruleSetInForce } from '../award-types/rule-set.js';
import { awardTypeNames, governmentFlag, nationalFighter, vustaFighter } from '../nominations/eligibility.spec-support.js';
import { checkPrerequisites, type RegisterEntry } from './prerequisite.rules.js';

describe('checkPrerequisites', () => {
  const fighterRules = ruleSetInForce(vustaFighter.ruleSets, '2025-11-15');
  const grassroots = (...years: number[]): RegisterEntry[] => years.map((year) => ({ awardTypeCode: 'CHIEN_SI_THI_DUA_CO_SO', year }));
  const check = (prerequisites = fighterRules.prerequisites, register: RegisterEntry[], year = 2025) =>
    checkPrerequisites({ prerequisites, year, register, awardTypeNames });

  it('passes an award type without prerequisites', () => {
    expect(check([], []).passed).toBe(true);
  });

  it('passes 3 consecutive Chiến sĩ thi đua cơ sở ending in the nomination year', () => {
    const result = check(undefined, grassroots(2023, 2024, 2025));
    expect(result.passed).toBe(true);
    expect(result.reason.vi).toBe('Đã đạt "Chiến sĩ thi đua cơ sở" 3 năm liên tục (2023–2025).');
  });

  it('passes 3 consecutive titles ending the year before', () => {
    expect(check(undefined, grassroots(2022, 2023, 2024)).passed).toBe(true);
  });

  it('fails a run that ended too long ago', () => {
    expect(check(undefined, grassroots(2021, 2022, 2023)).passed).toBe(false);
  });

  it('fails titles that are not consecutive, listing the years the register holds', () => {
    const result = check(undefined, grassroots(2022, 2024, 2025));
    expect(result.passed).toBe(false);
    expect(result.reason.vi).toBe(
      'Cần đạt "Chiến sĩ thi đua cơ sở" 3 năm liên tục, kết thúc vào năm 2025 hoặc 2024; sổ khen thưởng ghi nhận các năm: 2022, 2024, 2025.',
    );
  });

  it('does not count other titles', () => {
    const register: RegisterEntry[] = [...grassroots(2023, 2024), { awardTypeCode: 'LHHVN_BANG_KHEN', year: 2025 }];
    expect(check(undefined, register).passed).toBe(false);
  });

  it('accepts any of the listed titles for Chiến sĩ thi đua toàn quốc (VUSTA then province)', () => {
    const national = ruleSetInForce(nationalFighter.ruleSets, '2025-11-15').prerequisites;
    const mixed: RegisterEntry[] = [
      { awardTypeCode: 'CHIEN_SI_THI_DUA_TINH', year: 2024 },
      { awardTypeCode: 'LHHVN_CHIEN_SI_THI_DUA', year: 2025 },
    ];
    expect(check(national, mixed).passed).toBe(true);
    expect(check(national, mixed.slice(1)).passed).toBe(false);
  });

  it("asks VUSTA's flag of the same year for the Government's flag", () => {
    const government = ruleSetInForce(governmentFlag.ruleSets, '2024-02-01').prerequisites;
    expect(check(government, [{ awardTypeCode: 'LHHVN_CO_THI_DUA', year: 2023 }], 2023).passed).toBe(true);
    expect(check(government, [{ awardTypeCode: 'LHHVN_CO_THI_DUA', year: 2022 }], 2023).passed).toBe(false);
  });
});
