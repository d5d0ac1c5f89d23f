import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { REPORTS_ERRORS as E, REPORTS_MESSAGES } from '../reports.messages.js';

const VERSION_MISMATCH = [{ field: 'version', message: REPORTS_MESSAGES.versionMismatch }];

/** The record exists: changing it needs the version read, so that no one overwrites what they have not seen. */
export class IssuanceVersionRequiredError extends DomainError {
  constructor(year: number, current: number) {
    super(...errorOf(E, 'REPORTS.ISSUANCE_VERSION_REQUIRED', year, current), [
      { field: 'version', message: REPORTS_MESSAGES.versionRequired },
    ]);
  }
}

export class StaleIssuanceError extends DomainError {
  constructor(year: number, current: number | null) {
    super(...errorOf(E, 'REPORTS.ISSUANCE_STALE', year, current), VERSION_MISMATCH);
  }
}

/** Two first writes at once: the unique key lets one through, the other reads this. */
export class IssuanceWrittenMeanwhileError extends DomainError {
  constructor() {
    super(...errorOf(E, 'REPORTS.ISSUANCE_WRITTEN_MEANWHILE'), VERSION_MISMATCH);
  }
}

export class InvalidIssuanceError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(...errorOf(E, 'REPORTS.ISSUANCE_INVALID'), fieldErrors);
  }
}

defineConstraintErrors({ document_issuance_cluster_year_scope_key: () => new IssuanceWrittenMeanwhileError() });
