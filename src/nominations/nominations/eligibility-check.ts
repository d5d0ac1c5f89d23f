import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import type { NomineeKind } from '../award-types/catalogue.js';

/** One eligibility check of a nomination: its code, whether it passed, and why, in both languages. */
export type EligibilityCheckCode =
  | 'NOMINEE_KIND'
  | 'CLUSTER_MEMBERSHIP'
  | 'NO_PENDING_PROCEEDINGS'
  | 'CLUSTER_VOTE_BASIS'
  | 'QUOTA'
  | 'NO_DUPLICATE'
  | 'PREREQUISITES'
  | 'SUBMISSION_WINDOW'
  | 'REQUIRED_DOCUMENTS';

export interface EligibilityCheck {
  check: EligibilityCheckCode;
  passed: boolean;
  reason: LocalizedText;
}

/** Who is proposed: a unit (collective) or a person (individual) with the unit they work for. */
export interface NomineeRef {
  kind: NomineeKind;
  /** The organization's id for a collective, the person's id for an individual. */
  id: string;
  name: string;
  /** The collective itself, or the person's unit. */
  organizationId: string;
  organizationName: string;
}

export interface ClusterRef {
  id: string;
  name: string;
}

export const COMMA = text(', ', ', ');

export function quotedName(name: LocalizedText): LocalizedText {
  return text(`"${name.vi}"`, `"${name.en}"`);
}

/** One check's outcome with its reason. */
export function checkResult(check: EligibilityCheckCode, passed: boolean, reason: LocalizedText): EligibilityCheck {
  return { check, passed, reason };
}
