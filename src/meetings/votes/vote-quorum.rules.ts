import { ceilDiv, floorDiv, percentText, type Ratio } from '../../platform/numbers/ratio.js';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { MEETINGS_MESSAGES as M } from '../meetings.messages.js';
import { COMPARISON_PHRASES, type Proportion } from './vote-rule-set.js';

/*
 * Shares and the quorum: every proportion a vote compares. Counts are whole numbers and shares are compared by
 * cross-multiplication: no floating point decides anything.
 */

/** Whether part/whole meets the proportion, compared as part × denominator against numerator × whole. */
export function meetsProportion(part: number, whole: number, proportion: Proportion): boolean {
  const left = part * proportion.denominator;
  const right = proportion.numerator * whole;
  return proportion.comparison === 'more_than' ? left > right : left >= right;
}

/** The smallest part of `whole` that meets the proportion. */
export function minimumToMeet(whole: number, proportion: Proportion): number {
  const product = whole * proportion.numerator;
  return proportion.comparison === 'more_than' ? floorDiv(product, proportion.denominator) + 1 : ceilDiv(product, proportion.denominator);
}

/** part/whole as a percentage in hundredths, rounded half up in whole numbers: 2/3 → 6667 (66.67 %). */
export function percentHundredths(part: number, whole: number): number {
  return floorDiv(20000 * part + whole, 2 * whole);
}

/** The percentage shown for part/whole: the rounded value of `Share.percent`, "66,67%" / "66.67%". */
export function shareText(part: number, whole: number): LocalizedText {
  return percentText({ numerator: percentHundredths(part, whole), denominator: 10000 });
}

export function proportionText(proportion: Proportion): LocalizedText {
  const fraction = `${proportion.numerator}/${proportion.denominator}`;
  const comparison = COMPARISON_PHRASES[proportion.comparison];
  return text(`${comparison.vi} ${fraction}`, `${comparison.en} ${fraction}`);
}

export interface Share {
  readonly votes: number;
  /** votes over the threshold base; null when that base is 0 (no valid ballot). */
  readonly share: Ratio | null;
  /** The same share as a percentage rounded to 2 decimals, for display; null when the base is 0. */
  readonly percent: number | null;
}

export function shareOf(votes: number, base: number): Share {
  if (base === 0) return { votes, share: null, percent: null };
  const percent = percentHundredths(votes, base) / 100;
  return { votes, share: { numerator: votes, denominator: base }, percent };
}

export type ReasonCode =
  | 'QUORUM_MET'
  | 'QUORUM_NOT_MET'
  | 'THRESHOLD_MET'
  | 'THRESHOLD_NOT_MET'
  | 'WITHIN_QUOTA'
  | 'OVER_QUOTA'
  | 'TIED_AT_CUT_OFF'
  | 'ELECTED'
  | 'NOT_ELECTED'
  | 'TIED_FOR_ELECTION'
  | 'CONFIRMED'
  | 'NOT_CONFIRMED'
  | 'APPROVED'
  | 'REJECTED'
  | 'DECLARED';

export interface Reason {
  readonly code: ReasonCode;
  readonly text: LocalizedText;
}

export interface QuorumCheck {
  readonly met: boolean;
  readonly present: number;
  readonly members: number;
  /** The fewest member units present that make the quorum. */
  readonly minimumPresent: number;
  readonly reason: Reason;
}

/** Whether enough member units are present; a vote may be opened only when this is met. */
export function checkQuorum(quorum: Proportion, memberCount: number, presentCount: number): QuorumCheck {
  const met = meetsProportion(presentCount, memberCount, quorum);
  const present = M.membersPresent(presentCount, memberCount, shareText(presentCount, memberCount));
  const required = proportionText(quorum);
  const reason: Reason = met
    ? { code: 'QUORUM_MET', text: M.quorumMet(present, required) }
    : { code: 'QUORUM_NOT_MET', text: M.quorumNotMet(present, required) };
  const minimumPresent = minimumToMeet(memberCount, quorum);
  return { met, present: presentCount, members: memberCount, minimumPresent, reason };
}
