import { text, type Locale, type LocalizedText } from '../i18n/locale.js';

/**
 * A calendar date 'YYYY-MM-DD' as it is in Vietnam. Rules compare calendar dates, never instants:
 * a decision signed at 00:30 on 01/07/2025 in Hà Nội falls under the rules of 01/07/2025.
 */
export type IsoDate = string;

/** Every "today" and "this year" of thidua is Vietnam's, whatever the server's time zone. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return utc.toISOString().slice(0, 10) === value;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const utc = new Date(`${date}T00:00:00Z`);
  utc.setUTCDate(utc.getUTCDate() + days);
  return utc.toISOString().slice(0, 10);
}

export function dayBefore(date: IsoDate): IsoDate {
  return addDays(date, -1);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function firstDayOf(year: number): IsoDate {
  return `${year}-01-01`;
}

export function lastDayOf(year: number): IsoDate {
  return `${year}-12-31`;
}

const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Vietnam (UTC+7) of an instant, e.g. of `Clock.now()`. */
export function calendarDateInVietnam(instant: Date): IsoDate {
  const part = (type: Intl.DateTimeFormatPartTypes) => VIETNAM_DAY.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** 01/07/2025 in Vietnamese text (Decree 30 zero-pads day and month), 2025-07-01 in English. */
export function formatDate(date: IsoDate, locale: Locale): string {
  if (locale === 'en') return date;
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** The same date in both locales, for messages built with `text(vi, en)`. */
export function dateText(date: IsoDate): LocalizedText {
  return text(formatDate(date, 'vi'), formatDate(date, 'en'));
}
