import { describe, expect, it } from '@jest/globals';
import { afterFailure, type AttemptState, secondsLocked } from './login-throttle.rules.js';

const settings = { maxFailures: 3, windowMinutes: 15, lockoutMinutes: 10 };
const at = (minute: number) => new Date(Date.UTC(2024, 0, 1, 8, minute));

describe('login throttling', () => {
  it('locks the name for the lockout period at the third failure within the window', () => {
    let state: AttemptState | undefined;
    state = afterFailure(state, at(0), settings);
    state = afterFailure(state, at(1), settings);
    expect(secondsLocked(state, at(1))).toBe(0);
    state = afterFailure(state, at(2), settings);
    expect(secondsLocked(state, at(2))).toBe(600);
    expect(secondsLocked(state, at(12))).toBe(0);
  });

  it('forgets failures older than the window', () => {
    let state = afterFailure(undefined, at(0), settings);
    state = afterFailure(state, at(1), settings);
    state = afterFailure(state, at(20), settings);
    expect(state.failures).toBe(1);
    expect(secondsLocked(state, at(20))).toBe(0);
  });
});
