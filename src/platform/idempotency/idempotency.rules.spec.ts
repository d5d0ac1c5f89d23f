import { describe, expect, it } from '@jest/globals';
import { decide, isValidIdempotencyKey, requestFingerprint } from './idempotency.rules.js';

describe('idempotency rules', () => {
  it('takes printable ASCII keys of 1 to 200 characters', () => {
    expect(isValidIdempotencyKey('4f1c2a9e-0b7d-4c1e-9a35-6d2f8e1b0c47')).toBe(true);
    expect(isValidIdempotencyKey('')).toBe(false);
    expect(isValidIdempotencyKey('a b')).toBe(false);
    expect(isValidIdempotencyKey('khoá')).toBe(false);
    expect(isValidIdempotencyKey('x'.repeat(201))).toBe(false);
  });

  it('fingerprints the same data in any key order alike, and another route or body apart', () => {
    const a = requestFingerprint('POST /x', { b: 1, a: { d: [1, 2], c: null } });
    expect(requestFingerprint('POST /x', { a: { c: null, d: [1, 2] }, b: 1 })).toBe(a);
    expect(requestFingerprint('POST /y', { a: { c: null, d: [1, 2] }, b: 1 })).not.toBe(a);
    expect(requestFingerprint('POST /x', { a: { c: null, d: [2, 1] }, b: 1 })).not.toBe(a);
  });

  it('runs a claimed key, replays a finished one, refuses another body or a running one', () => {
    expect(decide({ state: 'claimed' }, 'h')).toEqual({ action: 'run' });
    expect(decide({ state: 'completed', requestHash: 'h', statusCode: 201, body: { id: 1 } }, 'h')).toEqual({
      action: 'replay',
      statusCode: 201,
      body: { id: 1 },
    });
    expect(decide({ state: 'completed', requestHash: 'h', statusCode: 201, body: {} }, 'other')).toEqual({
      action: 'refuse',
      reason: 'other_body',
    });
    expect(decide({ state: 'running', requestHash: 'h', written: false, stale: false }, 'h')).toEqual({
      action: 'refuse',
      reason: 'running',
    });
    expect(decide({ state: 'running', requestHash: 'h', written: true, stale: false }, 'h')).toEqual({
      action: 'refuse',
      reason: 'running',
    });
  });

  it('never runs again a request whose write committed but whose answer was lost with its process', () => {
    expect(decide({ state: 'running', requestHash: 'h', written: true, stale: true }, 'h')).toEqual({
      action: 'refuse',
      reason: 'answer_lost',
    });
  });
});
