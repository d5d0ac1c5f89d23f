import { describe, expect, it } from '@jest/globals';
import {
  NOMINATION_ACTIONS,
  NOMINATION_ROLES,
  NOMINATION_STATES,
  NominationTransitionRefusedError,
  actorRolesOn,
  allowedActions,
  blocksDuplicate,
  holdsQuotaPlace,
  isEditable,
  nextState,
  requireTransition,
  requiresReasons,
  type NominationAction,
  type NominationRole,
  type NominationState,
} from './nomination.state.js';

/** The workflow as issue 6 states it, written out independently of the table under test. */
const ALLOWED = `
  draft edit unit_officer -> draft
  draft submit unit_officer -> submitted
  draft withdraw unit_officer -> withdrawn
  submitted return national_staff -> returned
  submitted return system_admin -> returned
  submitted forward_to_council national_staff -> in_council
  submitted forward_to_council system_admin -> in_council
  returned edit unit_officer -> returned
  returned resubmit unit_officer -> resubmitted
  resubmitted return national_staff -> returned
  resubmitted return system_admin -> returned
  resubmitted forward_to_council national_staff -> in_council
  resubmitted forward_to_council system_admin -> in_council
  in_council approve council -> approved
  in_council reject council -> rejected
  approved award national_staff -> awarded
  approved award system_admin -> awarded
`
  .trim()
  .split('\n')
  .map((line) => {
    const [state, action, role, , next] = line.trim().split(/\s+/);
    return { state, action, role, next } as {
      state: NominationState;
      action: NominationAction;
      role: NominationRole;
      next: NominationState;
    };
  });

const combinations = NOMINATION_STATES.flatMap((state) =>
  NOMINATION_ACTIONS.flatMap((action) => NOMINATION_ROLES.map((role) => ({ state, action, role }))),
);
const allowed = combinations.filter(({ state, action, role }) =>
  ALLOWED.some((a) => a.state === state && a.action === action && a.role === role),
);
const refused = combinations.filter((c) => !allowed.includes(c));

describe('nextState: every allowed transition', () => {
  it('enumerates 9 states × 9 actions × 4 roles', () => {
    expect(combinations).toHaveLength(324);
    expect(allowed).toHaveLength(ALLOWED.length);
  });

  it.each(allowed)('$state → $action by $role', ({ state, action, role }) => {
    const expected = ALLOWED.find((a) => a.state === state && a.action === action && a.role === role)!;
    expect(nextState(state, action, [role])).toEqual({ allowed: true, next: expected.next });
  });
});

describe('nextState: every other (state, action, role) is refused', () => {
  it.each(refused)('$state → $action by $role', ({ state, action, role }) => {
    const someoneMay = ALLOWED.some((a) => a.state === state && a.action === action);
    const outcome = nextState(state, action, [role]);
    expect(outcome.allowed).toBe(false);
    if (outcome.allowed) return;
    expect(outcome.refusal).toBe(someoneMay ? 'wrong_role' : 'wrong_state');
    expect(outcome.reason.vi.length).toBeGreaterThan(0);
    expect(outcome.reason.en.length).toBeGreaterThan(0);
  });
});

describe('refusal reasons', () => {
  it('says which states allow the action when the state is wrong', () => {
    const outcome = nextState('submitted', 'edit', ['unit_officer']);
    expect(outcome).toEqual({
      allowed: false,
      refusal: 'wrong_state',
      reason: {
        vi: 'Không thể sửa hồ sơ khi đề nghị đang ở trạng thái "Đã nộp"; chỉ có thể sửa hồ sơ khi đề nghị ở trạng thái "Bản nháp" hoặc "Trả lại để bổ sung, hoàn thiện".',
        en: 'Cannot edit the dossier while the nomination is "Submitted"; this is possible only when it is "Draft" or "Returned for revision".',
      },
    });
  });

  it('says who may act when the role is wrong', () => {
    const submitByStaff = nextState('draft', 'submit', ['national_staff']);
    expect(submitByStaff.allowed === false && submitByStaff.reason.vi).toBe('Chỉ cán bộ của đơn vị đề nghị mới được nộp hồ sơ.');
    const approveByStaff = nextState('in_council', 'approve', ['national_staff', 'system_admin']);
    expect(approveByStaff.allowed === false && approveByStaff.reason.vi).toBe(
      'Chỉ Hội đồng Thi đua – Khen thưởng (qua kết quả biểu quyết) mới được chấp thuận.',
    );
  });

  it('checks the state before the role', () => {
    const outcome = nextState('awarded', 'submit', ['national_staff']);
    expect(outcome.allowed === false && outcome.refusal).toBe('wrong_state');
  });

  it('refuses an actor with no role toward the nomination', () => {
    const outcome = nextState('draft', 'submit', []);
    expect(outcome.allowed === false && outcome.refusal).toBe('wrong_role');
  });

  it('becomes a 409 or a 403 domain error', () => {
    const wrongState = nextState('approved', 'return', ['national_staff']);
    const wrongRole = nextState('submitted', 'return', ['unit_officer']);
    if (wrongState.allowed || wrongRole.allowed) throw new Error('expected refusals');
    const stateError = new NominationTransitionRefusedError(wrongState);
    const roleError = new NominationTransitionRefusedError(wrongRole);
    expect([stateError.code, stateError.kind]).toEqual(['NOMINATION.WRONG_STATE', 'conflict']);
    expect([roleError.code, roleError.kind]).toEqual(['NOMINATION.WRONG_ROLE', 'forbidden']);
    expect(roleError.text).toEqual(wrongRole.reason);
  });
});

describe('a nomination returned twice, then approved and awarded', () => {
  it('walks the whole workflow', () => {
    const officer: NominationRole[] = ['unit_officer'];
    const staff: NominationRole[] = ['national_staff'];
    const council: NominationRole[] = ['council'];
    const steps: [NominationAction, NominationRole[], NominationState][] = [
      ['edit', officer, 'draft'],
      ['submit', officer, 'submitted'],
      ['return', staff, 'returned'],
      ['edit', officer, 'returned'],
      ['resubmit', officer, 'resubmitted'],
      ['return', staff, 'returned'],
      ['resubmit', officer, 'resubmitted'],
      ['forward_to_council', staff, 'in_council'],
      ['approve', council, 'approved'],
      ['award', staff, 'awarded'],
    ];
    let state: NominationState = 'draft';
    for (const [action, roles, expected] of steps) {
      const outcome = nextState(state, action, roles);
      expect(outcome).toEqual({ allowed: true, next: expected });
      state = expected;
    }
    expect(allowedActions(state, ['national_staff', 'system_admin', 'unit_officer'])).toEqual([]);
  });
});

describe('questions answered from the table', () => {
  it('lists what each role may do now', () => {
    expect(allowedActions('draft', ['unit_officer'])).toEqual(['edit', 'submit', 'withdraw']);
    expect(allowedActions('draft', ['national_staff'])).toEqual([]);
    expect(allowedActions('submitted', ['national_staff'])).toEqual(['return', 'forward_to_council']);
    expect(allowedActions('resubmitted', ['unit_officer', 'system_admin'])).toEqual(['return', 'forward_to_council']);
    expect(allowedActions('in_council', ['unit_officer'])).toEqual([]);
    expect(allowedActions('in_council', ['system_admin'])).toEqual([]);
    expect(allowedActions('in_council', ['council'])).toEqual(['approve', 'reject']);
  });

  it('allows editing only in draft or returned', () => {
    expect(NOMINATION_STATES.filter(isEditable)).toEqual(['draft', 'returned']);
  });

  it('asks reasons for a return and a rejection', () => {
    expect(NOMINATION_ACTIONS.filter(requiresReasons)).toEqual(['return', 'reject']);
  });

  it('holds a quota place from submission until rejected or withdrawn', () => {
    expect(NOMINATION_STATES.filter(holdsQuotaPlace)).toEqual([
      'submitted',
      'returned',
      'resubmitted',
      'in_council',
      'approved',
      'awarded',
    ]);
  });

  it('lets only a withdrawn nomination be made again', () => {
    expect(NOMINATION_STATES.filter((s) => !blocksDuplicate(s))).toEqual(['withdrawn']);
  });
});

describe('actorRolesOn', () => {
  const nomination = { proposingOrganizationId: 'son-la' };

  it('makes an officer of the proposing unit its unit officer', () => {
    expect(actorRolesOn({ roles: ['unit_officer'], organizationId: 'son-la' }, nomination)).toEqual(['unit_officer']);
  });

  it('gives an officer of another unit no role', () => {
    expect(actorRolesOn({ roles: ['unit_officer'], organizationId: 'hoa-binh' }, nomination)).toEqual([]);
    expect(nextState('draft', 'submit', actorRolesOn({ roles: ['unit_officer'], organizationId: 'hoa-binh' }, nomination)).allowed).toBe(
      false,
    );
  });

  it('keeps national staff and administrators whatever their organization', () => {
    expect(actorRolesOn({ roles: ['national_staff'], organizationId: 'vusta' }, nomination)).toEqual(['national_staff']);
    expect(actorRolesOn({ roles: ['system_admin', 'auditor'], organizationId: null }, nomination)).toEqual(['system_admin']);
  });

  it("never gives a user the council's role, whatever their roles say", () => {
    expect(actorRolesOn({ roles: ['council', 'national_staff'], organizationId: null }, nomination)).toEqual(['national_staff']);
  });
});

describe('requireTransition', () => {
  const sonLaOfficer = { roles: ['unit_officer'], organizationId: 'son-la' };

  it('answers the next state of an allowed action', () => {
    expect(requireTransition(sonLaOfficer, { state: 'draft', proposingOrganizationId: 'son-la' }, 'submit')).toBe('submitted');
  });

  it('throws 409 for the wrong state and 403 for the wrong role', () => {
    const refused = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error as NominationTransitionRefusedError;
      }
      throw new Error('expected a refusal');
    };
    const wrongState = refused(() => requireTransition(sonLaOfficer, { state: 'submitted', proposingOrganizationId: 'son-la' }, 'edit'));
    expect(wrongState).toBeInstanceOf(NominationTransitionRefusedError);
    expect([wrongState.code, wrongState.kind]).toEqual(['NOMINATION.WRONG_STATE', 'conflict']);
    const wrongRole = refused(() => requireTransition(sonLaOfficer, { state: 'submitted', proposingOrganizationId: 'son-la' }, 'return'));
    expect([wrongRole.code, wrongRole.kind]).toEqual(['NOMINATION.WRONG_ROLE', 'forbidden']);
  });

  it('lets the council act through the roles it is given, and no one else', () => {
    const staff = { roles: ['national_staff'], organizationId: 'vusta' };
    const inCouncil = { state: 'in_council' as const, proposingOrganizationId: 'son-la' };
    expect(requireTransition(staff, inCouncil, 'reject', ['council'])).toBe('rejected');
    expect(() => requireTransition(staff, inCouncil, 'approve')).toThrow(NominationTransitionRefusedError);
  });
});
