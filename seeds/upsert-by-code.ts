import { type EntityManager, type EntityTarget, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm';

interface Coded {
  id: string;
  code: string;
}

/**
 * Inserts the rows that are new and updates those whose values changed, matching on the stable
 * `code`; a second run with the same data writes nothing. Columns left out of `rows` are never
 * touched, so data the application owns (e.g. a unit's end date after a merger) survives re-seeding.
 */
export async function upsertByCode<T extends Coded>(
  tx: EntityManager,
  target: EntityTarget<T>,
  rows: (QueryDeepPartialEntity<T> & { code: string })[],
): Promise<Map<string, string>> {
  const repository = tx.getRepository(target);
  await repository.upsert(rows, { conflictPaths: ['code'], skipUpdateIfNoValuesChanged: true });
  const saved = await repository.find({
    select: { id: true, code: true },
    where: { code: In(rows.map((row) => row.code)) },
  } as Parameters<typeof repository.find>[0]);
  return new Map(saved.map((row) => [row.code, row.id]));
}

/** The id of a code that the same transaction has just seeded; a miss is a mistake in the seed data. */
export function idOf(ids: Map<string, string>, code: string): string {
  const id = ids.get(code);
  if (!id) throw new Error(`Seed data refers to unknown code ${code}`);
  return id;
}
