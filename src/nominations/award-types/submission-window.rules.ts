import { text } from '../../platform/i18n/locale.js';
import { dateText, type IsoDate } from '../../platform/time/calendar.js';
import { checkResult, type EligibilityCheck } from '../nominations/eligibility-check.js';
import type { DateRange } from './rule-set.js';

/** The date lies within the year's submission window, when there is one. */
export function checkSubmissionWindow(input: { window: DateRange | null; asOf: IsoDate; year: number }): EligibilityCheck {
  const { window, asOf, year } = input;
  if (window === null) {
    return checkResult(
      'SUBMISSION_WINDOW',
      true,
      text('Loại khen thưởng này nhận hồ sơ quanh năm.', 'This award type takes nominations all year.'),
    );
  }
  const on = dateText(asOf);
  const opens = dateText(window.opensOn);
  const closes = dateText(window.closesOn);
  const range = text(`từ ${opens.vi} đến ${closes.vi}`, `from ${opens.en} to ${closes.en}`);
  if (asOf < window.opensOn) {
    return checkResult(
      'SUBMISSION_WINDOW',
      false,
      text(
        `Chưa đến thời hạn nộp hồ sơ năm ${year} (${range.vi}); ngày ${on.vi} là quá sớm.`,
        `The ${year} submission window (${range.en}) has not opened; ${on.en} is too early.`,
      ),
    );
  }
  if (asOf > window.closesOn) {
    return checkResult(
      'SUBMISSION_WINDOW',
      false,
      text(
        `Đã hết thời hạn nộp hồ sơ năm ${year} (${range.vi}); ngày ${on.vi} là quá hạn.`,
        `The ${year} submission window (${range.en}) has closed; ${on.en} is too late.`,
      ),
    );
  }
  return checkResult(
    'SUBMISSION_WINDOW',
    true,
    text(
      `Ngày ${on.vi} nằm trong thời hạn nộp hồ sơ năm ${year} (${range.vi}).`,
      `${on.en} is within the ${year} submission window (${range.en}).`,
    ),
  );
}
