import { DomainError } from '../../platform/errors/domain-error.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { NOMINATIONS_ERRORS as E } from '../nominations.messages.js';

/** One file holds at most this many nominations; narrow the filters for more. */
export const MAX_EXPORT_ROWS = 10_000;

export class ExportTooLargeError extends DomainError {
  constructor(total: number) {
    super(...errorOf(E, 'EXPORT.TOO_LARGE', total, MAX_EXPORT_ROWS));
  }
}
