import { describeQuota, quotaLimit, type QuotaRule } from '../../nominations/award-types/quota.rules.js';
import type { FieldError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { MEETINGS_MESSAGES as M } from '../meetings.messages.js';
import { isCount, violation } from './paper-totals.rules.js';
import { COMPARISONS, NO_CHOICE_FALLBACKS, THRESHOLD_BASES, type Proportion, type VoteRuleSet } from './vote-rule-set.js';

/* Settings of a vote: whether a rule set can be applied, and the flag quota K. */

function proportionViolations(field: string, proportion: Proportion, leastNumerator: number): FieldError[] {
  const { numerator, denominator, comparison } = proportion;
  if (!COMPARISONS.includes(comparison)) {
    return [violation(`${field}.comparison`, M.comparisonUnknown)];
  }
  if (!isCount(numerator) || !isCount(denominator) || denominator === 0) {
    return [violation(field, M.shareNotAFraction)];
  }
  if (numerator < leastNumerator) {
    return [violation(field, M.shareZero)];
  }
  if (numerator > denominator || (comparison === 'more_than' && numerator === denominator)) {
    return [violation(field, M.shareUnreachable)];
  }
  return [];
}

/** Checks a rule set before it is saved or a vote is held under it; an empty list means it can be applied. */
export function checkVoteRuleSet(rules: VoteRuleSet): FieldError[] {
  const found = [...proportionViolations('quorum', rules.quorum, 0), ...proportionViolations('threshold', rules.threshold, 1)];
  if (!THRESHOLD_BASES.includes(rules.threshold.base)) {
    found.push(violation('threshold.base', M.thresholdBaseUnknown));
  }
  if (!isCount(rules.maxRounds) || rules.maxRounds < 1) {
    found.push(violation('maxRounds', M.maxRoundsInvalid));
  }
  if (!NO_CHOICE_FALLBACKS.includes(rules.fallback)) {
    found.push(violation('fallback', M.fallbackUnknown));
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
