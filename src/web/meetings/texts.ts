import { calendarDateInVietnam, formatDate } from '../../platform/time/calendar.js';
import type { Locale } from '../../platform/i18n/locale.js';
import { vietnamDateAndTime } from './meeting-form.js';
import { MEETING_PAGES } from './meetings.messages.js';

/** 27/11/2023: the day in Vietnam of an instant. */
export function dateText(instant: Date | string, locale: Locale): string {
  return formatDate(calendarDateInVietnam(new Date(instant)), locale);
}

/** 27/11/2023 08:00, Vietnam time. */
export function dateTimeText(instant: Date | string, locale: Locale): string {
  return `${dateText(instant, locale)} ${vietnamDateAndTime(new Date(instant)).time}`;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value an amendment changed, said briefly: text as it is, times in Vietnam time, lists item by item. */
export function valueText(value: unknown, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? dateTimeText(value, locale) : value;
  if (Array.isArray(value)) {
    return value
      .map((item: unknown) => {
        if (typeof item !== 'object' || item === null) return String(item);
        const record = item as Record<string, unknown>;
        const present = record.present === undefined ? '' : ` (${(record.present ? MEETING_PAGES.present : MEETING_PAGES.absent)[locale]})`;
        return `${[record.fullName, record.agency, record.position].filter(Boolean).join(', ') || '—'}${present}`;
      })
      .join('; ');
  }
  return JSON.stringify(value);
}
