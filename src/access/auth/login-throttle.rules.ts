/**
 * Sign-in throttling by growing delays, counted per client: per (client address, name typed) and per
 * client address. A name is never locked for everyone, so an outsider guessing from elsewhere cannot
 * keep its real user out; the real user's own address, a live session or an administrator's unlock
 * get them in.
 */
export interface ThrottlePolicy {
  /** Failures allowed without any wait. */
  freeFailures: number;
  /** The wait after the first failure past the free ones; it doubles with each further failure. */
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  /** A count is forgotten once no failure has come for this long. */
  forgetAfterMinutes: number;
}

export interface SignInThrottleSettings {
  perName: ThrottlePolicy;
  perAddress: ThrottlePolicy;
}

/** Failures counted for one key (an address and a name, or an address). */
export interface FailureCount {
  failures: number;
  lastFailureAt: Date;
}

const MINUTE = 60_000;

function isForgotten(count: FailureCount | undefined, now: Date, policy: ThrottlePolicy): boolean {
  return !count || now.getTime() - count.lastFailureAt.getTime() >= policy.forgetAfterMinutes * MINUTE;
}

/** The wait owed after `failures` failures: none for the free ones, then doubling up to the cap. */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = failures - policy.freeFailures;
  // 2^31 seconds is past any cap: no need to compute larger powers.
  return Math.min(policy.maxDelaySeconds, policy.firstDelaySeconds * 2 ** Math.min(doublings, 31));
}

/** Seconds until this key may try again; 0 when it may try now. */
export function secondsToWait(count: FailureCount | undefined, now: Date, policy: ThrottlePolicy): number {
  if (!count || isForgotten(count, now, policy)) return 0;
  const readyAt = count.lastFailureAt.getTime() + delayAfter(count.failures, policy) * 1000;
  return Math.max(0, Math.ceil((readyAt - now.getTime()) / 1000));
}

/** Counts one more failure; a forgotten count starts again from one. */
export function afterFailure(count: FailureCount | undefined, now: Date, policy: ThrottlePolicy): FailureCount {
  return { failures: isForgotten(count, now, policy) ? 1 : count!.failures + 1, lastFailureAt: now };
}

/** The longest wait among the keys of one sign-in. */
export function longestWait(waits: number[]): number {
  return waits.reduce((longest, wait) => Math.max(longest, wait), 0);
}
