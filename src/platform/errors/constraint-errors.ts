import type { DomainError } from './domain-error.js';

type ErrorFactory = () => DomainError;

const byConstraint = new Map<string, ErrorFactory>();

/**
 * Invariants that concurrency can break are held by database constraints. Each feature names the
 * domain error that a violation of its constraint means, so that a refused write reads like the
 * rule the user broke rather than like SQL.
 */
export function defineConstraintErrors(errors: Record<string, ErrorFactory>): void {
  for (const [constraint, factory] of Object.entries(errors)) byConstraint.set(constraint, factory);
}

export function errorForConstraint(constraint: string | undefined): DomainError | undefined {
  return constraint ? byConstraint.get(constraint)?.() : undefined;
}
