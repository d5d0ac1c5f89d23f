import { describe, expect, it } from '@jest/globals';
import { addDays, calendarDateInVietnam, dayBefore, formatDate, isIsoDate, lastDayOf, yearOf } from './calendar.js';

describe('calendar dates', () => {
  it('gives the day before across month, year and leap-day boundaries', () => {
    expect(dayBefore('2025-07-01')).toBe('2025-06-30');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2023-03-01')).toBe('2023-02-28');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
  });

  it('reads the year of a day and the last day of a year', () => {
    expect(yearOf('2025-07-01')).toBe(2025);
    expect(lastDayOf(2023)).toBe('2023-12-31');
  });

  it('accepts only real calendar days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-1-05')).toBe(false);
  });

  it('dates an instant as Hà Nội does, not as the server does', () => {
    expect(calendarDateInVietnam(new Date('2023-12-31T16:30:00Z'))).toBe('2023-12-31');
    expect(calendarDateInVietnam(new Date('2023-12-31T17:30:00Z'))).toBe('2024-01-01');
  });

  it('writes dates as Vietnamese readers do', () => {
    expect(formatDate('2023-11-27', 'vi')).toBe('27/11/2023');
    expect(formatDate('2023-11-27', 'en')).toBe('2023-11-27');
  });
});
