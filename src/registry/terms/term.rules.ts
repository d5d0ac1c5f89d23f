export const TERM_DECISIONS = ['rotation', 'election', 'appointment'] as const;
export type TermDecision = (typeof TERM_DECISIONS)[number];

/** A change a resolution makes to next year's term: its chair, its vice-chair, or both. */
export interface TermChange {
  clusterId: string;
  year: number;
  meetingId: string;
  resolutionId: string;
  chair?: { id: string; voteId: string; decidedBy: TermDecision };
  viceChair?: { id: string; voteId: string };
}

/** Who holds a term, how it was decided, and on which votes: what a resolution writes and the audit trail keeps. */
export interface TermRecord {
  chairId: string;
  viceChairId: string | null;
  decidedBy: TermDecision;
  decidedAtMeetingId: string | null;
  chairBasisVoteId: string | null;
  viceChairBasisVoteId: string | null;
  rotatingFlagHandedOver: boolean;
}

export function termRecordOf(term: TermRecord): TermRecord {
  const { chairId, viceChairId, decidedBy, decidedAtMeetingId, chairBasisVoteId, viceChairBasisVoteId, rotatingFlagHandedOver } = term;
  return { chairId, viceChairId, decidedBy, decidedAtMeetingId, chairBasisVoteId, viceChairBasisVoteId, rotatingFlagHandedOver };
}

/**
 * The term once a resolution is applied to it, or null when only a vice-chair is given and the year
 * has no term yet (it waits for the chair).
 */
export function termAfterResolution(existing: TermRecord | null, change: TermChange): TermRecord | null {
  const chair = change.chair
    ? // Cờ luân lưu: the rotating flag passes to the chair the meeting hands over to.
      { chairId: change.chair.id, decidedBy: change.chair.decidedBy, chairBasisVoteId: change.chair.voteId, rotatingFlagHandedOver: true }
    : existing && {
        chairId: existing.chairId,
        decidedBy: existing.decidedBy,
        chairBasisVoteId: existing.chairBasisVoteId,
        rotatingFlagHandedOver: existing.rotatingFlagHandedOver,
      };
  if (!chair) return null;
  return termRecordOf({
    ...chair,
    viceChairId: change.viceChair?.id ?? existing?.viceChairId ?? null,
    viceChairBasisVoteId: change.viceChair?.voteId ?? existing?.viceChairBasisVoteId ?? null,
    decidedAtMeetingId: change.meetingId,
  });
}
