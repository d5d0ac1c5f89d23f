import { Injectable } from '@nestjs/common';
import { calendarDateInVietnam, type IsoDate, yearOf } from './calendar.js';

/**
 * The one source of "now", in Vietnam time: every default date and year comes from here, so a
 * server in UTC does not date a change made at 06:30 in Hà Nội one day early. Tests fix it.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's calendar date in Vietnam. */
  today(): IsoDate {
    return calendarDateInVietnam(this.now());
  }

  /** This year in Vietnam. */
  currentYear(): number {
    return yearOf(this.today());
  }
}
