import type { IsoDate } from '../../platform/time/calendar.js';
import { NOMINATIONS_MESSAGES as M } from '../nominations.messages.js';
import { checkResult, type EligibilityCheck } from '../nominations/eligibility-check.js';
import type { DateRange } from './rule-set.js';

/** The date lies within the year's submission window, when there is one. */
export function checkSubmissionWindow(input: { window: DateRange | null; asOf: IsoDate; year: number }): EligibilityCheck {
  const { window, asOf, year } = input;
  if (window === null) {
    return checkResult('SUBMISSION_WINDOW', true, M.takenAllYear);
  }
  if (asOf < window.opensOn) return checkResult('SUBMISSION_WINDOW', false, M.windowNotOpen(year, window, asOf));
  if (asOf > window.closesOn) return checkResult('SUBMISSION_WINDOW', false, M.windowClosed(year, window, asOf));
  return checkResult('SUBMISSION_WINDOW', true, M.withinWindow(year, window, asOf));
}
