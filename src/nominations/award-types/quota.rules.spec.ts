import { describe, expect, it } from '@jest/globals';
import { describeQuota, quotaLimit, quotaStanding, type QuotaRule } from './quota.rules.js';
import { percent } from '../../platform/numbers/ratio.js';

const atMostTwo: QuotaRule = { kind: 'at_most', count: 2 };
const quarterDown: QuotaRule = { kind: 'share_of_members', share: percent(25), rounding: 'down' };
const quarterUp: QuotaRule = { kind: 'share_of_members', share: percent(25), rounding: 'up' };

describe('quotaLimit', () => {
  it('gives a fixed number whatever the size of the cluster', () => {
    expect(quotaLimit(atMostTwo, 8)).toBe(2);
    expect(quotaLimit(atMostTwo, 5)).toBe(2);
  });

  it('gives a share of the members rounded down', () => {
    expect(quotaLimit(quarterDown, 8)).toBe(2);
    expect(quotaLimit(quarterDown, 7)).toBe(1);
    expect(quotaLimit(quarterDown, 9)).toBe(2);
    expect(quotaLimit(quarterDown, 3)).toBe(0);
  });

  it('gives a share of the members rounded up', () => {
    expect(quotaLimit(quarterUp, 8)).toBe(2);
    expect(quotaLimit(quarterUp, 7)).toBe(2);
    expect(quotaLimit(quarterUp, 9)).toBe(3);
    expect(quotaLimit(quarterUp, 0)).toBe(0);
  });

  it('refuses impossible rules and counts', () => {
    expect(() => quotaLimit({ kind: 'share_of_members', share: percent(120), rounding: 'down' }, 8)).toThrow(RangeError);
    expect(() => quotaLimit({ kind: 'at_most', count: -1 }, 8)).toThrow(RangeError);
    expect(() => quotaLimit(atMostTwo, 2.5)).toThrow(RangeError);
  });
});

describe('quotaStanding', () => {
  it('counts the places left', () => {
    expect(quotaStanding(quarterDown, 8, 0)).toEqual({ limit: 2, counted: 0, remaining: 2, exceeded: false });
    expect(quotaStanding(quarterDown, 8, 1)).toEqual({ limit: 2, counted: 1, remaining: 1, exceeded: false });
  });

  it('is full, not exceeded, when every place is taken', () => {
    expect(quotaStanding(quarterDown, 8, 2)).toEqual({ limit: 2, counted: 2, remaining: 0, exceeded: false });
  });

  it('is exceeded when more are counted than allowed', () => {
    expect(quotaStanding(quarterDown, 8, 3)).toEqual({ limit: 2, counted: 3, remaining: 0, exceeded: true });
    expect(quotaStanding(atMostTwo, 5, 3).exceeded).toBe(true);
  });

  it('refuses a negative count', () => {
    expect(() => quotaStanding(atMostTwo, 8, -1)).toThrow(RangeError);
  });
});

describe('describeQuota', () => {
  it('explains the rule and its result', () => {
    expect(describeQuota(atMostTwo, 8).vi).toBe('tối đa 2 đề nghị');
    expect(describeQuota(quarterDown, 8).vi).toBe('25% số thành viên (8), làm tròn xuống: 2 đề nghị');
    expect(describeQuota(quarterUp, 7).en).toBe('25% of the members (7), rounded up: 2 nominations');
  });
});
