import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import { text } from '../../platform/i18n/locale.js';
import { coversYear } from '../../registry/memberships/membership.sql.js';
import type { TermDecision } from '../../registry/terms/term.rules.js';
import { ChairIsViceChairError, TermClosedError, TermHolderNotMemberError } from '../../registry/terms/term.errors.js';
import { unitsById } from '../votes/vote-units.js';

/** A change a resolution makes to next year's term: its chair, its vice-chair, or both. */
export interface TermChange {
  clusterId: string;
  year: number;
  meetingId: string;
  resolutionId: string;
  chair?: { id: string; voteId: string; decidedBy: TermDecision };
  viceChair?: { id: string; voteId: string };
}

interface TermRecord {
  chairId: string;
  viceChairId: string | null;
  decidedBy: TermDecision;
  decidedAtMeetingId: string | null;
  chairBasisVoteId: string | null;
  viceChairBasisVoteId: string | null;
  rotatingFlagHandedOver: boolean;
}

/**
 * Writes a resolution into the registry's terms, under the registry's own rules: the holders are members that year
 * (their membership rows locked FOR SHARE until the term is written), chair ≠ vice-chair (the table's check), a
 * closed year is not changed; and with the registry's audit events (term.create / term.replace).
 */
@Injectable()
export class TermChanges {
  constructor(private readonly audit: AuditService) {}

  /** False when only a vice-chair is given and the year has no term yet: it waits for the chair. */
  async apply(tx: EntityManager, change: TermChange): Promise<boolean> {
    const { clusterId, year } = change;
    const [existing]: (TermRecord & { id: string; closedAt: Date | null })[] = await tx.query(
      `SELECT id, chair_id AS "chairId", vice_chair_id AS "viceChairId", decided_by AS "decidedBy",
         decided_at_meeting_id AS "decidedAtMeetingId", chair_basis_vote_id AS "chairBasisVoteId",
         vice_chair_basis_vote_id AS "viceChairBasisVoteId", rotating_flag_handed_over AS "rotatingFlagHandedOver",
         closed_at AS "closedAt"
       FROM cluster_terms WHERE cluster_id = $1 AND year = $2 FOR UPDATE`,
      [clusterId, year],
    );
    if (!existing && !change.chair) return false;
    if (existing?.closedAt) throw new TermClosedError(year);
    const after: TermRecord = {
      chairId: change.chair?.id ?? existing.chairId,
      viceChairId: change.viceChair?.id ?? existing?.viceChairId ?? null,
      decidedBy: change.chair?.decidedBy ?? existing.decidedBy,
      decidedAtMeetingId: change.meetingId,
      chairBasisVoteId: change.chair?.voteId ?? existing?.chairBasisVoteId ?? null,
      viceChairBasisVoteId: change.viceChair?.voteId ?? existing?.viceChairBasisVoteId ?? null,
      // Cờ luân lưu: the rotating flag passes to the chair the meeting hands over to.
      rotatingFlagHandedOver: change.chair ? true : existing.rotatingFlagHandedOver,
    };
    if (after.viceChairId === after.chairId) throw new ChairIsViceChairError();
    await assertMembers(tx, clusterId, year, after);
    const values = [
      after.chairId,
      after.viceChairId,
      after.decidedBy,
      after.decidedAtMeetingId,
      after.chairBasisVoteId,
      after.viceChairBasisVoteId,
      after.rotatingFlagHandedOver,
    ];
    let id: string;
    if (existing) {
      id = existing.id;
      await tx.query(
        `UPDATE cluster_terms SET chair_id = $2, vice_chair_id = $3, decided_by = $4, decided_at_meeting_id = $5,
           chair_basis_vote_id = $6, vice_chair_basis_vote_id = $7, rotating_flag_handed_over = $8,
           version = version + 1, updated_at = now()
         WHERE id = $1`,
        [id, ...values],
      );
    } else {
      [{ id }] = await tx.query(
        `INSERT INTO cluster_terms (cluster_id, year, chair_id, vice_chair_id, decided_by, decided_at_meeting_id,
           chair_basis_vote_id, vice_chair_basis_vote_id, rotating_flag_handed_over)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [clusterId, year, ...values],
      );
    }
    await this.audit.record(tx, {
      action: existing ? 'term.replace' : 'term.create',
      entityType: 'cluster_term',
      entityId: id,
      subjectOrganizationId: after.chairId,
      before: existing ? { clusterId, year, ...recordOf(existing) } : undefined,
      after: { clusterId, year, ...after, resolutionId: change.resolutionId },
    });
    return true;
  }
}

function recordOf(term: TermRecord): TermRecord {
  const { chairId, viceChairId, decidedBy, decidedAtMeetingId, chairBasisVoteId, viceChairBasisVoteId, rotatingFlagHandedOver } = term;
  return { chairId, viceChairId, decidedBy, decidedAtMeetingId, chairBasisVoteId, viceChairBasisVoteId, rotatingFlagHandedOver };
}

async function assertMembers(tx: EntityManager, clusterId: string, year: number, term: TermRecord): Promise<void> {
  const holders = { chairId: term.chairId, viceChairId: term.viceChairId };
  const ids = Object.values(holders).filter((id): id is string => id !== null);
  const members: { organization_id: string }[] = await tx.query(
    `SELECT m.organization_id FROM cluster_memberships m
     WHERE m.cluster_id = $1 AND m.organization_id = ANY($2::uuid[]) AND ${coversYear('m', '$3::int')} FOR SHARE`,
    [clusterId, ids, year],
  );
  const outsiders = ids.filter((id) => !members.some((member) => member.organization_id === id));
  if (outsiders.length === 0) return;
  const units = await unitsById(tx, outsiders, year);
  throw new TermHolderNotMemberError(
    year,
    Object.entries(holders)
      .filter(([, id]) => id !== null && outsiders.includes(id))
      .map(([field, id]) => {
        const name = units.get(id as string)?.shortName ?? id;
        return { field, message: text(`${name} không phải thành viên của cụm trong năm ${year}.`, `${name} is not a member of the cluster in ${year}.`) };
      }),
  );
}
