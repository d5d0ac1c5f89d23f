import type { SqlRunner } from '../pagination/page.js';

/** A column of a bulk insert: its SQL type (for the array cast) and how to read its value from a row. */
export type InsertColumn<R> = readonly [sqlType: string, value: (row: R) => unknown];

/**
 * Inserts `rows` in one statement, one array per column unnested together, and returns their ids in the order
 * of `rows`. `table` and the column names are the calling repository's own constants, never input.
 *
 *   INSERT INTO t (a, b) SELECT r.a, r.b FROM unnest($1::uuid[], $2::int[]) WITH ORDINALITY AS r (a, b, position)
 *   ORDER BY r.position RETURNING id
 */
export async function insertAll<R>(
  db: SqlRunner,
  table: string,
  columns: Readonly<Record<string, InsertColumn<R>>>,
  rows: readonly R[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const names = Object.keys(columns);
  const types = Object.values(columns).map(([type], i) => `$${i + 1}::${type}[]`);
  const inserted = await db.query<{ id: string }[]>(
    `INSERT INTO ${table} (${names.join(', ')})
     SELECT ${names.map((name) => `r.${name}`).join(', ')}
     FROM unnest(${types.join(', ')}) WITH ORDINALITY AS r (${names.join(', ')}, position)
     ORDER BY r.position
     RETURNING id`,
    Object.values(columns).map(([, value]) => rows.map(value)),
  );
  return inserted.map((row) => row.id);
}
