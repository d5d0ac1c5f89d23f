import type { EntityManager } from 'typeorm';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { PaperTotals } from './paper-totals.rules.js';
import type { VoteRuleSet, VoteSubject } from './vote-rule-set.js';
import { VoteNotFoundError } from './vote.errors.js';
import type { TallyResult } from './vote.rules.js';
import type { VoteState } from './vote.state.js';

export const VOTE_METHODS = ['electronic', 'paper'] as const;
export type VoteMethod = (typeof VOTE_METHODS)[number];

/** A vote as stored: its subject, ballot and the copy of the rules it is held under. */
export interface VoteRow {
  id: string;
  meetingId: string;
  clusterId: string;
  year: number;
  subject: VoteSubject;
  title: string;
  question: string | null;
  method: VoteMethod;
  candidateIds: string[];
  proposedOrganizationId: string | null;
  awardTypeCode: string | null;
  quota: number | null;
  quotaBasis: LocalizedText | null;
  rules: VoteRuleSet;
  ruleSetId: string | null;
  rulesBasis: LocalizedText;
  countingCommittee: string[];
  state: VoteState;
  currentRound: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What the counting committee entered for a paper round, with its members' names. */
export interface StoredPaperTotals extends PaperTotals {
  countingCommittee: string[];
}

export interface RoundRow {
  voteId: string;
  round: number;
  candidateIds: string[];
  places: number;
  /** The voting units present when the round opened: its roll. */
  electors: string[];
  memberCount: number;
  openedAt: Date;
  closedAt: Date | null;
  paperTotals: StoredPaperTotals | null;
  result: TallyResult | null;
}

const VOTE_COLUMNS = `
  v.id, v.meeting_id AS "meetingId", v.cluster_id AS "clusterId", v.year, v.subject, v.title, v.question, v.method,
  v.candidate_ids AS "candidateIds", v.proposed_organization_id AS "proposedOrganizationId",
  v.award_type_code AS "awardTypeCode", v.quota, v.quota_basis AS "quotaBasis", v.rules, v.rule_set_id AS "ruleSetId",
  v.rules_basis AS "rulesBasis", v.counting_committee AS "countingCommittee", v.state, v.current_round AS "currentRound",
  v.version, v.created_at AS "createdAt", v.updated_at AS "updatedAt"`;

const ROUND_COLUMNS = `
  r.vote_id AS "voteId", r.round, r.candidate_ids AS "candidateIds", r.places, r.electors, r.member_count AS "memberCount",
  r.opened_at AS "openedAt", r.closed_at AS "closedAt", r.paper_totals AS "paperTotals", r.result`;

export async function findVote(manager: EntityManager, id: string): Promise<VoteRow> {
  const [row]: VoteRow[] = await manager.query(`SELECT ${VOTE_COLUMNS} FROM votes v WHERE v.id = $1`, [id]);
  if (!row) throw new VoteNotFoundError(id);
  return row;
}

/**
 * The vote, locked until the transaction ends: every change to a vote and every ballot takes this lock first, so
 * they happen one after the other (a ballot never lands in a round being closed) and never deadlock.
 */
export async function lockVote(tx: EntityManager, id: string): Promise<VoteRow> {
  const [row]: VoteRow[] = await tx.query(`SELECT ${VOTE_COLUMNS} FROM votes v WHERE v.id = $1 FOR UPDATE`, [id]);
  if (!row) throw new VoteNotFoundError(id);
  return row;
}

export function findRounds(manager: EntityManager, voteId: string): Promise<RoundRow[]> {
  return manager.query(`SELECT ${ROUND_COLUMNS} FROM vote_rounds r WHERE r.vote_id = $1 ORDER BY r.round`, [voteId]);
}

export async function findRound(manager: EntityManager, voteId: string, round: number): Promise<RoundRow | null> {
  const [row]: RoundRow[] = await manager.query(`SELECT ${ROUND_COLUMNS} FROM vote_rounds r WHERE r.vote_id = $1 AND r.round = $2`, [
    voteId,
    round,
  ]);
  return row ?? null;
}

/** How many units have cast an electronic ballot in each round of the vote. */
export async function ballotsCastByRound(manager: EntityManager, voteId: string): Promise<Map<number, number>> {
  const rows: { round: number; cast: number }[] = await manager.query(
    `SELECT round, count(*)::int AS cast FROM ballot_voters WHERE vote_id = $1 GROUP BY round`,
    [voteId],
  );
  return new Map(rows.map((r) => [r.round, r.cast]));
}

export interface VotesFilter {
  subject?: VoteSubject;
  state?: VoteState;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

export async function findVotesOfMeeting(
  manager: EntityManager,
  meetingId: string,
  filter: VotesFilter,
): Promise<{ items: VoteRow[]; total: number }> {
  const where = `WHERE v.meeting_id = $1 AND ($2::vote_subject IS NULL OR v.subject = $2) AND ($3::vote_state IS NULL OR v.state = $3)`;
  const parameters = [meetingId, filter.subject ?? null, filter.state ?? null];
  const direction = filter.order === 'asc' ? 'ASC' : 'DESC';
  const [items, [{ total }]]: [VoteRow[], { total: number }[]] = await Promise.all([
    manager.query(`SELECT ${VOTE_COLUMNS} FROM votes v ${where} ORDER BY v.created_at ${direction}, v.id LIMIT $4 OFFSET $5`, [
      ...parameters,
      filter.limit,
      filter.offset,
    ]),
    manager.query(`SELECT count(*)::int AS total FROM votes v ${where}`, parameters),
  ]);
  return { items, total };
}
