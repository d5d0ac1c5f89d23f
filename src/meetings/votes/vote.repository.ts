import type { EntityManager } from 'typeorm';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { queryPage } from '../../platform/pagination/page.js';
import { unitsById, unitJoin } from '../../registry/organizations/organization.repository.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { coversYear } from '../../registry/memberships/membership.repository.js';
import type { DeclaredResult } from './declared-result.rules.js';
import type { StoredPaperTotals } from './paper-totals.rules.js';
import type { VoteMethod, VoteRuleSet, VoteSubject } from './vote-rule-set.js';
import type { VotesQuery } from './vote.dto.js';
import { VoteNotFoundError } from './vote.errors.js';
import type { TallyResult } from './vote.rules.js';
import type { VoteState } from './vote.state.js';

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
  /** The award rule set the quota and its legal basis come from; the vote's nominations cite the same one. */
  awardRuleSetId: string | null;
  rules: VoteRuleSet;
  ruleSetId: string | null;
  rulesBasis: LocalizedText;
  countingCommittee: string[];
  state: VoteState;
  currentRound: number;
  /** Set when the vote was cancelled after it opened: when, by whom, why (for the minutes). */
  cancelledAt: Date | null;
  cancelledByUserId: string | null;
  cancelledByUsername: string | null;
  cancellationReason: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface Cancellation {
  at: Date;
  userId: string | null;
  username: string | null;
  reason: string | null;
}

/** What a new vote is set up with. */
export type NewVote = Pick<
  VoteRow,
  | 'meetingId'
  | 'clusterId'
  | 'year'
  | 'subject'
  | 'title'
  | 'question'
  | 'method'
  | 'candidateIds'
  | 'proposedOrganizationId'
  | 'awardTypeCode'
  | 'quota'
  | 'quotaBasis'
  | 'awardRuleSetId'
  | 'rules'
  | 'ruleSetId'
  | 'rulesBasis'
  | 'countingCommittee'
>;

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
  /** The result declared without a count (unanimous, consensus, show of hands), instead of paper totals. */
  declaredResult: DeclaredResult | null;
  result: TallyResult | null;
  /** Set when an electronic round is closed: the sealed ballots the box held, the units marked, and their receipts. */
  ballotsInBox: number | null;
  votersMarked: number | null;
  receipts: string[] | null;
}

/** What the close of an electronic round found in its box (BallotBox). */
export interface ClosedBox {
  ballotsInBox: number;
  votersMarked: number;
  receipts: string[];
}

const VOTE_COLUMNS = `
  v.id, v.meeting_id AS "meetingId", v.cluster_id AS "clusterId", v.year, v.subject, v.title, v.question, v.method,
  v.candidate_ids AS "candidateIds", v.proposed_organization_id AS "proposedOrganizationId",
  v.award_type_code AS "awardTypeCode", v.quota, v.quota_basis AS "quotaBasis",
  v.award_rule_set_id AS "awardRuleSetId", v.rules, v.rule_set_id AS "ruleSetId",
  v.rules_basis AS "rulesBasis", v.counting_committee AS "countingCommittee", v.state, v.current_round AS "currentRound",
  v.cancelled_at AS "cancelledAt", v.cancelled_by_user_id AS "cancelledByUserId", v.cancelled_by_username AS "cancelledByUsername",
  v.cancellation_reason AS "cancellationReason", v.version, v.created_at AS "createdAt", v.updated_at AS "updatedAt"`;

const ROUND_COLUMNS = `
  r.vote_id AS "voteId", r.round, r.candidate_ids AS "candidateIds", r.places, r.electors, r.member_count AS "memberCount",
  r.opened_at AS "openedAt", r.closed_at AS "closedAt", r.paper_totals AS "paperTotals", r.declared_result AS "declaredResult", r.result,
  r.ballots_in_box AS "ballotsInBox", r.voters_marked AS "votersMarked", r.receipts`;

/** Votes and their rounds: every query of the tables the votes feature owns. */
export class VoteRepository {
  constructor(private readonly db: EntityManager) {}

  /** The vote; a vote that does not exist is the caller's 404. */
  async require(id: string): Promise<VoteRow> {
    const [row] = await this.db.query<VoteRow[]>(`SELECT ${VOTE_COLUMNS} FROM votes v WHERE v.id = $1`, [id]);
    if (!row) throw new VoteNotFoundError(id);
    return row;
  }

  /**
   * The vote, locked until the transaction ends: every change to a vote takes this lock first, so changes happen one
   * after the other, and a ballot (which share-locks it) never lands in a round being closed.
   */
  async lock(id: string): Promise<VoteRow> {
    const [row] = await this.db.query<VoteRow[]>(`SELECT ${VOTE_COLUMNS} FROM votes v WHERE v.id = $1 FOR UPDATE`, [id]);
    if (!row) throw new VoteNotFoundError(id);
    return row;
  }

  /**
   * The vote, share-locked until the transaction ends: how a ballot holds the vote open while it is cast. Ballots
   * share the lock, so they proceed in parallel; a change to the vote (closing the round) waits for them, and they
   * for it.
   */
  async share(id: string): Promise<VoteRow> {
    const [row] = await this.db.query<VoteRow[]>(`SELECT ${VOTE_COLUMNS} FROM votes v WHERE v.id = $1 FOR SHARE`, [id]);
    if (!row) throw new VoteNotFoundError(id);
    return row;
  }

  async listOfMeeting(meetingId: string, query: VotesQuery): Promise<{ items: VoteRow[]; total: number }> {
    const { rows, total } = await queryPage<VoteRow>(
      this.db,
      {
        select: VOTE_COLUMNS,
        from: 'FROM votes v',
        where: `WHERE v.meeting_id = $1 AND ($2::vote_subject IS NULL OR v.subject = $2) AND ($3::vote_state IS NULL OR v.state = $3)`,
        orderBy: `v.created_at ${query.order === 'asc' ? 'ASC' : 'DESC'}, v.id`,
        parameters: [meetingId, query.subject ?? null, query.state ?? null],
      },
      query,
    );
    return { items: rows, total };
  }

  async insert(vote: NewVote): Promise<string> {
    const [{ id }] = await this.db.query<{ id: string }[]>(
      `INSERT INTO votes (meeting_id, cluster_id, year, subject, title, question, method, candidate_ids, proposed_organization_id,
         award_type_code, quota, quota_basis, rules, rule_set_id, rules_basis, counting_committee, award_rule_set_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
      [
        vote.meetingId,
        vote.clusterId,
        vote.year,
        vote.subject,
        vote.title,
        vote.question,
        vote.method,
        vote.candidateIds,
        vote.proposedOrganizationId,
        vote.awardTypeCode,
        vote.quota,
        vote.quotaBasis,
        vote.rules,
        vote.ruleSetId,
        vote.rulesBasis,
        JSON.stringify(vote.countingCommittee),
        vote.awardRuleSetId,
      ],
    );
    return id;
  }

  async setState(id: string, state: VoteState, currentRound: number): Promise<void> {
    await this.db.query(`UPDATE votes SET state = $2, current_round = $3, version = version + 1, updated_at = now() WHERE id = $1`, [
      id,
      state,
      currentRound,
    ]);
  }

  /** Cancelled: the state, and who cancelled it, when and why. */
  async cancel(id: string, state: VoteState, cancellation: Cancellation): Promise<void> {
    await this.db.query(
      `UPDATE votes SET state = $2, cancelled_at = $3, cancelled_by_user_id = $4, cancelled_by_username = $5, cancellation_reason = $6,
         version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, state, cancellation.at, cancellation.userId, cancellation.username, cancellation.reason],
    );
  }

  /** The count entered for a round still open (paper totals) goes with its ballots when the vote is cancelled. */
  async discardOpenRoundCount(voteId: string): Promise<void> {
    await this.db.query(`UPDATE vote_rounds SET paper_totals = NULL, declared_result = NULL WHERE vote_id = $1 AND closed_at IS NULL`, [
      voteId,
    ]);
  }

  /** The unit a chair handover still under way at the cluster's `year` proposes, the latest first; null if none. */
  async handoverUnderWay(clusterId: string, year: number, states: readonly VoteState[]): Promise<string | null> {
    const [row] = await this.db.query<{ id: string }[]>(
      `SELECT proposed_organization_id AS id FROM votes
       WHERE cluster_id = $1 AND year = $2 AND subject = 'chair_handover' AND state = ANY($3::vote_state[]) AND proposed_organization_id IS NOT NULL
       ORDER BY created_at DESC, id LIMIT 1`,
      [clusterId, year, states],
    );
    return row?.id ?? null;
  }

  rounds(voteId: string): Promise<RoundRow[]> {
    return this.db.query<RoundRow[]>(`SELECT ${ROUND_COLUMNS} FROM vote_rounds r WHERE r.vote_id = $1 ORDER BY r.round`, [voteId]);
  }

  async round(voteId: string, round: number): Promise<RoundRow | null> {
    const [row] = await this.db.query<RoundRow[]>(`SELECT ${ROUND_COLUMNS} FROM vote_rounds r WHERE r.vote_id = $1 AND r.round = $2`, [
      voteId,
      round,
    ]);
    return row ?? null;
  }

  async openRound(
    voteId: string,
    round: Pick<RoundRow, 'round' | 'candidateIds' | 'places' | 'electors' | 'memberCount' | 'openedAt'>,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO vote_rounds (vote_id, round, candidate_ids, places, electors, member_count, opened_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [voteId, round.round, round.candidateIds, round.places, round.electors, round.memberCount, round.openedAt],
    );
  }

  /** The round's result; for an electronic round, what its box held too. */
  async closeRound(voteId: string, round: number, closedAt: Date, result: TallyResult, box: ClosedBox | null): Promise<void> {
    await this.db.query(
      `UPDATE vote_rounds SET closed_at = $3, result = $4, ballots_in_box = $5, voters_marked = $6, receipts = $7
       WHERE vote_id = $1 AND round = $2`,
      [voteId, round, closedAt, result, box?.ballotsInBox ?? null, box?.votersMarked ?? null, box?.receipts ?? null],
    );
  }

  /** The counting committee's totals replace a result declared before, if any. */
  async savePaperTotals(voteId: string, round: number, totals: StoredPaperTotals): Promise<void> {
    await this.db.query(`UPDATE vote_rounds SET paper_totals = $3, declared_result = NULL WHERE vote_id = $1 AND round = $2`, [
      voteId,
      round,
      totals,
    ]);
  }

  /** A result declared without a count replaces the paper totals entered before, if any. */
  async saveDeclaredResult(voteId: string, round: number, declared: DeclaredResult): Promise<void> {
    await this.db.query(`UPDATE vote_rounds SET declared_result = $3, paper_totals = NULL WHERE vote_id = $1 AND round = $2`, [
      voteId,
      round,
      declared,
    ]);
  }

  /** How many units have cast an electronic ballot in each round of the vote. */
  async ballotsCastByRound(voteId: string): Promise<Map<number, number>> {
    const rows = await this.db.query<{ round: number; cast: number }[]>(
      `SELECT round, count(*)::int AS cast FROM ballot_voters WHERE vote_id = $1 GROUP BY round`,
      [voteId],
    );
    return new Map(rows.map((r) => [r.round, r.cast]));
  }

  /** The member units of the cluster in `year` by short name in Vietnamese collation: a ballot's default candidates. */
  async memberIds(clusterId: string, year: number): Promise<string[]> {
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT unit.id FROM cluster_memberships m
       ${unitJoin('unit', 'm.organization_id', 'make_date($2::int, 12, 31)')}
       WHERE m.cluster_id = $1 AND ${coversYear('m', '$2::int')}
       ORDER BY unit_name.short_name COLLATE vietnamese, unit.id`,
      [clusterId, year],
    );
    return rows.map((row) => row.id);
  }

  /** The chair (cụm trưởng) and vice-chair (cụm phó) units of the cluster's term for `year`, if it is recorded. */
  async termHolders(clusterId: string, year: number): Promise<{ chairId: string; viceChairId: string | null } | null> {
    const [row] = await this.db.query<{ chairId: string; viceChairId: string | null }[]>(
      `SELECT chair_id AS "chairId", vice_chair_id AS "viceChairId" FROM cluster_terms WHERE cluster_id = $1 AND year = $2`,
      [clusterId, year],
    );
    return row ?? null;
  }

  unitsById(ids: readonly string[], year: number): Promise<Map<string, UnitView>> {
    return unitsById(this.db, ids, year);
  }
}
