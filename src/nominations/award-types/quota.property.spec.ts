import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { checkQuota } from '../nominations/eligibility.rules.js';
import { quotaLimit, quotaStanding, type QuotaRule } from './quota.rules.js';

/** Property-based: quotas never shrink as a cluster grows, never exceed it, and the eligibility check agrees with them. */

const quotaRule: fc.Arbitrary<QuotaRule> = fc.oneof(
  fc.integer({ min: 0, max: 20 }).map((count): QuotaRule => ({ kind: 'at_most', count })),
  fc
    .record({ denominator: fc.integer({ min: 1, max: 100 }), rounding: fc.constantFrom('down' as const, 'up' as const) })
    .chain(({ denominator, rounding }) =>
      fc
        .integer({ min: 0, max: denominator })
        .map((numerator): QuotaRule => ({ kind: 'share_of_members', share: { numerator, denominator }, rounding })),
    ),
);

describe('quota properties', () => {
  it('a share-of-members quota grows with the cluster and stays within it', () => {
    fc.assert(
      fc.property(quotaRule, fc.integer({ min: 0, max: 200 }), (rule, members) => {
        const limit = quotaLimit(rule, members);
        expect(limit).toBeGreaterThanOrEqual(0);
        expect(quotaLimit(rule, members + 1)).toBeGreaterThanOrEqual(limit);
        if (rule.kind === 'share_of_members') expect(limit).toBeLessThanOrEqual(members);
      }),
    );
  });

  it('rounding up never gives less than rounding down', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 200 }),
        (denominator, n, members) => {
          const share = { numerator: Math.min(n, denominator), denominator };
          const down = quotaLimit({ kind: 'share_of_members', share, rounding: 'down' }, members);
          const up = quotaLimit({ kind: 'share_of_members', share, rounding: 'up' }, members);
          expect(up - down).toBeGreaterThanOrEqual(0);
          expect(up - down).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('the standing and the eligibility check let exactly `limit` nominations in', () => {
    fc.assert(
      fc.property(quotaRule, fc.uniqueArray(fc.uuid(), { maxLength: 40 }), fc.integer({ min: 0, max: 50 }), (rule, members, others) => {
        const limit = quotaLimit(rule, members.length);
        const standing = quotaStanding(rule, members.length, others + 1);
        expect(standing.exceeded).toBe(others + 1 > limit);
        expect(standing.remaining).toBe(Math.max(0, limit - others - 1));
        const check = checkQuota({
          quota: rule,
          cluster: { id: 'c', name: 'Cụm 3' },
          year: 2023,
          clusterMemberIds: members,
          othersHoldingPlaces: others,
        });
        expect(check.passed).toBe(others < limit);
      }),
    );
  });

  it('counts a unit listed twice once', () => {
    fc.assert(
      fc.property(
        quotaRule,
        fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 30 }),
        (rule, members, others) => {
          const input = { quota: rule, cluster: { id: 'c', name: 'Cụm 3' }, year: 2023, othersHoldingPlaces: others };
          expect(checkQuota({ ...input, clusterMemberIds: [...members, ...members] }).passed).toBe(
            checkQuota({ ...input, clusterMemberIds: members }).passed,
          );
        },
      ),
    );
  });
});
