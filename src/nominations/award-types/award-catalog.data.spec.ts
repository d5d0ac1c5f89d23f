import { describe, expect, it } from '@jest/globals';
import { AWARD_CATALOG, BASE_SALARIES } from './award-catalog.data.js';
import { checkRuleSetTimeline, ruleSetInForce, submissionWindowFor } from './rule-set.js';

describe('the award catalog', () => {
  it('has unique codes', () => {
    const codes = AWARD_CATALOG.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(AWARD_CATALOG)('$code has one unbroken timeline: Decree 98 to 30/06/2025, Decree 152 from 01/07/2025', (type) => {
    expect(() => checkRuleSetTimeline(type.ruleSets)).not.toThrow();
    expect(ruleSetInForce(type.ruleSets, '2025-06-30').legalBasis.code).toBe('ND-98-2023');
    expect(ruleSetInForce(type.ruleSets, '2025-07-01').legalBasis.code).toBe('ND-152-2025');
  });

  it.each(AWARD_CATALOG)('$code refers only to award types of the catalog and gives cash only to whom it is for', (type) => {
    const codes = new Set(AWARD_CATALOG.map((t) => t.code));
    for (const ruleSet of type.ruleSets) {
      for (const prerequisite of ruleSet.prerequisites) expect(prerequisite.anyOf.every((c) => codes.has(c))).toBe(true);
      if (ruleSet.cashReward?.collective) expect(type.nomineeKinds).toContain('collective');
      if (ruleSet.cashReward?.individual) expect(type.nomineeKinds).toContain('individual');
      if (ruleSet.submissionWindow) expect(() => submissionWindowFor(ruleSet.submissionWindow!, 2024)).not.toThrow();
    }
  });

  it('asks a passing cluster vote for the flags and for no other award type', () => {
    const needsVote = AWARD_CATALOG.filter((t) => t.ruleSets.every((r) => r.needsClusterVote)).map((t) => t.code);
    expect(needsVote).toEqual(['LHHVN_CO_THI_DUA', 'CP_CO_THI_DUA']);
  });

  it('sets the council thresholds of Decree 98 Art. 30(7): 80 % for flags and CSTĐ cơ sở, 90 % for higher individual titles', () => {
    const threshold = (code: string) => AWARD_CATALOG.find((t) => t.code === code)!.ruleSets.map((r) => r.councilThreshold?.numerator);
    expect(threshold('LHHVN_CO_THI_DUA')).toEqual([80, 80]);
    expect(threshold('CP_CO_THI_DUA')).toEqual([80, 80]);
    expect(threshold('CHIEN_SI_THI_DUA_CO_SO')).toEqual([80, 80]);
    expect(threshold('LHHVN_CHIEN_SI_THI_DUA')).toEqual([90, 90]);
    expect(threshold('CHIEN_SI_THI_DUA_TOAN_QUOC')).toEqual([90, 90]);
  });

  it('holds the base salaries of Decree 24/2023 and Decree 73/2024', () => {
    expect(BASE_SALARIES.map((s) => [s.effectiveFrom, s.amountVnd])).toEqual([
      ['2023-07-01', 1_800_000],
      ['2024-07-01', 2_340_000],
    ]);
  });
});
