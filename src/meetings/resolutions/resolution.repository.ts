import type { EntityManager } from 'typeorm';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { queryPage } from '../../platform/pagination/page.js';
import type { Reason } from '../votes/vote-quorum.rules.js';
import { type SqlRow, unitColumns, unitFrom, unitJoin, unitsById } from '../../registry/organizations/organization.repository.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { VoteSubject } from '../votes/vote-rule-set.js';
import type { FlagProposalsQuery, ResolutionsQuery } from './resolution.dto.js';
import { decidedIds, type ResolutionStatus } from './resolution.rules.js';

export interface ResolutionRow {
  id: string;
  meetingId: string;
  voteId: string;
  clusterId: string;
  year: number;
  subject: VoteSubject;
  adopted: boolean;
  status: ResolutionStatus;
  chosenIds: string[];
  summary: LocalizedText;
  fallbackCandidateIds: string[] | null;
  fallbackPlaces: number | null;
  fallbackChosenIds: string[] | null;
  fallbackChairId: string | null;
  fallbackViceChairId: string | null;
  fallbackDecidedByUserId: string | null;
  fallbackDecidedByUsername: string | null;
  fallbackDecidedAt: Date | null;
  fallbackNote: string | null;
  appliedAt: Date | null;
  createdAt: Date;
}

const RESOLUTION_COLUMNS = `
  r.id, r.meeting_id AS "meetingId", r.vote_id AS "voteId", r.cluster_id AS "clusterId", r.year, r.subject, r.adopted, r.status,
  r.chosen_ids AS "chosenIds", r.summary, r.fallback_candidate_ids AS "fallbackCandidateIds", r.fallback_places AS "fallbackPlaces",
  r.fallback_chosen_ids AS "fallbackChosenIds", r.fallback_chair_id AS "fallbackChairId", r.fallback_vice_chair_id AS "fallbackViceChairId",
  r.fallback_decided_by_user_id AS "fallbackDecidedByUserId", r.fallback_decided_by_username AS "fallbackDecidedByUsername",
  r.fallback_decided_at AS "fallbackDecidedAt", r.fallback_note AS "fallbackNote", r.applied_at AS "appliedAt", r.created_at AS "createdAt"`;

export interface FlagProposalRow {
  id: string;
  resolutionId: string;
  voteId: string;
  meetingId: string;
  clusterId: string;
  year: number;
  awardTypeCode: string;
  organizationId: string;
  decidedBy: 'vote' | 'chair_and_vice_chair';
  round: number | null;
  votes: number | null;
  shareNumerator: number | null;
  shareDenominator: number | null;
  percent: number | null;
  rank: number | null;
  reasons: Reason[];
  /** Set once the draft nomination is made from this proposal. */
  nominationId: string | null;
  createdAt: Date;
}

const PROPOSAL_COLUMNS = `
  p.id, p.resolution_id AS "resolutionId", p.vote_id AS "voteId", p.meeting_id AS "meetingId", p.cluster_id AS "clusterId", p.year,
  p.award_type_code AS "awardTypeCode", p.organization_id AS "organizationId", p.decided_by AS "decidedBy", p.round, p.votes,
  p.share_numerator AS "shareNumerator", p.share_denominator AS "shareDenominator", p.percent::float8 AS percent, p.rank, p.reasons,
  n.id AS "nominationId", p.created_at AS "createdAt"`;

/** Units named as in the proposal's year: what ties in votes are ordered by. */
const PROPOSAL_FROM = `FROM flag_proposals p ${unitJoin('unit', 'p.organization_id', 'make_date(p.year, 12, 31)')}
  LEFT JOIN nominations n ON n.flag_proposal_id = p.id`;

/**
 * The one order of flag proposals (issue 11 §6): by year and cluster, the round that chose them, most votes first,
 * then the unit's short name in Vietnamese collation, then the id; never the order rows happen to be stored in.
 */
const PROPOSAL_ORDER =
  'p.year DESC, p.cluster_id, p.round NULLS LAST, p.votes DESC NULLS LAST, unit_name.short_name COLLATE vietnamese, p.id';

/** A new resolution, before it is applied: status `recorded`, no wording yet. */
export type NewResolution = Pick<ResolutionRow, 'meetingId' | 'voteId' | 'clusterId' | 'year' | 'subject' | 'adopted' | 'chosenIds'> & {
  fallbackCandidateIds: readonly string[] | null;
  fallbackPlaces: number | null;
};

/** The chair and vice-chair's decision on the places left open, and who recorded it. */
export interface FallbackDecision {
  fallbackChosenIds: string[];
  fallbackChairId: string | null;
  fallbackViceChairId: string | null;
  fallbackNote: string | null;
  decidedByUserId: string | null;
  decidedByUsername: string | null;
  decidedAt: Date;
}

/** A flag vote always names its award; the column's NOT NULL says so should one not. */
export type NewFlagProposal = { awardTypeCode: string | null } & Pick<
  FlagProposalRow,
  | 'resolutionId'
  | 'voteId'
  | 'meetingId'
  | 'clusterId'
  | 'year'
  | 'organizationId'
  | 'decidedBy'
  | 'round'
  | 'votes'
  | 'shareNumerator'
  | 'shareDenominator'
  | 'percent'
  | 'rank'
  | 'reasons'
>;

/** Nghị quyết and the flag proposals they make: every query of meeting_resolutions and flag_proposals. */
export class ResolutionRepository {
  constructor(private readonly db: EntityManager) {}

  /** Units by id, named as they were in `year`. */
  unitsById(ids: readonly string[], year: number): Promise<Map<string, UnitView>> {
    return unitsById(this.db, ids, year);
  }

  listByIds(ids: readonly string[]): Promise<ResolutionRow[]> {
    return this.db.query<ResolutionRow[]>(
      `SELECT ${RESOLUTION_COLUMNS} FROM meeting_resolutions r WHERE r.id = ANY($1::uuid[]) ORDER BY r.created_at, r.id`,
      [ids],
    );
  }

  /** The units the cluster proposed in `year` for the award, each with the title of the vote that proposed it. */
  async proposedUnits(clusterId: string, year: number, awardTypeCode: string): Promise<{ id: string; name: string; voteTitle: string }[]> {
    const rows = await this.db.query<(SqlRow & { vote_title: string })[]>(
      `SELECT ${unitColumns('unit')}, v.title AS vote_title
       FROM flag_proposals p JOIN votes v ON v.id = p.vote_id
       ${unitJoin('unit', 'p.organization_id', 'make_date(p.year, 12, 31)')}
       WHERE p.cluster_id = $1 AND p.year = $2 AND p.award_type_code = $3
       ORDER BY p.created_at, p.votes DESC NULLS LAST, unit_name.short_name COLLATE vietnamese, p.id`,
      [clusterId, year, awardTypeCode],
    );
    return rows.flatMap((row) => {
      const unit = unitFrom(row, 'unit');
      return unit ? [{ id: unit.id, name: unit.shortName, voteTitle: row.vote_title }] : [];
    });
  }

  /** The vice-chair elected for `nextYear` while its chair was not yet known (the latest election), if any. */
  async pendingViceChair(clusterId: string, nextYear: number): Promise<string | null> {
    const [row] = await this.db.query<Pick<ResolutionRow, 'chosenIds' | 'fallbackChosenIds'>[]>(
      `SELECT chosen_ids AS "chosenIds", fallback_chosen_ids AS "fallbackChosenIds" FROM meeting_resolutions
       WHERE cluster_id = $1 AND year + 1 = $2 AND subject = 'vice_chair_election' AND status = 'pending_chair'
       ORDER BY created_at DESC, id LIMIT 1`,
      [clusterId, nextYear],
    );
    return row ? (decidedIds(row)[0] ?? null) : null;
  }

  async ofVote(voteId: string, lock = false): Promise<ResolutionRow | null> {
    const [row] = await this.db.query<ResolutionRow[]>(
      `SELECT ${RESOLUTION_COLUMNS} FROM meeting_resolutions r WHERE r.vote_id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [voteId],
    );
    return row ?? null;
  }

  /** Vice-chairs elected for `year` before its chair was known, oldest first. */
  lockPendingViceChairs(clusterId: string, year: number): Promise<ResolutionRow[]> {
    return this.db.query<ResolutionRow[]>(
      `SELECT ${RESOLUTION_COLUMNS} FROM meeting_resolutions r
       WHERE r.cluster_id = $1 AND r.year + 1 = $2 AND r.subject = 'vice_chair_election' AND r.status = 'pending_chair'
       ORDER BY r.created_at, r.id FOR UPDATE`,
      [clusterId, year],
    );
  }

  async listOfMeeting(meetingId: string, query: ResolutionsQuery): Promise<{ items: ResolutionRow[]; total: number }> {
    const { rows, total } = await queryPage<ResolutionRow>(
      this.db,
      {
        select: RESOLUTION_COLUMNS,
        from: 'FROM meeting_resolutions r',
        where: `WHERE r.meeting_id = $1 AND ($2::vote_subject IS NULL OR r.subject = $2)`,
        orderBy: 'r.created_at, r.id',
        parameters: [meetingId, query.subject ?? null],
      },
      query,
    );
    return { items: rows, total };
  }

  async flagProposals(query: FlagProposalsQuery): Promise<{ items: FlagProposalRow[]; total: number }> {
    const { rows, total } = await queryPage<FlagProposalRow>(
      this.db,
      {
        select: PROPOSAL_COLUMNS,
        from: PROPOSAL_FROM,
        countFrom: 'FROM flag_proposals p',
        where: `WHERE ($1::uuid IS NULL OR p.cluster_id = $1) AND ($2::int IS NULL OR p.year = $2) AND ($3::uuid IS NULL OR p.meeting_id = $3)`,
        orderBy: PROPOSAL_ORDER,
        parameters: [query.clusterId ?? null, query.year ?? null, query.meetingId ?? null],
      },
      query,
    );
    return { items: rows, total };
  }

  /** Every flag proposal of the resolutions, in the order they are listed. */
  proposalsOf(resolutionIds: readonly string[]): Promise<FlagProposalRow[]> {
    return this.db.query<FlagProposalRow[]>(
      `SELECT ${PROPOSAL_COLUMNS} ${PROPOSAL_FROM} WHERE p.resolution_id = ANY($1::uuid[]) ORDER BY ${PROPOSAL_ORDER}`,
      [resolutionIds],
    );
  }

  async insert(resolution: NewResolution): Promise<string> {
    const [{ id }] = await this.db.query<{ id: string }[]>(
      `INSERT INTO meeting_resolutions (meeting_id, vote_id, cluster_id, year, subject, adopted, status, chosen_ids, summary,
         fallback_candidate_ids, fallback_places)
       VALUES ($1, $2, $3, $4, $5, $6, 'recorded', $7, '{}', $8, $9)
       RETURNING id`,
      [
        resolution.meetingId,
        resolution.voteId,
        resolution.clusterId,
        resolution.year,
        resolution.subject,
        resolution.adopted,
        resolution.chosenIds,
        resolution.fallbackCandidateIds,
        resolution.fallbackPlaces,
      ],
    );
    return id;
  }

  /** A vice-chair resolution that waited for the chair handover is applied with it. */
  async markApplied(id: string): Promise<void> {
    await this.db.query(`UPDATE meeting_resolutions SET status = 'applied', applied_at = now() WHERE id = $1`, [id]);
  }

  /** The resolution's final status and wording; `applied` stamps when it was applied. */
  async settle(id: string, settled: { adopted: boolean; status: ResolutionStatus; summary: LocalizedText }): Promise<void> {
    await this.db.query(
      `UPDATE meeting_resolutions SET adopted = $2, status = $3, summary = $4, applied_at = CASE WHEN $5 THEN now() END WHERE id = $1`,
      [id, settled.adopted, settled.status, settled.summary, settled.status === 'applied'],
    );
  }

  async recordFallback(id: string, decision: FallbackDecision): Promise<void> {
    await this.db.query(
      `UPDATE meeting_resolutions SET fallback_chosen_ids = $2, fallback_chair_id = $3, fallback_vice_chair_id = $4,
         fallback_decided_by_user_id = $5, fallback_decided_by_username = $6, fallback_decided_at = $7, fallback_note = $8
       WHERE id = $1`,
      [
        id,
        decision.fallbackChosenIds,
        decision.fallbackChairId,
        decision.fallbackViceChairId,
        decision.decidedByUserId,
        decision.decidedByUsername,
        decision.decidedAt,
        decision.fallbackNote,
      ],
    );
  }

  /** One flag proposal; unique per cluster, year, award and unit (flag_proposals_one_per_unit). */
  async insertProposal(proposal: NewFlagProposal): Promise<string> {
    const [{ id }] = await this.db.query<{ id: string }[]>(
      `INSERT INTO flag_proposals (resolution_id, vote_id, meeting_id, cluster_id, year, award_type_code, organization_id, decided_by,
         round, votes, share_numerator, share_denominator, percent, rank, reasons)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       RETURNING id`,
      [
        proposal.resolutionId,
        proposal.voteId,
        proposal.meetingId,
        proposal.clusterId,
        proposal.year,
        proposal.awardTypeCode,
        proposal.organizationId,
        proposal.decidedBy,
        proposal.round,
        proposal.votes,
        proposal.shareNumerator,
        proposal.shareDenominator,
        proposal.percent,
        proposal.rank,
        JSON.stringify(proposal.reasons),
      ],
    );
    return id;
  }
}
