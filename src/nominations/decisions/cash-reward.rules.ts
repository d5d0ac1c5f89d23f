import { DomainError } from '../../platform/errors/domain-error.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { NOMINATIONS_ERRORS, NOMINATIONS_MESSAGES as M } from '../nominations.messages.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { NomineeKind } from '../award-types/catalogue.js';
import type { CashRewardRule } from '../award-types/rule-set.js';
import { amountText, ceilDiv, multipleText, type Ratio } from '../../platform/numbers/ratio.js';
import { isIsoDate, type IsoDate } from '../../platform/time/calendar.js';

/** Mức lương cơ sở from a date until the next one; passed in as data, never a constant of the rules. */
export interface BaseSalary {
  effectiveFrom: IsoDate;
  amountVnd: number;
  /** E.g. "Nghị định 73/2024/NĐ-CP". */
  legalBasis: string;
}

/** No base salary is known for the decision date, or two apply from the same day. */
export class BaseSalaryUnknownError extends DomainError {
  constructor(message: LocalizedText) {
    super(...errorOf(NOMINATIONS_ERRORS, 'AWARD_DECISION.BASE_SALARY_UNKNOWN', message));
  }
}

/** The base salary in force on a date: the latest one that started on or before it. */
export function baseSalaryOn(baseSalaries: readonly BaseSalary[], date: IsoDate): BaseSalary {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  const started = baseSalaries.filter((s) => s.effectiveFrom <= date);
  const latest = started.reduce<BaseSalary | null>((best, s) => (best === null || s.effectiveFrom > best.effectiveFrom ? s : best), null);
  if (latest === null) throw new BaseSalaryUnknownError(M.noBaseSalaryOn(date));
  if (started.filter((s) => s.effectiveFrom === latest.effectiveFrom).length > 1) {
    throw new BaseSalaryUnknownError(M.baseSalariesFromSameDay(latest.effectiveFrom));
  }
  return latest;
}

export interface CashReward {
  multiplier: Ratio;
  baseSalary: BaseSalary;
  amountVnd: number;
  /** "8 × 2.340.000 đồng (Nghị định 73/2024/NĐ-CP) = 18.720.000 đồng". */
  explanation: LocalizedText;
}

/**
 * Tiền thưởng: the multiplier of the rule set for this kind of recipient × the base salary in force on
 * the decision date, in whole VND rounded up to the rule set's `roundUpToMultipleOf` (1 = exact). Null
 * when the award carries no cash for this kind of recipient.
 */
export function cashRewardFor(input: {
  rule: CashRewardRule | null;
  recipient: NomineeKind;
  decisionDate: IsoDate;
  baseSalaries: readonly BaseSalary[];
}): CashReward | null {
  const multiplier = input.rule?.[input.recipient] ?? null;
  if (input.rule === null || multiplier === null) return null;
  const step = input.rule.roundUpToMultipleOf;
  if (!Number.isSafeInteger(step) || step < 1) throw new RangeError(`Invalid rounding step: ${step}`);
  const baseSalary = baseSalaryOn(input.baseSalaries, input.decisionDate);
  const product = baseSalary.amountVnd * multiplier.numerator;
  if (!Number.isSafeInteger(product)) throw new RangeError('Cash reward exceeds exact integer range.');
  const amountVnd = ceilDiv(product, multiplier.denominator * step) * step;
  return {
    multiplier,
    baseSalary,
    amountVnd,
    explanation: M.cashExplanation(
      multipleText(multiplier),
      amountText(baseSalary.amountVnd),
      baseSalary.legalBasis,
      amountText(amountVnd),
    ),
  };
}
