import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';

/** The check's findings do not fit its outcome (a return without reasons, a forward with documents missing). */
export class ReviewRefusedError extends DomainError {
  constructor(problem: FieldError) {
    super('REVIEW.REFUSED', 'unprocessable', problem.message, [problem]);
  }
}
