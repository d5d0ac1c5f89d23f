import type { FieldError } from '../../platform/errors/domain-error.js';

/**
 * The service refuses a stale or missing version with an error on the `version` field: someone saved the sections
 * after the form was shown. The version guards the set of sections, so a save of any section since then refuses
 * the form and nothing is overwritten.
 */
export function isVersionConflict(errors: readonly FieldError[]): boolean {
  return errors.some((error) => error.field === 'version');
}
