import { DomainError } from '../../platform/errors/domain-error.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { ACCESS_ERRORS } from '../access.messages.js';

export class ForbiddenError extends DomainError {
  constructor() {
    super(...errorOf(ACCESS_ERRORS, 'ACCESS.FORBIDDEN'));
  }
}

export class NotClusterSecretariatError extends DomainError {
  constructor(year: number) {
    super(...errorOf(ACCESS_ERRORS, 'ACCESS.NOT_CLUSTER_SECRETARIAT', year));
  }
}
