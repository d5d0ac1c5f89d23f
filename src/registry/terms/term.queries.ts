import type { EntityManager } from 'typeorm';
import { type SqlRow, unitColumns, unitFrom, type UnitView, unitJoin } from '../clusters/unit.sql.js';
import type { TermDecision } from './term.entity.js';

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

const TERM_SELECT = `
  SELECT t.cluster_id, t.year, t.decided_by, t.decided_at_meeting_id, t.note, t.closed_at, t.version,
    ${unitColumns('chair')}, ${unitColumns('vice')}
  FROM cluster_terms t
  ${unitJoin('chair', 't.chair_id', 'make_date(t.year, 12, 31)')}
  ${unitJoin('vice', 't.vice_chair_id', 'make_date(t.year, 12, 31)')}`;

function termFrom(row: SqlRow): TermView {
  return {
    clusterId: row.cluster_id as string,
    year: row.year as number,
    chair: unitFrom(row, 'chair') as UnitView,
    viceChair: unitFrom(row, 'vice'),
    decidedBy: row.decided_by as TermDecision,
    decidedAtMeetingId: row.decided_at_meeting_id as string | null,
    note: row.note as string | null,
    closedAt: row.closed_at as Date | null,
    version: row.version as number,
  };
}

export async function findTerm(manager: EntityManager, clusterId: string, year: number): Promise<TermView | null> {
  const rows: SqlRow[] = await manager.query(`${TERM_SELECT} WHERE t.cluster_id = $1 AND t.year = $2`, [clusterId, year]);
  return rows.length > 0 ? termFrom(rows[0]) : null;
}

/** Terms of a cluster within [fromYear, toYear], in the given year order; all of them without a limit. */
export async function findTerms(
  manager: EntityManager,
  clusterId: string,
  filter: { fromYear?: number; toYear?: number; order: 'asc' | 'desc'; limit?: number; offset?: number },
): Promise<{ items: TermView[]; total: number }> {
  const where = `WHERE t.cluster_id = $1 AND ($2::int IS NULL OR t.year >= $2) AND ($3::int IS NULL OR t.year <= $3)`;
  const parameters = [clusterId, filter.fromYear ?? null, filter.toYear ?? null];
  const [rows, [{ total }]]: [SqlRow[], { total: number }[]] = await Promise.all([
    manager.query(`${TERM_SELECT} ${where} ORDER BY t.year ${filter.order === 'asc' ? 'ASC' : 'DESC'} LIMIT $4 OFFSET $5`, [
      ...parameters,
      filter.limit ?? null,
      filter.offset ?? 0,
    ]),
    manager.query(`SELECT count(*)::int AS total FROM cluster_terms t ${where}`, parameters),
  ]);
  return { items: rows.map(termFrom), total };
}
