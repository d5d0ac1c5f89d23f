import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { joinTexts, text, type LocalizedText } from '../../platform/i18n/locale.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { NOMINATIONS_ERRORS } from '../nominations.messages.js';
import type { AwardForm, AwardLevel, DossierDocumentKind, NomineeKind } from './catalogue.js';
import type { LegalBasis } from './legal-basis.js';
import { type Ratio } from '../../platform/numbers/ratio.js';
import { addDays, dateText, isIsoDate, type IsoDate } from '../../platform/time/calendar.js';
import type { QuotaRule } from './quota.rules.js';

/** Titles held in consecutive years, read from the award register (e.g. 3 × Chiến sĩ thi đua cơ sở). */
export interface Prerequisite {
  /** Award type codes any one of which counts for a year. */
  anyOf: string[];
  consecutiveYears: number;
  /** The run may end in the nomination year or up to this many years before it. */
  mayEndYearsBefore: number;
}

/** A date relative to the emulation year: `{ yearOffset: 1, month: 1, day: 31 }` is 31 January of the next year. */
export interface YearlyDate {
  yearOffset: number;
  month: number;
  day: number;
}

export interface SubmissionWindow {
  opens: YearlyDate;
  closes: YearlyDate;
}

export interface DateRange {
  opensOn: IsoDate;
  closesOn: IsoDate;
}

/** The window's dates for one emulation year; a year's own announcement may replace it. */
export function submissionWindowFor(window: SubmissionWindow, year: number): DateRange {
  const resolve = (d: YearlyDate) =>
    `${String(year + d.yearOffset).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  const range = { opensOn: resolve(window.opens), closesOn: resolve(window.closes) };
  if (!isIsoDate(range.opensOn) || !isIsoDate(range.closesOn) || range.opensOn > range.closesOn) {
    throw new RangeError(`Invalid submission window for ${year}: ${range.opensOn} – ${range.closesOn}`);
  }
  return range;
}

/** Cash reward as a multiple of the base salary (mức lương cơ sở) on the decision date. */
export interface CashRewardRule {
  collective: Ratio | null;
  individual: Ratio | null;
  /**
   * The amount is rounded up to a multiple of this many VND; 1 keeps the exact amount. Decrees 98/2023 and
   * 152/2025, as far as their published text was seen, state no rounding, so the catalog keeps 1.
   */
  roundUpToMultipleOf: number;
}

/**
 * The rules of one award type while one legal instrument applies (effectiveFrom ≤ date ≤ effectiveTo).
 * A nomination is judged by the rule set in force on the day it is submitted (before that, on the day it
 * is evaluated), and keeps that rule set's legal basis.
 */
export interface AwardRuleSet {
  legalBasis: LegalBasis;
  effectiveFrom: IsoDate;
  /** Inclusive; null while the instrument applies. */
  effectiveTo: IsoDate | null;
  /** The nomination needs a passing vote of the cluster conference as its basis (suy tôn). */
  needsClusterVote: boolean;
  /** Places per cluster and year; null when no quota applies. */
  quota: QuotaRule | null;
  /** Share of the council's total membership that must vote in favour; null when no council vote is required. */
  councilThreshold: Ratio | null;
  prerequisites: Prerequisite[];
  /** Null when nominations are taken all year. */
  submissionWindow: SubmissionWindow | null;
  requiredDocuments: DossierDocumentKind[];
  /** Null when the award carries no cash. */
  cashReward: CashRewardRule | null;
}

export interface AwardTypeDefinition {
  /** Stable code, upserted by the seed. */
  code: string;
  name: LocalizedText;
  level: AwardLevel;
  form: AwardForm;
  awardingAuthority: LocalizedText;
  nomineeKinds: NomineeKind[];
  /** False for types kept only so that the register can hold them (awarded elsewhere, counted in chains). */
  nominatedThroughVusta: boolean;
  ruleSets: AwardRuleSet[];
}

export type DatedRuleSet = Pick<AwardRuleSet, 'legalBasis' | 'effectiveFrom' | 'effectiveTo'>;

/** The rule sets of an award type do not form one unbroken timeline. */
export class RuleSetTimelineError extends DomainError {
  constructor(message: LocalizedText, fieldErrors: FieldError[]) {
    super(...errorOf(NOMINATIONS_ERRORS, 'AWARD_TYPE.RULE_SET_TIMELINE', message), fieldErrors);
  }
}

/** No rule set of the award type covers the date a nomination is judged on. */
export class NoRuleSetInForceError extends DomainError {
  constructor(message: LocalizedText) {
    super(...errorOf(NOMINATIONS_ERRORS, 'AWARD_TYPE.NO_RULE_SET_IN_FORCE', message));
  }
}

function periodText(r: DatedRuleSet): LocalizedText {
  const from = dateText(r.effectiveFrom);
  if (r.effectiveTo === null) return text(`từ ${from.vi}`, `from ${from.en}`);
  const to = dateText(r.effectiveTo);
  return text(`từ ${from.vi} đến ${to.vi}`, `from ${from.en} to ${to.en}`);
}

function timelineError(index: number, message: LocalizedText): RuleSetTimelineError {
  return new RuleSetTimelineError(message, [{ field: `ruleSets[${index}].effectiveFrom`, message }]);
}

/**
 * Checks that the rule sets follow one another day after day, with no gap and no overlap, so that
 * exactly one applies on any date from the first one's start. Throws RuleSetTimelineError.
 */
export function checkRuleSetTimeline(ruleSets: readonly DatedRuleSet[]): void {
  if (ruleSets.length === 0) {
    throw new RuleSetTimelineError(text('Loại khen thưởng chưa có bộ quy tắc nào.', 'The award type has no rule set.'), [
      { field: 'ruleSets', message: text('Cần ít nhất một bộ quy tắc.', 'At least one rule set is needed.') },
    ]);
  }
  ruleSets.forEach((r, index) => {
    const badDates =
      !isIsoDate(r.effectiveFrom) || (r.effectiveTo !== null && (!isIsoDate(r.effectiveTo) || r.effectiveTo < r.effectiveFrom));
    if (badDates) {
      throw timelineError(
        index,
        text(
          `Bộ quy tắc theo ${r.legalBasis.citation.vi} có ngày hiệu lực không hợp lệ (${r.effectiveFrom} – ${r.effectiveTo ?? '…'}).`,
          `The rule set under ${r.legalBasis.citation.en} has invalid dates (${r.effectiveFrom} – ${r.effectiveTo ?? '…'}).`,
        ),
      );
    }
  });
  const ordered = ruleSets
    .map((ruleSet, index) => ({ ruleSet, index }))
    .sort((a, b) => a.ruleSet.effectiveFrom.localeCompare(b.ruleSet.effectiveFrom));
  for (let i = 1; i < ordered.length; i++) {
    const previous = ordered[i - 1].ruleSet;
    const { ruleSet: next, index } = ordered[i];
    const describe = (r: DatedRuleSet) =>
      text(`${r.legalBasis.citation.vi} (${periodText(r).vi})`, `${r.legalBasis.citation.en} (${periodText(r).en})`);
    const pair = joinTexts([describe(previous), describe(next)], text(' và ', ' and '));
    if (previous.effectiveTo === null || previous.effectiveTo >= next.effectiveFrom) {
      const from = dateText(next.effectiveFrom);
      const end = previous.effectiveTo === null ? next.effectiveTo : minDate(previous.effectiveTo, next.effectiveTo);
      const until = end === null ? text('trở đi', 'onwards') : text(`đến ${dateText(end).vi}`, `to ${dateText(end).en}`);
      throw timelineError(
        index,
        text(
          `Hai bộ quy tắc chồng lấn nhau: ${pair.vi} cùng áp dụng từ ${from.vi} ${until.vi}.`,
          `Two rule sets overlap: ${pair.en} both apply from ${from.en} ${until.en}.`,
        ),
      );
    }
    const gapStart = addDays(previous.effectiveTo, 1);
    if (gapStart < next.effectiveFrom) {
      const first = dateText(gapStart);
      const last = dateText(addDays(next.effectiveFrom, -1));
      throw timelineError(
        index,
        text(
          `Các bộ quy tắc bị gián đoạn: từ ${first.vi} đến ${last.vi} không có bộ quy tắc nào áp dụng (giữa ${pair.vi}).`,
          `The rule sets leave a gap: none applies from ${first.en} to ${last.en} (between ${pair.en}).`,
        ),
      );
    }
  }
}

function minDate(a: IsoDate, b: IsoDate | null): IsoDate {
  return b === null || a <= b ? a : b;
}

/**
 * The rule set in force on `date` (the day the nomination is submitted, or evaluated before submission).
 * Throws RuleSetTimelineError on a gap or overlap anywhere in the timeline, NoRuleSetInForceError when
 * the date lies before the first rule set or after the last one ended.
 */
export function ruleSetInForce<T extends DatedRuleSet>(ruleSets: readonly T[], date: IsoDate): T {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  checkRuleSetTimeline(ruleSets);
  const inForce = ruleSets.find((r) => r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo));
  if (inForce) return inForce;
  const first = ruleSets.reduce((a, b) => (a.effectiveFrom <= b.effectiveFrom ? a : b));
  const on = dateText(date);
  if (date < first.effectiveFrom) {
    throw new NoRuleSetInForceError(
      text(
        `Không có bộ quy tắc nào áp dụng vào ngày ${on.vi}: bộ quy tắc sớm nhất (${first.legalBasis.citation.vi}) áp dụng từ ngày ${dateText(first.effectiveFrom).vi}.`,
        `No rule set applies on ${on.en}: the earliest (${first.legalBasis.citation.en}) applies from ${first.effectiveFrom}.`,
      ),
    );
  }
  const last = ruleSets.reduce((a, b) => (a.effectiveFrom >= b.effectiveFrom ? a : b));
  throw new NoRuleSetInForceError(
    text(
      `Không có bộ quy tắc nào áp dụng vào ngày ${on.vi}: bộ quy tắc cuối cùng (${last.legalBasis.citation.vi}) hết hiệu lực ngày ${dateText(last.effectiveTo ?? date).vi}.`,
      `No rule set applies on ${on.en}: the last one (${last.legalBasis.citation.en}) ended on ${last.effectiveTo ?? date}.`,
    ),
  );
}

/**
 * The rule set a cluster vote held on \`meetingDate\` applies (its quota and the legal basis it cites), and so the
 * one the nominations made from that vote are judged by: one instrument for the vote and its nominations. It is
 * the rule set in force that day or, for a vote held before the first rule set, that first one, since the
 * proposals are submitted and judged after the meeting. Null when the award type has no rule set, or none
 * applies any more. UNVERIFIED: that a nomination proposed by the conference keeps the instrument of the vote
 * when it is submitted after a newer one took effect; the transitional clauses seen speak of dossiers, not votes.
 */
export function ruleSetOfVote<T extends DatedRuleSet>(
  ruleSets: readonly T[],
  meetingDate: IsoDate,
): { ruleSet: T; inForce: boolean } | null {
  if (ruleSets.length === 0) return null;
  checkRuleSetTimeline(ruleSets);
  const applies = recordForMatterOf(ruleSets, meetingDate);
  return applies && { ruleSet: applies.record, inForce: applies.inForce };
}

/**
 * Of dated records that follow one another, the one a matter raised on \`day\` is decided under: the one in force that
 * day or, before the first takes effect, that first one. The vote's rule set and the tờ trình's legal bases both
 * come from it, so they cite one instrument.
 */
export function recordForMatterOf<T extends { effectiveFrom: string; effectiveTo: string | null }>(
  records: readonly T[],
  day: IsoDate,
): { record: T; inForce: boolean } | null {
  const ordered = [...records].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const inForce = ordered.find((r) => r.effectiveFrom <= day && (r.effectiveTo === null || day <= r.effectiveTo));
  if (inForce) return { record: inForce, inForce: true };
  return ordered.length > 0 && day < ordered[0].effectiveFrom ? { record: ordered[0], inForce: false } : null;
}
