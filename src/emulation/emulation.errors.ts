import { defineConstraintErrors } from '../platform/errors/constraint-errors.js';
import { DomainError, type FieldError } from '../platform/errors/domain-error.js';
import type { LocalizedText } from '../platform/i18n/locale.js';
import { emulationError, EMULATION_MESSAGES } from './emulation.messages.js';

export class EmulationClusterUnknownError extends DomainError {
  constructor(id: string) {
    super(...emulationError('EMULATION.CLUSTER_UNKNOWN', id));
  }
}

export class NotAMemberError extends DomainError {
  constructor(year: number, field = 'organizationId') {
    super(...emulationError('EMULATION.NOT_A_MEMBER', year), [{ field, message: EMULATION_MESSAGES.notAMemberUnit }]);
  }
}

export class NotOwnUnitError extends DomainError {
  constructor() {
    super(...emulationError('EMULATION.NOT_OWN_UNIT'));
  }
}

export class StaleEmulationRecordError extends DomainError {
  constructor(current: number) {
    super(...emulationError('EMULATION.STALE', current));
  }
}

export class EmulationInvalidError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(...emulationError('EMULATION.INVALID'), fieldErrors);
  }
}

export class MovementNotFoundError extends DomainError {
  constructor(id: string) {
    super(...emulationError('EMULATION.MOVEMENT_NOT_FOUND', id));
  }
}

export class MovementDocumentNotFoundError extends DomainError {
  constructor(id: string) {
    super(...emulationError('EMULATION.DOCUMENT_NOT_FOUND', id));
  }
}

export class PactNotFoundError extends DomainError {
  constructor(year: number) {
    super(...emulationError('EMULATION.PACT_NOT_FOUND', year));
  }
}

export class RegistrationNotFoundError extends DomainError {
  constructor(year: number) {
    super(...emulationError('EMULATION.REGISTRATION_NOT_FOUND', year));
  }
}

export class CriteriaLockedError extends DomainError {
  constructor() {
    super(...emulationError('EMULATION.CRITERIA_LOCKED'));
  }
}

export class NoCriteriaTemplateError extends DomainError {
  constructor(year: number) {
    super(...emulationError('EMULATION.NO_TEMPLATE', year));
  }
}

export class NoCriteriaError extends DomainError {
  constructor(year: number) {
    super(...emulationError('EMULATION.NO_CRITERIA', year));
  }
}

export class ScoresInvalidError extends DomainError {
  constructor(fieldErrors: FieldError[]) {
    super(...emulationError('EMULATION.SCORES_INVALID'), fieldErrors);
  }
}

export class ScoreTableStateError extends DomainError {
  constructor(state: LocalizedText) {
    super(...emulationError('EMULATION.SCORE_TABLE_STATE', state));
  }
}

export class ScoresNotPublishedError extends DomainError {
  constructor() {
    super(...emulationError('EMULATION.SCORES_NOT_PUBLISHED'));
  }
}

export class EvidenceNotFoundError extends DomainError {
  constructor(id: string) {
    super(...emulationError('EMULATION.EVIDENCE_NOT_FOUND', id));
  }
}

export class SpreadsheetUnreadableError extends DomainError {
  constructor() {
    super(...emulationError('EMULATION.SPREADSHEET_UNREADABLE'), [
      { field: 'file', message: emulationError('EMULATION.SPREADSHEET_UNREADABLE')[2] },
    ]);
  }
}

defineConstraintErrors({
  emulation_movements_owner_id_fkey: () => new EmulationInvalidError([{ field: 'ownerId', message: EMULATION_MESSAGES.unknownOwner }]),
  emulation_pacts_one_per_cluster_year: () => new StaleEmulationRecordError(1),
  emulation_registrations_one_per_member: () => new StaleEmulationRecordError(1),
  emulation_scores_criterion_id_fkey: () => new CriteriaLockedError(),
  emulation_score_evidence_criterion_id_fkey: () => new CriteriaLockedError(),
  emulation_scores_cross_reason_check: () => new ScoresInvalidError([{ field: 'reason', message: EMULATION_MESSAGES.reasonRequired }]),
  emulation_scores_points_check: () => new ScoresInvalidError([{ field: 'points', message: EMULATION_MESSAGES.pointsNegative }]),
});
