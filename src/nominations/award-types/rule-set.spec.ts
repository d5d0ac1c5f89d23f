import { describe, expect, it } from '@jest/globals';
import { text } from '../../platform/i18n/locale.js';
import { AWARD_CATALOG, DECREE_152_2025, DECREE_98_2023 } from './award-catalog.data.js';
import {
  NoRuleSetInForceError,
  RuleSetTimelineError,
  checkRuleSetTimeline,
  ruleSetInForce,
  ruleSetOfVote,
  submissionWindowFor,
  type DatedRuleSet,
} from './rule-set.js';
import { addDays, calendarDateInVietnam, formatDate, isIsoDate } from '../../platform/time/calendar.js';
import { ceilOf, floorOf, percent, times } from '../../platform/numbers/ratio.js';

const flag = AWARD_CATALOG.find((t) => t.code === 'LHHVN_CO_THI_DUA')!;

function dated(code: string, effectiveFrom: string, effectiveTo: string | null): DatedRuleSet {
  return { legalBasis: { code, citation: text(`Văn bản ${code}`, `Instrument ${code}`) }, effectiveFrom, effectiveTo };
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('ruleSetInForce', () => {
  it('judges a nomination of 2025-06-15 by Decree 98/2023', () => {
    expect(ruleSetInForce(flag.ruleSets, '2025-06-15').legalBasis).toEqual(DECREE_98_2023);
  });

  it('judges a nomination of 2025-08-01 by Decree 152/2025', () => {
    expect(ruleSetInForce(flag.ruleSets, '2025-08-01').legalBasis).toEqual(DECREE_152_2025);
  });

  it('switches exactly between 30 June and 1 July 2025', () => {
    expect(ruleSetInForce(flag.ruleSets, '2025-06-30').legalBasis.code).toBe('ND-98-2023');
    expect(ruleSetInForce(flag.ruleSets, '2025-07-01').legalBasis.code).toBe('ND-152-2025');
    expect(ruleSetInForce(flag.ruleSets, '2024-01-01').legalBasis.code).toBe('ND-98-2023');
  });

  it('finds the rule set whatever order the rule sets come in', () => {
    const reversed = [...flag.ruleSets].reverse();
    expect(ruleSetInForce(reversed, '2025-06-15').legalBasis.code).toBe('ND-98-2023');
  });

  it('refuses a date before the first rule set, naming where the rules start', () => {
    const error = thrown(() => ruleSetInForce(flag.ruleSets, '2023-12-15'));
    expect(error).toBeInstanceOf(NoRuleSetInForceError);
    expect((error as NoRuleSetInForceError).code).toBe('AWARD_TYPE.NO_RULE_SET_IN_FORCE');
    expect((error as NoRuleSetInForceError).text.vi).toBe(
      'Không có bộ quy tắc nào áp dụng vào ngày 15/12/2023: bộ quy tắc sớm nhất (Nghị định 98/2023/NĐ-CP) áp dụng từ ngày 01/01/2024.',
    );
  });

  it('refuses a date after the last rule set ended', () => {
    const ended = [dated('A', '2024-01-01', '2024-12-31')];
    const error = thrown(() => ruleSetInForce(ended, '2025-01-01'));
    expect(error).toBeInstanceOf(NoRuleSetInForceError);
    expect((error as NoRuleSetInForceError).text.vi).toContain('hết hiệu lực ngày 31/12/2024');
  });

  it('refuses a gap between two rule sets, naming the days left uncovered', () => {
    const withGap = [dated('A', '2024-01-01', '2025-06-30'), dated('B', '2025-08-01', null)];
    const error = thrown(() => ruleSetInForce(withGap, '2025-09-01'));
    expect(error).toBeInstanceOf(RuleSetTimelineError);
    const timeline = error as RuleSetTimelineError;
    expect(timeline.code).toBe('AWARD_TYPE.RULE_SET_TIMELINE');
    expect(timeline.text.vi).toContain('từ 01/07/2025 đến 31/07/2025 không có bộ quy tắc nào áp dụng');
    expect(timeline.fieldErrors.map((e) => e.field)).toEqual(['ruleSets[1].effectiveFrom']);
  });

  it('refuses two rule sets that overlap by some days', () => {
    const overlapping = [dated('A', '2024-01-01', '2025-07-31'), dated('B', '2025-07-01', null)];
    const error = thrown(() => ruleSetInForce(overlapping, '2024-05-01')) as RuleSetTimelineError;
    expect(error).toBeInstanceOf(RuleSetTimelineError);
    expect(error.text.vi).toContain('chồng lấn');
    expect(error.text.vi).toContain('từ 01/07/2025 đến 31/07/2025');
  });

  it('refuses an open-ended rule set followed by another', () => {
    const overlapping = [dated('B', '2025-07-01', null), dated('A', '2024-01-01', null)];
    const error = thrown(() => ruleSetInForce(overlapping, '2025-08-01')) as RuleSetTimelineError;
    expect(error).toBeInstanceOf(RuleSetTimelineError);
    expect(error.text.en).toContain('both apply from 2025-07-01 onwards');
    expect(error.fieldErrors[0].field).toBe('ruleSets[0].effectiveFrom');
  });

  it('refuses an award type without rule sets', () => {
    expect(() => ruleSetInForce([], '2025-01-01')).toThrow(RuleSetTimelineError);
  });

  it('refuses a rule set that ends before it starts or has an impossible date', () => {
    expect(() => checkRuleSetTimeline([dated('A', '2025-01-01', '2024-12-31')])).toThrow(RuleSetTimelineError);
    expect(() => checkRuleSetTimeline([dated('A', '2025-02-30', null)])).toThrow(RuleSetTimelineError);
  });

  it('accepts rule sets that follow one another day after day', () => {
    expect(() => checkRuleSetTimeline([dated('A', '2024-01-01', '2024-12-31'), dated('B', '2025-01-01', null)])).not.toThrow();
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => ruleSetInForce(flag.ruleSets, '15/06/2025')).toThrow(RangeError);
  });
});

describe('calendar dates', () => {
  it('takes the date in Vietnam (UTC+7), not in UTC', () => {
    expect(calendarDateInVietnam(new Date('2025-06-30T17:30:00Z'))).toBe('2025-07-01');
    expect(calendarDateInVietnam(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
  });

  it('validates, adds days and formats the Vietnamese way', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(addDays('2025-06-30', 1)).toBe('2025-07-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(formatDate('2025-07-01', 'vi')).toBe('01/07/2025');
    expect(formatDate('2025-07-01', 'en')).toBe('2025-07-01');
  });
});

describe('exact fractions', () => {
  it('keeps decimal multiples exactly', () => {
    expect(times('1.5')).toEqual({ numerator: 15, denominator: 10 });
    expect(times('0.3')).toEqual({ numerator: 3, denominator: 10 });
    expect(times('12')).toEqual({ numerator: 12, denominator: 1 });
    expect(() => times('1,5')).toThrow(RangeError);
    expect(() => times('-1')).toThrow(RangeError);
  });

  it('rounds where floating point would not', () => {
    // In floating point 100 × 0.07 is 7.000000000000001 and 100 × 0.57 is 56.99999999999999.
    expect(ceilOf(100, percent(7))).toBe(7);
    expect(floorOf(100, percent(57))).toBe(57);
    expect(ceilOf(9, percent(80))).toBe(8);
    expect(ceilOf(9, percent(90))).toBe(9);
    expect(floorOf(8, percent(25))).toBe(2);
    expect(floorOf(7, percent(25))).toBe(1);
  });
});

describe('submissionWindowFor', () => {
  it('places the window of an emulation year on calendar dates', () => {
    const window = { opens: { yearOffset: 0, month: 11, day: 1 }, closes: { yearOffset: 1, month: 1, day: 31 } };
    expect(submissionWindowFor(window, 2023)).toEqual({ opensOn: '2023-11-01', closesOn: '2024-01-31' });
  });

  it('refuses a window that closes before it opens', () => {
    const window = { opens: { yearOffset: 0, month: 12, day: 1 }, closes: { yearOffset: 0, month: 1, day: 31 } };
    expect(() => submissionWindowFor(window, 2023)).toThrow(RangeError);
  });
});

describe('ruleSetOfVote', () => {
  it('gives the conference of 27/11/2023 the first rule set, Decree 98/2023, which its flag nominations keep', () => {
    expect(ruleSetOfVote(flag.ruleSets, '2023-11-27')).toEqual({
      ruleSet: expect.objectContaining({ legalBasis: DECREE_98_2023 }),
      inForce: false,
    });
  });

  it('gives a conference of November 2025 Decree 152/2025, in force that day', () => {
    expect(ruleSetOfVote(flag.ruleSets, '2025-11-20')).toEqual({
      ruleSet: expect.objectContaining({ legalBasis: DECREE_152_2025 }),
      inForce: true,
    });
  });

  it('gives nothing when the award type has no rule set, or none applies any more', () => {
    expect(ruleSetOfVote([], '2025-11-20')).toBeNull();
    expect(ruleSetOfVote([dated('A', '2024-01-01', '2024-12-31')], '2025-01-01')).toBeNull();
  });
});
