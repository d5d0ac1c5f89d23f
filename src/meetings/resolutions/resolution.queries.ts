import type { EntityManager } from 'typeorm';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { VoteSubject } from '../votes/vote-rule-set.js';
import type { Reason } from '../votes/vote.rules.js';
import type { ResolutionStatus } from './resolution.rules.js';

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

/** Every unit a resolution decided: by the ballots, then by the chair and vice-chair. */
export function decidedIds(resolution: Pick<ResolutionRow, 'chosenIds' | 'fallbackChosenIds'>): string[] {
  return [...resolution.chosenIds, ...(resolution.fallbackChosenIds ?? [])];
}

export async function findResolution(manager: EntityManager, id: string): Promise<ResolutionRow> {
  const [row]: ResolutionRow[] = await manager.query(`SELECT ${RESOLUTION_COLUMNS} FROM meeting_resolutions r WHERE r.id = $1`, [id]);
  return row;
}

export async function findResolutionOfVote(manager: EntityManager, voteId: string, lock = false): Promise<ResolutionRow | null> {
  const [row]: ResolutionRow[] = await manager.query(
    `SELECT ${RESOLUTION_COLUMNS} FROM meeting_resolutions r WHERE r.vote_id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [voteId],
  );
  return row ?? null;
}

/** Vice-chairs elected for `year` before its chair was known, oldest first. */
export function lockPendingViceChairs(tx: EntityManager, clusterId: string, year: number): Promise<ResolutionRow[]> {
  return tx.query(
    `SELECT ${RESOLUTION_COLUMNS} FROM meeting_resolutions r
     WHERE r.cluster_id = $1 AND r.year + 1 = $2 AND r.subject = 'vice_chair_election' AND r.status = 'pending_chair'
     ORDER BY r.created_at, r.id FOR UPDATE`,
    [clusterId, year],
  );
}

export async function findResolutionsOfMeeting(
  manager: EntityManager,
  meetingId: string,
  filter: { subject?: VoteSubject; limit: number; offset: number },
): Promise<{ items: ResolutionRow[]; total: number }> {
  const where = `WHERE r.meeting_id = $1 AND ($2::vote_subject IS NULL OR r.subject = $2)`;
  const parameters = [meetingId, filter.subject ?? null];
  const [items, [{ total }]]: [ResolutionRow[], { total: number }[]] = await Promise.all([
    manager.query(`SELECT ${RESOLUTION_COLUMNS} FROM meeting_resolutions r ${where} ORDER BY r.created_at, r.id LIMIT $3 OFFSET $4`, [
      ...parameters,
      filter.limit,
      filter.offset,
    ]),
    manager.query(`SELECT count(*)::int AS total FROM meeting_resolutions r ${where}`, parameters),
  ]);
  return { items, total };
}

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
  p.nomination_id AS "nominationId", p.created_at AS "createdAt"`;

export async function findFlagProposals(
  manager: EntityManager,
  filter: { clusterId?: string; year?: number; meetingId?: string; resolutionIds?: string[]; limit?: number; offset?: number },
): Promise<{ items: FlagProposalRow[]; total: number }> {
  const where = `WHERE ($1::uuid IS NULL OR p.cluster_id = $1) AND ($2::int IS NULL OR p.year = $2)
    AND ($3::uuid IS NULL OR p.meeting_id = $3) AND ($4::uuid[] IS NULL OR p.resolution_id = ANY($4))`;
  const parameters = [filter.clusterId ?? null, filter.year ?? null, filter.meetingId ?? null, filter.resolutionIds ?? null];
  const [items, [{ total }]]: [FlagProposalRow[], { total: number }[]] = await Promise.all([
    manager.query(
      `SELECT ${PROPOSAL_COLUMNS} FROM flag_proposals p ${where}
       ORDER BY p.year DESC, p.cluster_id, p.round NULLS LAST, p.rank NULLS LAST, p.created_at, p.id LIMIT $5 OFFSET $6`,
      [...parameters, filter.limit ?? null, filter.offset ?? 0],
    ),
    manager.query(`SELECT count(*)::int AS total FROM flag_proposals p ${where}`, parameters),
  ]);
  return { items, total };
}
