import { describe, expect, it } from '@jest/globals';
import type { Actor } from '../../platform/request-context/request-context.js';
import { actsForOrganization, isClusterSecretariat, mayManageClusterYear } from './access.rules.js';

const officer = (organizationId: string): Actor => ({ userId: 'u', username: 'u', organizationId, roles: ['unit_officer'] });
const staff: Actor = { userId: 's', username: 's', organizationId: 'vusta', roles: ['national_staff'] };

describe('access rules', () => {
  it('lets a unit officer act for their own unit only', () => {
    expect(actsForOrganization(officer('son-la'), 'son-la')).toBe(true);
    expect(actsForOrganization(officer('son-la'), 'lao-cai')).toBe(false);
    expect(actsForOrganization(staff, 'lao-cai')).toBe(true);
  });

  it("makes the chair unit's officers the secretariat of that cluster year", () => {
    expect(isClusterSecretariat(officer('son-la'), { chairOrganizationId: 'son-la', termOpen: true })).toBe(true);
    expect(isClusterSecretariat(officer('lao-cai'), { chairOrganizationId: 'son-la', termOpen: true })).toBe(false);
    expect(isClusterSecretariat(officer('son-la'), { chairOrganizationId: null, termOpen: true })).toBe(false);
  });

  it('locks a closed year to everyone but national staff', () => {
    expect(mayManageClusterYear(officer('son-la'), { chairOrganizationId: 'son-la', termOpen: false })).toBe(false);
    expect(mayManageClusterYear(staff, { chairOrganizationId: 'son-la', termOpen: false })).toBe(true);
  });
});
