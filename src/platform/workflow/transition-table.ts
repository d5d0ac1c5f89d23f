import type { LocalizedText } from '../i18n/locale.js';

/** One row of a workflow: from `from`, `action` by one of `roles` leads to `to`. */
export interface Transition<S extends string, A extends string, R extends string = never> {
  readonly from: S;
  readonly action: A;
  readonly to: S;
  /** Who may take it; a table without roles leaves that question to its service's access policy. */
  readonly roles?: readonly R[];
}

/**
 * A workflow as one table (style: one transition table per workflow): every question about states
 * (may this happen, what comes next, which buttons to show, what to call the state) is answered
 * from its rows, so no state string is compared anywhere else.
 */
export class TransitionTable<S extends string, A extends string, R extends string = never> {
  constructor(
    readonly transitions: readonly Transition<S, A, R>[],
    private readonly stateLabels: Readonly<Record<S, LocalizedText>>,
  ) {}

  /** The state `action` leads to from `state` (for one of `roles` when the table has roles), or null. */
  next(state: S, action: A, roles?: readonly R[]): S | null {
    return this.find(state, action, roles)?.to ?? null;
  }

  can(state: S, action: A, roles?: readonly R[]): boolean {
    return this.find(state, action, roles) !== undefined;
  }

  /** The actions open from `state`, in the table's order (for `roles`, when given). */
  allowedActions(state: S, roles?: readonly R[]): A[] {
    return [...new Set(this.transitions.filter((t) => t.from === state && this.permits(t, roles)).map((t) => t.action))];
  }

  /** States from which `action` can be taken by someone. */
  statesAllowing(action: A): S[] {
    return [...new Set(this.transitions.filter((t) => t.action === action).map((t) => t.from))];
  }

  /** The roles that may take `action` from `state`; empty when the table does not allow it at all. */
  rolesFor(state: S, action: A): readonly R[] {
    return this.transitions.filter((t) => t.from === state && t.action === action).flatMap((t) => t.roles ?? []);
  }

  label(state: S): LocalizedText {
    return this.stateLabels[state];
  }

  private find(state: S, action: A, roles?: readonly R[]): Transition<S, A, R> | undefined {
    return this.transitions.find((t) => t.from === state && t.action === action && this.permits(t, roles));
  }

  private permits(transition: Transition<S, A, R>, roles?: readonly R[]): boolean {
    return roles === undefined || transition.roles === undefined || transition.roles.some((role) => roles.includes(role));
  }
}
