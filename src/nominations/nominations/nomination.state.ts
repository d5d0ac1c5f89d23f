import { DomainError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { joinTexts } from '../../platform/i18n/locale.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { type Transition, TransitionTable } from '../../platform/workflow/transition-table.js';
import { NOMINATIONS_ERRORS, NOMINATIONS_MESSAGES as M } from '../nominations.messages.js';

/** Where a nomination (đề nghị khen thưởng) stands. */
export type NominationState =
  'draft' | 'submitted' | 'returned' | 'resubmitted' | 'in_council' | 'approved' | 'rejected' | 'awarded' | 'withdrawn';

export type NominationAction =
  'edit' | 'submit' | 'withdraw' | 'return' | 'resubmit' | 'forward_to_council' | 'approve' | 'reject' | 'award';

/**
 * The roles an actor holds toward one nomination. `unit_officer` means an officer of the proposing
 * unit (see `actorRolesOn`); an officer of another unit holds no role here. `council` is held by no
 * user: it is the Hội đồng Thi đua – Khen thưởng acting through its recorded vote.
 */
export type NominationRole = 'unit_officer' | 'national_staff' | 'system_admin' | 'council';

export const NOMINATION_STATES: readonly NominationState[] = [
  'draft',
  'submitted',
  'returned',
  'resubmitted',
  'in_council',
  'approved',
  'rejected',
  'awarded',
  'withdrawn',
];

export const NOMINATION_ACTIONS: readonly NominationAction[] = [
  'edit',
  'submit',
  'withdraw',
  'return',
  'resubmit',
  'forward_to_council',
  'approve',
  'reject',
  'award',
];

export const NOMINATION_ROLES: readonly NominationRole[] = ['unit_officer', 'national_staff', 'system_admin', 'council'];

/** Every row of the nomination workflow names who may take it. */
export type NominationTransition = Transition<NominationState, NominationAction, NominationRole> & {
  readonly roles: readonly NominationRole[];
};

const PROPOSER: readonly NominationRole[] = ['unit_officer'];
const REVIEWER: readonly NominationRole[] = ['national_staff', 'system_admin'];
const COUNCIL: readonly NominationRole[] = ['council'];

/**
 * The one workflow of a nomination. Every other question (may this user edit, which buttons to show,
 * does it hold a quota place) is answered from this table.
 * Staff check the dossier (thẩm định) and return it or forward it to the council; only the council's
 * recorded vote approves or rejects (`tallyCouncilVote` decides which); staff mark it awarded when they
 * issue the award decision that includes it.
 */
export const NOMINATION_TRANSITIONS: readonly NominationTransition[] = [
  { from: 'draft', action: 'edit', roles: PROPOSER, to: 'draft' },
  { from: 'draft', action: 'submit', roles: PROPOSER, to: 'submitted' },
  { from: 'draft', action: 'withdraw', roles: PROPOSER, to: 'withdrawn' },
  { from: 'submitted', action: 'return', roles: REVIEWER, to: 'returned' },
  { from: 'submitted', action: 'forward_to_council', roles: REVIEWER, to: 'in_council' },
  { from: 'returned', action: 'edit', roles: PROPOSER, to: 'returned' },
  { from: 'returned', action: 'resubmit', roles: PROPOSER, to: 'resubmitted' },
  { from: 'resubmitted', action: 'return', roles: REVIEWER, to: 'returned' },
  { from: 'resubmitted', action: 'forward_to_council', roles: REVIEWER, to: 'in_council' },
  { from: 'in_council', action: 'approve', roles: COUNCIL, to: 'approved' },
  { from: 'in_council', action: 'reject', roles: COUNCIL, to: 'rejected' },
  { from: 'approved', action: 'award', roles: REVIEWER, to: 'awarded' },
];

/** Actions whose comment must give the reasons (lý do), shown to the proposing unit. */
const NEEDS_REASONS: ReadonlySet<NominationAction> = new Set(['return', 'reject']);

/** States in which a submitted nomination holds one of its cluster's quota places. */
const QUOTA_HOLDING: ReadonlySet<NominationState> = new Set(['submitted', 'returned', 'resubmitted', 'in_council', 'approved', 'awarded']);

/** The names of the states, actions and roles, from the context's catalogue. */
export const STATE_NAMES = M.stateNames;
export const ACTION_NAMES = M.actionNames;
export const ROLE_NAMES = M.roleNames;

/** The nomination workflow: every question about its states is answered from this one table. */
export const NOMINATION_WORKFLOW = new TransitionTable<NominationState, NominationAction, NominationRole>(
  NOMINATION_TRANSITIONS,
  STATE_NAMES,
);

export type TransitionOutcome =
  { allowed: true; next: NominationState } | { allowed: false; refusal: 'wrong_state' | 'wrong_role'; reason: LocalizedText };

/**
 * The state the action leads to, or why it is refused: the state is checked first (nobody may do it
 * now), then the role (someone else may).
 */
export function nextState(state: NominationState, action: NominationAction, roles: readonly NominationRole[]): TransitionOutcome {
  const act = ACTION_NAMES[action];
  const rolesAllowed = NOMINATION_WORKFLOW.rolesFor(state, action);
  if (rolesAllowed.length === 0) {
    const allowedIn = joinTexts(
      NOMINATION_WORKFLOW.statesAllowing(action).map((s) => M.quoted(NOMINATION_WORKFLOW.label(s))),
      M.or,
    );
    return { allowed: false, refusal: 'wrong_state', reason: M.wrongState(act, NOMINATION_WORKFLOW.label(state), allowedIn) };
  }
  const next = NOMINATION_WORKFLOW.next(state, action, roles);
  if (next === null) {
    const who = joinTexts(
      rolesAllowed.map((r) => ROLE_NAMES[r]),
      M.or,
    );
    return { allowed: false, refusal: 'wrong_role', reason: M.wrongRole(who, act) };
  }
  return { allowed: true, next };
}

/** What these roles may do now, in table order (for buttons and the API's `allowedActions`). */
export function allowedActions(state: NominationState, roles: readonly NominationRole[]): NominationAction[] {
  return NOMINATION_WORKFLOW.allowedActions(state, roles);
}

/** The dossier and its attachments may change only while the proposing unit holds it (draft, returned). */
export function isEditable(state: NominationState): boolean {
  return NOMINATION_WORKFLOW.can(state, 'edit');
}

export function requiresReasons(action: NominationAction): boolean {
  return NEEDS_REASONS.has(action);
}

/** Counted against the cluster's quota: from submission on, until rejected or withdrawn. */
export function holdsQuotaPlace(state: NominationState): boolean {
  return QUOTA_HOLDING.has(state);
}

/** Another nomination for the same nominee, award type and year counts as a duplicate unless it was withdrawn. */
export function blocksDuplicate(state: NominationState): boolean {
  return state !== 'withdrawn';
}

export interface Actor {
  /** Global roles from access control. */
  roles: readonly string[];
  organizationId: string | null;
}

/**
 * The roles a user holds toward a nomination: a unit officer only for nominations of their own unit.
 * No user holds the council's role.
 */
export function actorRolesOn(actor: Actor, nomination: { proposingOrganizationId: string }): NominationRole[] {
  return NOMINATION_ROLES.filter(
    (role) =>
      role !== 'council' &&
      actor.roles.includes(role) &&
      (role !== 'unit_officer' || actor.organizationId === nomination.proposingOrganizationId),
  );
}

/** A refused transition, as the HTTP layer reports it: 409 for the wrong state, 403 for the wrong role. */
export class NominationTransitionRefusedError extends DomainError {
  constructor(outcome: Extract<TransitionOutcome, { allowed: false }>) {
    super(
      ...errorOf(
        NOMINATIONS_ERRORS,
        outcome.refusal === 'wrong_state' ? 'NOMINATION.WRONG_STATE' : 'NOMINATION.WRONG_ROLE',
        outcome.reason,
      ),
    );
  }
}

/**
 * The state `action` by `actor` leads to; throws NominationTransitionRefusedError when the table refuses it.
 * `roles` replaces the actor's own roles when a body acts through them (the council's vote).
 */
export function requireTransition(
  actor: Actor,
  nomination: { state: NominationState; proposingOrganizationId: string },
  action: NominationAction,
  roles: readonly NominationRole[] = actorRolesOn(actor, nomination),
): NominationState {
  const outcome = nextState(nomination.state, action, roles);
  if (!outcome.allowed) throw new NominationTransitionRefusedError(outcome);
  return outcome.next;
}
