import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { afterFailure, delayAfter, type FailureCount, secondsToWait, type ThrottlePolicy } from './login-throttle.rules.js';

const policy: ThrottlePolicy = { freeFailures: 5, firstDelaySeconds: 30, maxDelaySeconds: 900, forgetAfterMinutes: 60 };
const at = (second: number) => new Date(Date.UTC(2024, 0, 1, 8, 0, second));

function failuresAt(seconds: number[], rules = policy): FailureCount | undefined {
  return seconds.reduce<FailureCount | undefined>((count, second) => afterFailure(count, at(second), rules), undefined);
}

describe('sign-in throttling by growing delays', () => {
  it('lets the free failures try again at once, then makes each further try wait twice as long, up to the cap', () => {
    expect([1, 2, 3, 4].map((n) => delayAfter(n, policy))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 40].map((n) => delayAfter(n, policy))).toEqual([30, 60, 120, 240, 480, 900, 900, 900]);
  });

  it('counts the wait from the last failure', () => {
    const count = failuresAt([0, 1, 2, 3, 4]);
    expect(secondsToWait(count, at(4), policy)).toBe(30);
    expect(secondsToWait(count, at(20), policy)).toBe(14);
    expect(secondsToWait(count, at(34), policy)).toBe(0);
  });

  it('forgets a count after an hour without failures', () => {
    const count = failuresAt([0, 1, 2, 3, 4, 40]);
    expect(count?.failures).toBe(6);
    expect(afterFailure(count, at(40 + 3600), policy).failures).toBe(1);
    expect(secondsToWait(count, at(40 + 3600), policy)).toBe(0);
  });

  const rules: fc.Arbitrary<ThrottlePolicy> = fc.record({
    freeFailures: fc.integer({ min: 1, max: 50 }),
    firstDelaySeconds: fc.integer({ min: 1, max: 120 }),
    maxDelaySeconds: fc.integer({ min: 120, max: 7200 }),
    forgetAfterMinutes: fc.integer({ min: 1, max: 1440 }),
  });

  it('never shortens the delay as failures grow within the window (property)', () => {
    fc.assert(
      fc.property(rules, fc.array(fc.integer({ min: 0, max: 59 }), { minLength: 1, maxLength: 80 }), (rules, gaps) => {
        let second = 0;
        let count: FailureCount | undefined;
        let previous = 0;
        for (const gap of gaps) {
          second += gap;
          count = afterFailure(count, at(second), rules);
          const delay = delayAfter(count.failures, rules);
          expect(delay).toBeGreaterThanOrEqual(previous);
          expect(delay).toBeLessThanOrEqual(rules.maxDelaySeconds);
          previous = delay;
        }
      }),
    );
  });

  it('owes no wait before the free failures are used, and never more than the cap (property)', () => {
    fc.assert(
      fc.property(rules, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 100_000 }), (rules, failures, later) => {
        const count: FailureCount = { failures, lastFailureAt: at(0) };
        const wait = secondsToWait(count, at(later), rules);
        if (failures < rules.freeFailures) expect(wait).toBe(0);
        expect(wait).toBeLessThanOrEqual(rules.maxDelaySeconds);
        expect(secondsToWait(count, at(later + 1), rules)).toBeLessThanOrEqual(wait);
      }),
    );
  });

  it('lets a client that has no count (a success cleared it, or another address) try at once (property)', () => {
    fc.assert(
      fc.property(rules, fc.integer({ min: 0, max: 100_000 }), (rules, second) =>
        expect(secondsToWait(undefined, at(second), rules)).toBe(0),
      ),
    );
  });
});
