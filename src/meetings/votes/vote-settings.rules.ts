import { describeQuota, quotaLimit, type QuotaRule } from '../../nominations/award-types/quota.rules.js';
import type { FieldError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { isCount, violation } from './paper-totals.rules.js';
import { COMPARISONS, NO_CHOICE_FALLBACKS, THRESHOLD_BASES, type Proportion, type VoteRuleSet } from './vote-rule-set.js';

/* Settings of a vote: whether a rule set can be applied, and the flag quota K. */

function proportionViolations(field: string, proportion: Proportion, leastNumerator: number): FieldError[] {
  const { numerator, denominator, comparison } = proportion;
  if (!COMPARISONS.includes(comparison)) {
    return [
      violation(`${field}.comparison`, 'Cách so sánh phải là "trên" hoặc "ít nhất".', 'The comparison must be "more than" or "at least".'),
    ];
  }
  if (!isCount(numerator) || !isCount(denominator) || denominator === 0) {
    return [
      violation(
        field,
        'Tỉ lệ phải là một phân số có tử và mẫu là số nguyên, mẫu lớn hơn 0.',
        'The share must be a fraction of whole numbers with a denominator above 0.',
      ),
    ];
  }
  if (numerator < leastNumerator) {
    return [violation(field, 'Tỉ lệ phải lớn hơn 0.', 'The share must be above 0.')];
  }
  if (numerator > denominator || (comparison === 'more_than' && numerator === denominator)) {
    return [violation(field, 'Tỉ lệ này không bao giờ đạt được (vượt quá 100%).', 'This share can never be reached (above 100%).')];
  }
  return [];
}

/** Checks a rule set before it is saved or a vote is held under it; an empty list means it can be applied. */
export function checkVoteRuleSet(rules: VoteRuleSet): FieldError[] {
  const found = [...proportionViolations('quorum', rules.quorum, 0), ...proportionViolations('threshold', rules.threshold, 1)];
  if (!THRESHOLD_BASES.includes(rules.threshold.base)) {
    found.push(violation('threshold.base', 'Cơ sở tính ngưỡng không hợp lệ.', 'Unknown threshold base.'));
  }
  if (!isCount(rules.maxRounds) || rules.maxRounds < 1) {
    found.push(
      violation(
        'maxRounds',
        'Số vòng bỏ phiếu tối đa phải là số nguyên từ 1 trở lên.',
        'The maximum number of rounds must be a whole number of at least 1.',
      ),
    );
  }
  if (!NO_CHOICE_FALLBACKS.includes(rules.fallback)) {
    found.push(violation('fallback', 'Cách xử lý khi không chọn được không hợp lệ.', 'Unknown fallback.'));
  }
  return found;
}

export interface FlagQuota {
  /** K: how many units the cluster may propose, and how many names one ballot may approve. */
  readonly quota: number;
  readonly explanation: LocalizedText;
}

/** K for a cluster of `memberCount` members under the award type's quota rule, and how it was reached. */
export function flagQuota(rule: QuotaRule, memberCount: number): FlagQuota {
  return { quota: quotaLimit(rule, memberCount), explanation: describeQuota(rule, memberCount) };
}
