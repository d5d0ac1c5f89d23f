import { describe, expect, it } from '@jest/globals';
import { text } from '../../platform/i18n/locale.js';
import { AWARD_CATALOG } from './award-catalog.data.js';
import { planRuleSetAddition, ruleSetViolations } from './award-type.rules.js';
import { RuleSetTimelineError, type AwardRuleSet, type DatedRuleSet } from './rule-set.js';
import { percent } from '../../platform/numbers/ratio.js';

const flag = AWARD_CATALOG.find((t) => t.code === 'LHHVN_CO_THI_DUA')!;
const decree152 = flag.ruleSets[1];
const KNOWN = new Set(AWARD_CATALOG.map((t) => t.code));

function dated(id: string, effectiveFrom: string, effectiveTo: string | null): DatedRuleSet & { id: string } {
  return { id, legalBasis: { code: id, citation: text(`Văn bản ${id}`, `Instrument ${id}`) }, effectiveFrom, effectiveTo };
}

function thrown(fn: () => unknown): RuleSetTimelineError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RuleSetTimelineError) return error;
    throw error;
  }
  throw new Error('expected a RuleSetTimelineError');
}

describe('ruleSetViolations', () => {
  it('accepts every rule set of the seeded catalog', () => {
    for (const type of AWARD_CATALOG) {
      for (const ruleSet of type.ruleSets) expect(ruleSetViolations(ruleSet, KNOWN)).toEqual([]);
    }
  });

  it('refuses a council threshold or a share of members above 100 %', () => {
    const ruleSet: AwardRuleSet = {
      ...decree152,
      councilThreshold: percent(120),
      quota: { kind: 'share_of_members', share: { numerator: 3, denominator: 2 }, rounding: 'down' },
    };
    expect(ruleSetViolations(ruleSet, KNOWN).map((v) => v.field)).toEqual(['councilThreshold', 'quota.share']);
  });

  it('refuses a window on 29 February, which common years lack', () => {
    const ruleSet = {
      ...decree152,
      submissionWindow: { opens: { yearOffset: 0, month: 2, day: 1 }, closes: { yearOffset: 0, month: 2, day: 29 } },
    };
    const [violation] = ruleSetViolations(ruleSet, KNOWN);
    expect(violation.field).toBe('submissionWindow');
    expect(violation.message.vi).toContain('ngày có thật');
  });

  it('refuses a window that closes before it opens', () => {
    const ruleSet = {
      ...decree152,
      submissionWindow: { opens: { yearOffset: 1, month: 1, day: 31 }, closes: { yearOffset: 0, month: 11, day: 1 } },
    };
    expect(ruleSetViolations(ruleSet, KNOWN).map((v) => v.field)).toEqual(['submissionWindow']);
  });

  it('names the prerequisite codes that no award type has', () => {
    const ruleSet = {
      ...decree152,
      prerequisites: [{ anyOf: ['CHIEN_SI_THI_DUA_CO_SO', 'KHONG_CO'], consecutiveYears: 2, mayEndYearsBefore: 0 }],
    };
    expect(ruleSetViolations(ruleSet, KNOWN)).toEqual([
      {
        field: 'prerequisites[0].anyOf',
        message: text('Không có loại khen thưởng nào mang mã: KHONG_CO.', 'No award type has the code: KHONG_CO.'),
      },
    ]);
  });
});

describe('planRuleSetAddition', () => {
  it('ends the open rule set the day before a new decree applies', () => {
    const plan = planRuleSetAddition([dated('ND-98', '2024-01-01', null)], dated('ND-152', '2025-07-01', null));
    expect(plan).toEqual({ closes: { id: 'ND-98', effectiveTo: '2025-06-30' } });
  });

  it('adds a rule set that follows the last one without touching it', () => {
    const plan = planRuleSetAddition([dated('A', '2024-01-01', '2025-06-30')], dated('B', '2025-07-01', null));
    expect(plan).toEqual({ closes: null });
  });

  it('adds the very first rule set of a new award type', () => {
    expect(planRuleSetAddition([], dated('A', '2024-01-01', null))).toEqual({ closes: null });
  });

  it('refuses a gap, naming the days no rule set would cover', () => {
    const error = thrown(() => planRuleSetAddition([dated('A', '2024-01-01', '2024-12-31')], dated('B', '2025-03-01', null)));
    expect(error.fieldErrors).toEqual([{ field: 'effectiveFrom', message: error.text }]);
    expect(error.text.vi).toContain('từ 01/01/2025 đến 28/02/2025');
  });

  it('refuses a rule set that overlaps a closed one', () => {
    const error = thrown(() => planRuleSetAddition([dated('A', '2024-01-01', '2025-06-30')], dated('B', '2025-01-01', null)));
    expect(error.text.vi).toContain('chồng lấn');
    expect(error.fieldErrors[0].field).toBe('effectiveFrom');
  });

  it('refuses a new rule set that starts on the same day as the open one', () => {
    const error = thrown(() => planRuleSetAddition([dated('A', '2024-01-01', null)], dated('B', '2024-01-01', null)));
    expect(error.text.vi).toContain('chồng lấn');
  });
});
