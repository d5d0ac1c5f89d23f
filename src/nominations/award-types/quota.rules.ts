import type { LocalizedText } from '../../platform/i18n/locale.js';
import { NOMINATIONS_MESSAGES as M } from '../nominations.messages.js';
import { ceilOf, floorOf, percentText, type Ratio } from '../../platform/numbers/ratio.js';

/**
 * Places for one award type per cluster and year: a fixed number, or a share of the cluster's members
 * that year rounded down or up. National law sets no per-cluster quota for a ministry's flag (rules §1.9):
 * the numbers come from VUSTA's regulation and live in the rule set, never here.
 */
export type QuotaRule = ({ kind: 'at_most'; count: number } | { kind: 'share_of_members'; share: Ratio; rounding: 'down' | 'up' }) & {
  /**
   * Where the number comes from: a legal instrument, or VUSTA's practice as far as it is known, an assumption
   * that stays configurable (UNVERIFIED) and is said so wherever the quota is shown. Absent: the instrument.
   */
  source?: QuotaSource;
};

export type QuotaSource = 'instrument' | 'unverified_practice';
export const QUOTA_SOURCES: readonly QuotaSource[] = ['instrument', 'unverified_practice'];

export interface QuotaStanding {
  limit: number;
  counted: number;
  remaining: number;
  /** More nominations are counted than the quota allows. */
  exceeded: boolean;
}

function assertCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer: ${value}`);
}

/** How many nominations the cluster may make that year. */
export function quotaLimit(rule: QuotaRule, memberCount: number): number {
  assertCount('memberCount', memberCount);
  if (rule.kind === 'at_most') {
    assertCount('count', rule.count);
    return rule.count;
  }
  if (rule.share.numerator > rule.share.denominator) throw new RangeError('A share of members cannot exceed 100 %.');
  return rule.rounding === 'down' ? floorOf(memberCount, rule.share) : ceilOf(memberCount, rule.share);
}

/** The places left once `counted` nominations (those holding a place, see `holdsQuotaPlace`) are taken. */
export function quotaStanding(rule: QuotaRule, memberCount: number, counted: number): QuotaStanding {
  assertCount('counted', counted);
  const limit = quotaLimit(rule, memberCount);
  return { limit, counted, remaining: Math.max(0, limit - counted), exceeded: counted > limit };
}

/**
 * What a quota that rests on VUSTA's practice rather than on the instrument says of itself, to follow its citation;
 * null for a quota the instrument sets.
 */
export function quotaSourceNote(rule: QuotaRule): LocalizedText | null {
  return rule.source === 'unverified_practice' ? M.quotaByPractice : null;
}

/** "tối đa 2 đề nghị" or "25% số thành viên (8), làm tròn xuống: 2 đề nghị". */
export function describeQuota(rule: QuotaRule, memberCount: number): LocalizedText {
  const limit = quotaLimit(rule, memberCount);
  if (rule.kind === 'at_most') return M.quotaAtMost(limit);
  return M.quotaShare(percentText(rule.share), memberCount, rule.rounding, limit);
}
