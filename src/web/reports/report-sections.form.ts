import type { SectionKey, SectionTexts } from '../../reports/cluster-year/cluster-year.facts.js';
import type { FieldError } from '../../platform/errors/domain-error.js';

/**
 * The whole set of sections the service replaces, with one section changed and the others as they are now: each
 * form saves its own section without touching the others. The version read with the form guards the whole set, so
 * a change to any section since the form was shown is refused as a conflict and nothing is overwritten.
 */
export function withOneSection(current: SectionTexts, key: SectionKey, typed: string | null | undefined, version: number | undefined) {
  return { ...current, [key]: typed ?? null, version };
}

/** The service refuses a stale or missing version with an error on the `version` field: someone saved meanwhile. */
export function isVersionConflict(errors: readonly FieldError[]): boolean {
  return errors.some((error) => error.field === 'version');
}
