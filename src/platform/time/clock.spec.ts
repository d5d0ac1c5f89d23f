import { describe, expect, it, jest } from '@jest/globals';
import { Clock } from './clock.js';

function clockAt(instant: string): Clock {
  const clock = new Clock();
  jest.spyOn(clock, 'now').mockReturnValue(new Date(instant));
  return clock;
}

describe('the Vietnam-time clock', () => {
  it('still says 31/12/2023 at 23:30 in Hà Nội (16:30 UTC)', () => {
    const clock = clockAt('2023-12-31T23:30:00+07:00');
    expect(clock.today()).toBe('2023-12-31');
    expect(clock.currentYear()).toBe(2023);
  });

  it('has turned to 2024 at 00:30 in Hà Nội although UTC is still in 2023', () => {
    const clock = clockAt('2023-12-31T17:30:00Z');
    expect(clock.today()).toBe('2024-01-01');
    expect(clock.currentYear()).toBe(2024);
  });
});
