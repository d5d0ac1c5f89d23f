export interface ThrottleSettings {
  maxFailures: number;
  windowMinutes: number;
  lockoutMinutes: number;
}

export interface AttemptState {
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

const MINUTE = 60_000;

/** Seconds until the name may try again; 0 when it is not locked. */
export function secondsLocked(state: AttemptState | undefined, now: Date): number {
  if (!state?.lockedUntil || state.lockedUntil <= now) return 0;
  return Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000);
}

/**
 * Counts a failed login. Failures older than the window are forgotten; reaching the maximum within
 * the window locks the name for the lockout period and starts a fresh count.
 */
export function afterFailure(state: AttemptState | undefined, now: Date, settings: ThrottleSettings): AttemptState {
  const windowOpen = state && now.getTime() - state.windowStartedAt.getTime() < settings.windowMinutes * MINUTE;
  const failures = windowOpen ? state.failures + 1 : 1;
  const windowStartedAt = windowOpen ? state.windowStartedAt : now;
  if (failures >= settings.maxFailures) {
    return { failures: 0, windowStartedAt: now, lockedUntil: new Date(now.getTime() + settings.lockoutMinutes * MINUTE) };
  }
  return { failures, windowStartedAt, lockedUntil: null };
}
