import { createHash } from 'node:crypto';

/** The hidden field of every web form carrying its key: a double submit of the form writes once. */
export const IDEMPOTENCY_FIELD = '_idempotency';

/** Printable ASCII, as RFC 9110 field values and the IETF Idempotency-Key draft expect (a UUID fits). */
const KEY = /^[\x21-\x7e]{1,200}$/;

export function isValidIdempotencyKey(key: string): boolean {
  return KEY.test(key);
}

/** The same data in any key order hashes the same: a retry need not serialise its body identically. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** What makes a retry "the same request": its route and its body. */
export function requestFingerprint(route: string, body: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([route, canonical(body ?? null)]))
    .digest('hex');
}

/** What the stored row says about a new request with the same key. */
export type StoredAttempt =
  | { state: 'claimed' }
  | { state: 'completed'; requestHash: string; statusCode: number; body: unknown }
  /** Not answered yet; `written`: a transaction of it has committed; `stale`: older than a live request can be. */
  | { state: 'running'; requestHash: string; written: boolean; stale: boolean };

export type Decision =
  | { action: 'run' }
  | { action: 'replay'; statusCode: number; body: unknown }
  | { action: 'refuse'; reason: 'other_body' | 'running' | 'answer_lost' };

export function decide(attempt: StoredAttempt, requestHash: string): Decision {
  if (attempt.state === 'claimed') return { action: 'run' };
  if (attempt.requestHash !== requestHash) return { action: 'refuse', reason: 'other_body' };
  // Its write committed but the process went away before storing the answer: it must not run again.
  if (attempt.state === 'running') return { action: 'refuse', reason: attempt.written && attempt.stale ? 'answer_lost' : 'running' };
  return { action: 'replay', statusCode: attempt.statusCode, body: attempt.body };
}
