import { QueryFailedError } from 'typeorm';
import { DemoPasswordsInProductionError } from '../access/users/user.errors.js';
import { ConfigError } from '../platform/config/app.config.js';
import { errorForConstraint } from '../platform/errors/constraint-errors.js';
import { DomainError } from '../platform/errors/domain-error.js';

/** Names an operator typed, by the field names of the domain errors (e.g. `password` → `ADMIN_PASSWORD`). */
export type InputNames = Record<string, string>;

function asDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (error instanceof QueryFailedError) return errorForConstraint((error.driverError as { constraint?: string }).constraint);
  return undefined;
}

/**
 * What an operator reads when start-up or a command stops: a broken rule in Vietnamese, naming
 * what they typed; a stack trace only for the unexpected.
 */
export function describeFailure(error: unknown, inputs: InputNames = {}): string {
  const domain = asDomainError(error);
  if (domain) {
    return [domain.text.vi, ...domain.fieldErrors.map((f) => `  - ${inputs[f.field] ?? f.field}: ${f.message.vi}`)].join('\n');
  }
  if (error instanceof ConfigError || error instanceof DemoPasswordsInProductionError) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
