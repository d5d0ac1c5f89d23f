import type { FieldError } from '../../platform/errors/domain-error.js';
import { NOMINATIONS_MESSAGES as M } from '../nominations.messages.js';
import { NOMINATION_WORKFLOW, type NominationState } from '../nominations/nomination.state.js';

/** What the staff's check (thẩm định) of a dossier ends in: back to the unit, or on to the council. */
export type ReviewOutcome = 'return' | 'forward_to_council';
export const REVIEW_OUTCOMES: readonly ReviewOutcome[] = ['return', 'forward_to_council'];

/** The states in which a dossier waits for the check: those the table lets staff forward from. */
export const AWAITING_REVIEW: readonly NominationState[] = [...NOMINATION_WORKFLOW.statesAllowing('forward_to_council')];

export interface ReviewFindings {
  outcome: ReviewOutcome;
  reasons: string | null;
  /** Documents the dossier lacks, named as the reviewer names them ("Biên bản kiểm phiếu"). */
  missingDocuments: readonly string[];
}

/**
 * The comment the nomination's history keeps for the check: the reasons, then the missing documents.
 * A return needs at least one of them; a dossier that lacks documents is not forwarded.
 */
export function reviewComment(findings: ReviewFindings): { comment: string | null } | { refusal: FieldError } {
  const { outcome, reasons, missingDocuments } = findings;
  const missing = missingDocuments.length > 0 ? `Hồ sơ còn thiếu: ${missingDocuments.join('; ')}.` : null;
  if (outcome === 'forward_to_council' && missing) {
    return {
      refusal: {
        field: 'missingDocuments',
        message: M.incompleteNotForwarded,
      },
    };
  }
  if (outcome === 'return' && reasons === null && missing === null) {
    return {
      refusal: {
        field: 'reasons',
        message: M.returnNeedsReasons,
      },
    };
  }
  const sentence = reasons === null ? null : /[.!?…]$/.test(reasons) ? reasons : `${reasons}.`;
  const parts = [sentence, missing].filter((part): part is string => part !== null);
  return { comment: parts.length === 0 ? null : parts.join(' ') };
}
