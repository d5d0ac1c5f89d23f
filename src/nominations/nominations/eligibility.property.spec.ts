import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { DossierDocumentKind } from '../award-types/catalogue.js';
import { evaluateEligibility, type EligibilityInput, type ExistingNomination } from './eligibility.rules.js';
import { CHECK_ORDER, cluster3Members2023, flag, fullDossier, sonLa, sonLaFlag2023, sonLaVote } from './eligibility.spec-support.js';
import { blocksDuplicate, NOMINATION_STATES } from './nomination.state.js';

/**
 * Property-based: whatever the nominee's record, the report has every check in its fixed order, is
 * eligible exactly when every check passes, and each check moves only with what it is about.
 */

/** Sơn La's 2023 flag nomination, eligible under Decree 98 (the example of eligibility.rules.spec.ts). */
const ELIGIBLE = sonLaFlag2023;

const otherNomination: fc.Arbitrary<ExistingNomination> = fc.record({
  id: fc.constantFrom('n-1', 'n-2', 'n-son-la'),
  nomineeId: fc.constantFrom('son-la', 'dien-bien'),
  awardTypeCode: fc.constantFrom(flag.code, 'LHHVN_BANG_KHEN'),
  year: fc.integer({ min: 2021, max: 2025 }),
  state: fc.constantFrom(...NOMINATION_STATES),
});

/** Any nominee record around the eligible example: members, places taken, other nominations, documents, date. */
const anyRecord: fc.Arbitrary<EligibilityInput> = fc
  .record({
    members: fc.subarray([...cluster3Members2023, 'quang-ngai']),
    othersHoldingPlaces: fc.integer({ min: 0, max: 12 }),
    nominations: fc.array(otherNomination, { maxLength: 6 }),
    documents: fc.subarray<DossierDocumentKind>(fullDossier),
    basisVote: fc.constantFrom(sonLaVote, { ...sonLaVote, passed: false }, null),
    asOf: fc.constantFrom('2023-06-01', '2023-12-01', '2024-01-10', '2024-06-30'),
  })
  .map((r) => ({
    ...ELIGIBLE,
    clusterMemberIds: r.members,
    othersHoldingPlaces: r.othersHoldingPlaces,
    nomineeNominations: r.nominations,
    attachedDocuments: r.documents,
    basisVote: r.basisVote,
    asOf: r.asOf,
  }));

const passed = (input: EligibilityInput, check: string) => evaluateEligibility(input).checks.find((c) => c.check === check)!.passed;

describe('eligibility properties', () => {
  it('gives every check in its fixed order, each with a reason in both languages, and is eligible exactly when all pass', () => {
    fc.assert(
      fc.property(anyRecord, (input) => {
        const report = evaluateEligibility(input);
        expect(report.checks.map((c) => c.check)).toEqual(CHECK_ORDER);
        for (const check of report.checks) expect(check.reason.vi.length * check.reason.en.length).toBeGreaterThan(0);
        expect(report.eligible).toBe(report.checks.every((c) => c.passed));
      }),
    );
  });

  it('passes cluster membership exactly when the nominee is a member that year', () => {
    fc.assert(
      fc.property(anyRecord, (input) => {
        expect(passed(input, 'CLUSTER_MEMBERSHIP')).toBe(input.clusterMemberIds.includes(sonLa.organizationId));
      }),
    );
  });

  it('never lets more places taken turn a full quota into a free one', () => {
    fc.assert(
      fc.property(anyRecord, fc.integer({ min: 1, max: 5 }), (input, more) => {
        const after = { ...input, othersHoldingPlaces: input.othersHoldingPlaces + more };
        if (!passed(input, 'QUOTA')) expect(passed(after, 'QUOTA')).toBe(false);
      }),
    );
  });

  it('counts as a duplicate only another live nomination of the same nominee, award and year; never itself', () => {
    fc.assert(
      fc.property(anyRecord, (input) => {
        const blocking = input.nomineeNominations.some(
          (n) =>
            n.id !== input.nominationId &&
            n.nomineeId === sonLa.id &&
            n.awardTypeCode === flag.code &&
            n.year === input.year &&
            blocksDuplicate(n.state),
        );
        expect(passed(input, 'NO_DUPLICATE')).toBe(!blocking);
      }),
    );
  });

  it('never turns an ineligible nomination eligible by taking a document away or adding a nomination', () => {
    fc.assert(
      fc.property(anyRecord, otherNomination, (input, extra) => {
        if (evaluateEligibility(input).eligible) return;
        expect(evaluateEligibility({ ...input, attachedDocuments: input.attachedDocuments.slice(1) }).eligible).toBe(false);
        expect(evaluateEligibility({ ...input, nomineeNominations: [...input.nomineeNominations, extra] }).eligible).toBe(false);
      }),
    );
  });

  it('finds the example eligible, so the properties above are not about an always-failing report', () => {
    expect(evaluateEligibility(ELIGIBLE).eligible).toBe(true);
  });
});
