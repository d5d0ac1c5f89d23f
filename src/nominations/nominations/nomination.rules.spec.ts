import { describe, expect, it } from '@jest/globals';
import { text } from '../../platform/i18n/locale.js';
import type { Actor, Role } from '../../platform/request-context/request-context.js';
import { eligibilityFieldErrors, maySeeNomination, proposalRefusal } from './nomination.rules.js';

const SON_LA = 'son-la';
const HOA_BINH = 'hoa-binh';
const LAO_CAI = 'lao-cai';

function actor(roles: Role[], organizationId: string | null = null): Actor {
  return { userId: 'u', username: 'u', roles, organizationId };
}

const sonLaOfficer = actor(['unit_officer'], SON_LA);
const staff = actor(['national_staff']);

describe('maySeeNomination', () => {
  const nomination = { proposingOrganizationId: SON_LA, nomineeOrganizationId: HOA_BINH };

  it('shows a nomination to national staff, the proposing unit and the nominee’s unit', () => {
    expect(maySeeNomination(staff, nomination)).toBe(true);
    expect(maySeeNomination(actor(['system_admin']), nomination)).toBe(true);
    expect(maySeeNomination(sonLaOfficer, nomination)).toBe(true);
    expect(maySeeNomination(actor(['unit_officer'], HOA_BINH), nomination)).toBe(true);
  });

  it('hides it from any other unit', () => {
    expect(maySeeNomination(actor(['unit_officer'], LAO_CAI), nomination)).toBe(false);
  });
});

describe('proposalRefusal', () => {
  it('lets a unit officer propose their own unit or its people', () => {
    expect(
      proposalRefusal(sonLaOfficer, { proposingOrganizationId: SON_LA, nomineeOrganizationId: SON_LA, clusterChairId: null }),
    ).toBeNull();
  });

  it('refuses a unit officer who proposes in the name of another unit', () => {
    expect(proposalRefusal(sonLaOfficer, { proposingOrganizationId: LAO_CAI, nomineeOrganizationId: LAO_CAI, clusterChairId: null })).toBe(
      'not_own_unit',
    );
  });

  it('refuses a unit officer who proposes another unit, unless their unit chairs the cluster that year', () => {
    const forHoaBinh = { proposingOrganizationId: SON_LA, nomineeOrganizationId: HOA_BINH };
    expect(proposalRefusal(sonLaOfficer, { ...forHoaBinh, clusterChairId: LAO_CAI })).toBe('nominee_outside_unit');
    expect(proposalRefusal(sonLaOfficer, { ...forHoaBinh, clusterChairId: null })).toBe('nominee_outside_unit');
    expect(proposalRefusal(sonLaOfficer, { ...forHoaBinh, clusterChairId: SON_LA })).toBeNull();
  });

  it('lets national staff propose for any unit, and nobody without a role', () => {
    expect(proposalRefusal(staff, { proposingOrganizationId: LAO_CAI, nomineeOrganizationId: HOA_BINH, clusterChairId: null })).toBeNull();
    expect(
      proposalRefusal(actor([], SON_LA), { proposingOrganizationId: SON_LA, nomineeOrganizationId: SON_LA, clusterChairId: null }),
    ).toBe('not_own_unit');
  });
});

describe('eligibilityFieldErrors', () => {
  it('turns every failed check, and only those, into a field error with its reason', () => {
    const missing = text('Hồ sơ còn thiếu: Tờ trình.', 'Missing: proposal letter.');
    const full = text('Hết suất.', 'No place left.');
    expect(
      eligibilityFieldErrors([
        { check: 'NOMINEE_KIND', passed: true, reason: text('ok', 'ok') },
        { check: 'QUOTA', passed: false, reason: full },
        { check: 'REQUIRED_DOCUMENTS', passed: false, reason: missing },
      ]),
    ).toEqual([
      { field: 'clusterId', message: full },
      { field: 'attachments', message: missing },
    ]);
  });
});
