import type { SqlRunner } from '../../platform/pagination/page.js';
import { lastDayOf } from '../../platform/time/calendar.js';
import { nameAsOfJoin } from '../organizations/organization.repository.js';

/** A unit as the registry shows it in a year: its stable id and code, and the names it bore then. */
export interface UnitView {
  id: string;
  code: string;
  fullName: string;
  shortName: string;
}

/**
 * Joins the organization `fk` points to, as `alias`, with its names as of `date` (a SQL expression).
 * LEFT so that an optional reference (a term without vice-chair) keeps its row.
 */
export function unitJoin(alias: string, fk: string, date: string): string {
  return `LEFT JOIN organizations ${alias} ON ${alias}.id = ${fk} ${unitNameJoin(alias, date)}`;
}

/** Only the names, for a query that already has the organizations row as `alias`. */
export function unitNameJoin(alias: string, date: string): string {
  return nameAsOfJoin(alias, `${alias}_name`, date);
}

/**
 * The one order of units on every screen and document: by short name in Vietnamese collation
 * ("LHH Bạc Liêu" before "LHH Cần Thơ", whatever their full names), then by the stable code, so that
 * two units of the same name never swap. `names` is the alias of the names row, `unit` of the unit.
 */
export function unitOrderBy(names: string, unit: string, direction: 'ASC' | 'DESC' = 'ASC'): string {
  return `${names}.short_name COLLATE vietnamese ${direction}, ${unit}.code`;
}

/** The same order for a unit joined by `unitJoin(alias, …)`. */
export function unitOrder(alias: string): string {
  return unitOrderBy(`${alias}_name`, alias);
}

/** The columns `unitFrom(row, alias)` reads back. */
export function unitColumns(alias: string): string {
  return `${alias}.id AS ${alias}_id, ${alias}.code AS ${alias}_code,
    ${alias}_name.full_name AS ${alias}_full_name, ${alias}_name.short_name AS ${alias}_short_name`;
}

export type SqlRow = Record<string, unknown>;

export function unitFrom(row: SqlRow, alias: string): UnitView | null {
  if (!row[`${alias}_id`]) return null;
  return {
    id: row[`${alias}_id`] as string,
    code: row[`${alias}_code`] as string,
    fullName: row[`${alias}_full_name`] as string,
    shortName: row[`${alias}_short_name`] as string,
  };
}

/**
 * Units by id, named as they were in `year`; unknown ids are left out. Used by every context
 * and read model that names units the way the registry does.
 */
export async function unitsById(db: SqlRunner, ids: readonly string[], year: number): Promise<Map<string, UnitView>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<SqlRow[]>(
    `SELECT ${unitColumns('unit')} FROM unnest($1::uuid[]) AS wanted (id) ${unitJoin('unit', 'wanted.id', '$2')} WHERE unit.id IS NOT NULL`,
    [[...new Set(ids)], lastDayOf(year)],
  );
  return new Map(rows.flatMap((row) => unitFrom(row, 'unit') ?? []).map((unit) => [unit.id, unit]));
}
