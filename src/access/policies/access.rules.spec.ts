import { describe, expect, it } from '@jest/globals';
import type { Actor } from '../../platform/request-context/request-context.js';
import { isClusterSecretariat, mayManageClusterYear, ownUnitScope } from './access.rules.js';

const officer = (organizationId: string): Actor => ({ userId: 'u', username: 'u', organizationId, roles: ['unit_officer'] });
const staff: Actor = { userId: 's', username: 's', organizationId: 'vusta', roles: ['national_staff'] };

describe('access rules', () => {
  it('scopes a unit officer to their own unit and national staff to every unit', () => {
    expect(ownUnitScope(officer('son-la'))).toEqual({ allUnits: false, organizationId: 'son-la' });
    expect(ownUnitScope(staff)).toEqual({ allUnits: true });
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
