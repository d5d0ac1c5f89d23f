import type { EntityManager } from 'typeorm';
import { type SqlRow, unitColumns, unitFrom, type UnitView, unitJoin } from '../../registry/clusters/unit.sql.js';
import { lastDayOf } from '../../platform/time/calendar.js';

/** Units by id, named as they were in `year`; unknown ids are left out. */
export async function unitsById(manager: EntityManager, ids: readonly string[], year: number): Promise<Map<string, UnitView>> {
  if (ids.length === 0) return new Map();
  const rows: SqlRow[] = await manager.query(
    `SELECT ${unitColumns('unit')} FROM unnest($1::uuid[]) AS wanted (id) ${unitJoin('unit', 'wanted.id', '$2')} WHERE unit.id IS NOT NULL`,
    [[...new Set(ids)], lastDayOf(year)],
  );
  return new Map(rows.map((row) => unitFrom(row, 'unit') as UnitView).map((unit) => [unit.id, unit]));
}

/** The units of `ids` in the same order, named as in `year`; ids of no unit are left out. */
export function unitsOf(units: ReadonlyMap<string, UnitView>, ids: readonly string[]): UnitView[] {
  return ids.map((id) => units.get(id)).filter((unit): unit is UnitView => unit !== undefined);
}
