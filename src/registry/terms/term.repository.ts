import type { EntityManager } from 'typeorm';
import type { ClusterYearScope } from '../../access/policies/access.rules.js';
import { type SqlRow, unitColumns, unitFrom, unitJoin } from '../organizations/organization.repository.js';
import type { UnitView } from '../organizations/organization.dto.js';
import type { TermDecision, TermRecord } from './term.rules.js';

/** A cluster's term with its chair and vice-chair named as they were that year. */
export interface TermView {
  clusterId: string;
  year: number;
  chair: UnitView;
  viceChair: UnitView | null;
  decidedBy: TermDecision;
  decidedAtMeetingId: string | null;
  note: string | null;
  closedAt: Date | null;
  version: number;
}

/** The stored term, locked for a change. */
export interface LockedTerm extends TermRecord {
  id: string;
  note: string | null;
  version: number;
  closedAt: Date | null;
}

/** What a replacement by hand writes. */
export interface TermFields {
  chairId: string;
  viceChairId: string | null;
  decidedBy: TermDecision;
  note: string | null;
}

export interface TermsFilter {
  fromYear?: number;
  toYear?: number;
  order: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

interface TermRow extends SqlRow {
  cluster_id: string;
  year: number;
  decided_by: TermDecision;
  decided_at_meeting_id: string | null;
  note: string | null;
  closed_at: Date | null;
  version: number;
}

const TERM_SELECT = `
  SELECT t.cluster_id, t.year, t.decided_by, t.decided_at_meeting_id, t.note, t.closed_at, t.version,
    ${unitColumns('chair')}, ${unitColumns('vice')}
  FROM cluster_terms t
  ${unitJoin('chair', 't.chair_id', 'make_date(t.year, 12, 31)')}
  ${unitJoin('vice', 't.vice_chair_id', 'make_date(t.year, 12, 31)')}`;

function termFrom(row: TermRow): TermView {
  const chair = unitFrom(row, 'chair');
  if (!chair) throw new Error(`The ${row.year} term without its chair`);
  return {
    clusterId: row.cluster_id,
    year: row.year,
    chair,
    viceChair: unitFrom(row, 'vice'),
    decidedBy: row.decided_by,
    decidedAtMeetingId: row.decided_at_meeting_id,
    note: row.note,
    closedAt: row.closed_at,
    version: row.version,
  };
}

/** Every query of `cluster_terms`, which only the terms feature writes. */
export class TermRepository {
  constructor(private readonly db: EntityManager) {}

  async view(clusterId: string, year: number): Promise<TermView | null> {
    const rows: TermRow[] = await this.db.query(`${TERM_SELECT} WHERE t.cluster_id = $1 AND t.year = $2`, [clusterId, year]);
    return rows.length > 0 ? termFrom(rows[0]) : null;
  }

  /** Terms of a cluster within [fromYear, toYear], in the given year order; all of them without a limit. */
  async list(clusterId: string, filter: TermsFilter): Promise<{ items: TermView[]; total: number }> {
    const where = `WHERE t.cluster_id = $1 AND ($2::int IS NULL OR t.year >= $2) AND ($3::int IS NULL OR t.year <= $3)`;
    const parameters = [clusterId, filter.fromYear ?? null, filter.toYear ?? null];
    const [rows, [{ total }]]: [TermRow[], { total: number }[]] = await Promise.all([
      this.db.query(`${TERM_SELECT} ${where} ORDER BY t.year ${filter.order === 'asc' ? 'ASC' : 'DESC'} LIMIT $4 OFFSET $5`, [
        ...parameters,
        filter.limit ?? null,
        filter.offset ?? 0,
      ]),
      this.db.query(`SELECT count(*)::int AS total FROM cluster_terms t ${where}`, parameters),
    ]);
    return { items: rows.map(termFrom), total };
  }

  async lock(clusterId: string, year: number): Promise<LockedTerm | null> {
    const rows: LockedTerm[] = await this.db.query(
      `SELECT id, chair_id AS "chairId", vice_chair_id AS "viceChairId", decided_by AS "decidedBy",
         decided_at_meeting_id AS "decidedAtMeetingId", chair_basis_vote_id AS "chairBasisVoteId",
         vice_chair_basis_vote_id AS "viceChairBasisVoteId", rotating_flag_handed_over AS "rotatingFlagHandedOver",
         note, version, closed_at AS "closedAt"
       FROM cluster_terms WHERE cluster_id = $1 AND year = $2 FOR UPDATE`,
      [clusterId, year],
    );
    return rows[0] ?? null;
  }

  async insert(clusterId: string, year: number, fields: TermFields): Promise<string> {
    const [{ id }]: { id: string }[] = await this.db.query(
      `INSERT INTO cluster_terms (cluster_id, year, chair_id, vice_chair_id, decided_by, note) VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING id`,
      [clusterId, year, fields.chairId, fields.viceChairId, fields.decidedBy, fields.note],
    );
    return id;
  }

  async replace(id: string, fields: TermFields): Promise<void> {
    await this.db.query(
      `UPDATE cluster_terms SET chair_id = $2, vice_chair_id = $3, decided_by = $4, note = $5,
         version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, fields.chairId, fields.viceChairId, fields.decidedBy, fields.note],
    );
  }

  /** Writes what a resolution decided: a new term, or the existing one `id` changed. Returns the term's id. */
  async writeResolved(clusterId: string, year: number, id: string | null, term: TermRecord): Promise<string> {
    const values = [
      term.chairId,
      term.viceChairId,
      term.decidedBy,
      term.decidedAtMeetingId,
      term.chairBasisVoteId,
      term.viceChairBasisVoteId,
      term.rotatingFlagHandedOver,
    ];
    if (id !== null) {
      await this.db.query(
        `UPDATE cluster_terms SET chair_id = $2, vice_chair_id = $3, decided_by = $4, decided_at_meeting_id = $5,
           chair_basis_vote_id = $6, vice_chair_basis_vote_id = $7, rotating_flag_handed_over = $8,
           version = version + 1, updated_at = now()
         WHERE id = $1`,
        [id, ...values],
      );
      return id;
    }
    const [inserted]: { id: string }[] = await this.db.query(
      `INSERT INTO cluster_terms (cluster_id, year, chair_id, vice_chair_id, decided_by, decided_at_meeting_id,
         chair_basis_vote_id, vice_chair_basis_vote_id, rotating_flag_handed_over)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [clusterId, year, ...values],
    );
    return inserted.id;
  }

  async close(id: string, closedAt: Date): Promise<void> {
    await this.db.query('UPDATE cluster_terms SET closed_at = $2, version = version + 1, updated_at = now() WHERE id = $1', [id, closedAt]);
  }

  /**
   * The facts the secretariat rule needs for one cluster and year: who chairs it and whether the
   * year is still open. No term means no secretariat.
   */
  async scope(clusterId: string, year: number): Promise<ClusterYearScope> {
    const [term]: { chair_id: string; closed_at: Date | null }[] = await this.db.query(
      'SELECT chair_id, closed_at FROM cluster_terms WHERE cluster_id = $1 AND year = $2',
      [clusterId, year],
    );
    return { chairOrganizationId: term?.chair_id ?? null, termOpen: term ? term.closed_at === null : false };
  }

  /** Seeds: creates or replaces the terms of these years by hand-kept fields, writing nothing that is already so. */
  async upsertSeeded(terms: (TermFields & { clusterId: string; year: number })[]): Promise<void> {
    await this.db.query(
      `INSERT INTO cluster_terms (cluster_id, year, chair_id, vice_chair_id, decided_by, note)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::uuid[], $5::term_decision[], $6::text[])
       ON CONFLICT ON CONSTRAINT cluster_terms_one_per_cluster_and_year DO UPDATE
         SET chair_id = EXCLUDED.chair_id, vice_chair_id = EXCLUDED.vice_chair_id, decided_by = EXCLUDED.decided_by,
           note = EXCLUDED.note, version = cluster_terms.version + 1, updated_at = now()
         WHERE (cluster_terms.chair_id, cluster_terms.vice_chair_id, cluster_terms.decided_by, cluster_terms.note)
           IS DISTINCT FROM (EXCLUDED.chair_id, EXCLUDED.vice_chair_id, EXCLUDED.decided_by, EXCLUDED.note)`,
      [
        terms.map((term) => term.clusterId),
        terms.map((term) => term.year),
        terms.map((term) => term.chairId),
        terms.map((term) => term.viceChairId),
        terms.map((term) => term.decidedBy),
        terms.map((term) => term.note),
      ],
    );
  }
}
