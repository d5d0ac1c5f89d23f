import { describe, expect, it } from '@jest/globals';
import type { Actor } from '../../platform/request-context/request-context.js';
import { registerScope } from './register.rules.js';

const officer = (organizationId: string): Actor => ({ userId: 'u', username: 'u', organizationId, roles: ['unit_officer'] });
const staff: Actor = { userId: 's', username: 's', organizationId: null, roles: ['national_staff'] };

describe('registerScope', () => {
  it("lets national staff read everyone's awards", () => {
    expect(registerScope(staff)).toEqual({ allPeople: true, ownUnits: [] });
  });

  it("keeps a unit officer to their own unit's people", () => {
    expect(registerScope(officer('hoa-binh'))).toEqual({ allPeople: false, ownUnits: ['hoa-binh'] });
    expect(registerScope({ ...staff, roles: [] })).toEqual({ allPeople: false, ownUnits: [] });
  });

  it("lets a merged unit read its predecessors' people in its own roll-up, and only there", () => {
    const rollUp = { organizationId: 'phu-tho', predecessorIds: ['hoa-binh', 'vinh-phuc'] };
    expect(registerScope(officer('phu-tho'), rollUp)).toEqual({ allPeople: false, ownUnits: ['phu-tho', 'hoa-binh', 'vinh-phuc'] });
    expect(registerScope(officer('son-la'), rollUp)).toEqual({ allPeople: false, ownUnits: ['son-la'] });
  });
});
