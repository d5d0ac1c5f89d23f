import { joinTexts } from '../../platform/i18n/locale.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import { NOMINATIONS_MESSAGES as M } from '../nominations.messages.js';
import { checkResult, COMMA, type EligibilityCheck, type NomineeRef } from '../nominations/eligibility-check.js';

/** Kỷ luật, điều tra, thanh tra, khiếu nại: what bars a nominee while it runs. */
export type ProceedingKind = 'discipline' | 'investigation' | 'inspection' | 'complaint';
export const PROCEEDING_KINDS: readonly ProceedingKind[] = ['discipline', 'investigation', 'inspection', 'complaint'];

/** A proceeding that bars awards while it runs (Decree 152/2025 Art. 4(4)). */
export interface PendingProceeding {
  kind: ProceedingKind;
  from: IsoDate;
  /** Inclusive; null while it has not ended (no conclusion yet). */
  to: IsoDate | null;
}

/** No award, nor proposal of one, while the nominee is under discipline, investigation, inspection or complaint review. */
export function checkNoPendingProceedings(input: {
  nominee: NomineeRef;
  proceedings: readonly PendingProceeding[];
  asOf: IsoDate;
}): EligibilityCheck {
  const { nominee, asOf } = input;
  const running = input.proceedings.filter((p) => p.from <= asOf && (p.to === null || asOf <= p.to));
  if (running.length === 0) return checkResult('NO_PENDING_PROCEEDINGS', true, M.noProceedings(asOf, nominee.name));
  const kinds = joinTexts(
    [...new Set(running.map((p) => p.kind))].map((k) => M.proceedingNames[k]),
    COMMA,
  );
  return checkResult('NO_PENDING_PROCEEDINGS', false, M.proceedingsRunning(asOf, nominee.name, kinds));
}
