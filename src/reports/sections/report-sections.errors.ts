import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { REPORTS_ERRORS as E, REPORTS_MESSAGES } from '../reports.messages.js';

const VERSION_MISMATCH = [{ field: 'version', message: REPORTS_MESSAGES.versionMismatch }];

/** The sections exist: replacing them needs the version read, so that no one overwrites what they have not seen. */
export class SectionsVersionRequiredError extends DomainError {
  constructor(year: number, current: number) {
    super(...errorOf(E, 'REPORTS.SECTIONS_VERSION_REQUIRED', year, current), [
      { field: 'version', message: REPORTS_MESSAGES.versionRequired },
    ]);
  }
}

export class StaleSectionsError extends DomainError {
  constructor(year: number, current: number | null) {
    super(...errorOf(E, 'REPORTS.SECTIONS_STALE', year, current), VERSION_MISMATCH);
  }
}

/** Two first writes at once: the unique key lets one through, the other reads this. */
export class SectionsWrittenMeanwhileError extends DomainError {
  constructor() {
    super(...errorOf(E, 'REPORTS.SECTIONS_WRITTEN_MEANWHILE'), VERSION_MISMATCH);
  }
}

defineConstraintErrors({ report_sections_cluster_year_key: () => new SectionsWrittenMeanwhileError() });
