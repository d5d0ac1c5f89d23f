import { calendarDateInVietnam, formatDate as formatIsoDate, type IsoDate } from '../../platform/time/calendar.js';
import { formatNumber as formatDecimal } from '../../platform/numbers/ratio.js';
import type { Locale } from '../../platform/i18n/locale.js';

/** 27/11/2023 in Vietnamese, 2023-11-27 in English (the platform's one rule for dates). */
export function formatDate(date: IsoDate | null | undefined, locale: Locale): string {
  return date ? formatIsoDate(date, locale) : '';
}

/** An instant in Vietnam time: `27/11/2023 14:05`. */
export function formatDateTime(instant: Date | string, locale: Locale): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  return `${formatIsoDate(calendarDateInVietnam(date), locale)} ${time}`;
}

/** 1.234,5 in Vietnamese (decimal comma), 1,234.5 in English. */
export function formatNumber(value: number, locale: Locale): string {
  return formatDecimal(value, locale);
}
