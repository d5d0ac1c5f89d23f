import { defineConstraintErrors } from '../../platform/errors/constraint-errors.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { REGISTRY_ERRORS, REGISTRY_MESSAGES } from '../registry.messages.js';

export class ClusterNotFoundError extends DomainError {
  constructor(id: string) {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.CLUSTER_NOT_FOUND', id));
  }
}

export class ClusterCodeTakenError extends DomainError {
  constructor() {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.CLUSTER_CODE_TAKEN'), [{ field: 'code', message: REGISTRY_MESSAGES.codeTaken }]);
  }
}

export class ClusterNumberTakenError extends DomainError {
  constructor() {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.CLUSTER_NUMBER_TAKEN'), [{ field: 'number', message: REGISTRY_MESSAGES.numberTaken }]);
  }
}

export class UnknownOwnerError extends DomainError {
  constructor() {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.CLUSTER_OWNER_UNKNOWN'), [{ field: 'ownerId', message: REGISTRY_MESSAGES.noOwner }]);
  }
}

export class UnknownRotationUnitsError extends DomainError {
  constructor(ids: string[]) {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.ROTATION_ORDER_UNKNOWN_UNITS'), [
      { field: 'rotationOrder', message: REGISTRY_MESSAGES.noUnitsWithIds(ids) },
    ]);
  }
}

export class StaleClusterError extends DomainError {
  constructor(current: number) {
    super(...errorOf(REGISTRY_ERRORS, 'REGISTRY.CLUSTER_STALE', current), [{ field: 'version', message: REGISTRY_MESSAGES.staleVersion }]);
  }
}

defineConstraintErrors({
  clusters_code_key: () => new ClusterCodeTakenError(),
  clusters_owner_kind_number_key: () => new ClusterNumberTakenError(),
  clusters_owner_id_fkey: () => new UnknownOwnerError(),
});
