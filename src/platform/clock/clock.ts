import { Injectable } from '@nestjs/common';

/** The one source of "now", so that tests can fix the date where rules depend on it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  currentYear(): number {
    return this.now().getFullYear();
  }
}
