import type { EntityManager } from 'typeorm';
import { type SqlRow, unitColumns, unitFrom, type UnitView, unitJoin } from '../clusters/unit.sql.js';
import { lastDayOf } from '../../platform/time/calendar.js';
import type { MemberView } from './membership.dto.js';
import { coversYear } from './membership.sql.js';

const ORDER_BY = {
  name: 'unit_name.full_name COLLATE vietnamese, unit.code',
  code: 'unit.code',
} as const;

export interface MembersFilter {
  q?: string;
  sort: keyof typeof ORDER_BY;
  /** Omit both to get every member. */
  limit?: number;
  offset?: number;
}

/** The members of a cluster in `year`, named as they were that year. */
export async function findMembers(
  manager: EntityManager,
  clusterId: string,
  year: number,
  filter: MembersFilter,
): Promise<{ items: MemberView[]; total: number }> {
  const from = `
    FROM cluster_memberships m
    ${unitJoin('unit', 'm.organization_id', '$3')}
    WHERE m.cluster_id = $1 AND ${coversYear('m', '$2::int')}
      AND ($4::text IS NULL OR search_key(unit_name.full_name || ' ' || unit_name.short_name || ' ' || unit.code) LIKE '%' || search_key($4) || '%')`;
  const parameters = [clusterId, year, lastDayOf(year), filter.q ?? null];
  const [rows, [{ total }]]: [SqlRow[], { total: number }[]] = await Promise.all([
    manager.query(`SELECT m.from_year, m.to_year, ${unitColumns('unit')} ${from} ORDER BY ${ORDER_BY[filter.sort]} LIMIT $5 OFFSET $6`, [
      ...parameters,
      filter.limit ?? null,
      filter.offset ?? 0,
    ]),
    manager.query(`SELECT count(*)::int AS total ${from}`, parameters),
  ]);
  return { items: rows.map(memberFrom), total };
}

export function memberFrom(row: SqlRow): MemberView {
  const unit = unitFrom(row, 'unit') as UnitView;
  return {
    organizationId: unit.id,
    code: unit.code,
    fullName: unit.fullName,
    shortName: unit.shortName,
    fromYear: row.from_year as number,
    toYear: row.to_year as number | null,
  };
}
