import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { NOMINATIONS_ERRORS as E } from '../nominations.messages.js';

/** The check's findings do not fit its outcome (a return without reasons, a forward with documents missing). */
export class ReviewRefusedError extends DomainError {
  constructor(problem: FieldError) {
    super(...errorOf(E, 'REVIEW.REFUSED', problem.message), [problem]);
  }
}
