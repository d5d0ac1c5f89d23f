import { joinTexts, text, type LocalizedText } from '../../platform/i18n/locale.js';
import { dateText, type IsoDate } from '../../platform/time/calendar.js';
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

const PROCEEDING_NAMES: Readonly<Record<ProceedingKind, LocalizedText>> = {
  discipline: text('đang bị xem xét thi hành kỷ luật', 'facing disciplinary proceedings'),
  investigation: text('đang bị điều tra', 'under investigation'),
  inspection: text('đang bị thanh tra, kiểm tra', 'under inspection'),
  complaint: text('có đơn thư khiếu nại, tố cáo đang được xác minh', 'the subject of a complaint or denunciation under verification'),
};

/** No award, nor proposal of one, while the nominee is under discipline, investigation, inspection or complaint review. */
export function checkNoPendingProceedings(input: {
  nominee: NomineeRef;
  proceedings: readonly PendingProceeding[];
  asOf: IsoDate;
}): EligibilityCheck {
  const { nominee, asOf } = input;
  const running = input.proceedings.filter((p) => p.from <= asOf && (p.to === null || asOf <= p.to));
  const on = dateText(asOf);
  if (running.length === 0) {
    return checkResult(
      'NO_PENDING_PROCEEDINGS',
      true,
      text(
        `Ngày ${on.vi}, ${nominee.name} không bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hay xác minh đơn thư.`,
        `On ${on.en}, ${nominee.name} faces no disciplinary proceedings, investigation, inspection or complaint review.`,
      ),
    );
  }
  const kinds = joinTexts(
    [...new Set(running.map((p) => p.kind))].map((k) => PROCEEDING_NAMES[k]),
    COMMA,
  );
  return checkResult(
    'NO_PENDING_PROCEEDINGS',
    false,
    text(
      `Ngày ${on.vi}, ${nominee.name} ${kinds.vi} nên chưa được khen thưởng hoặc đề nghị khen thưởng.`,
      `On ${on.en}, ${nominee.name} is ${kinds.en}, so it cannot be awarded or proposed for an award.`,
    ),
  );
}
