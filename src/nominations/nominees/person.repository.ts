import type { EntityManager } from 'typeorm';
import type { Gender, PersonBody, PersonView } from './person.dto.js';

/** A person joined as `alias` (possibly absent), in the columns `personFrom` reads. */
export function personColumns(alias: string): string {
  return `${alias}.id AS "personId", ${alias}.full_name AS "personFullName", ${alias}.gender AS "personGender", ${alias}.birth_year AS "personBirthYear"`;
}

/** The columns of `personColumns`, for the rows of the repositories that join a person. */
export interface PersonColumns {
  personId: string | null;
  personFullName: string | null;
  personGender: Gender | null;
  personBirthYear: number | null;
}

export function personFrom(row: PersonColumns): PersonView | null {
  if (row.personId === null || row.personFullName === null || row.personBirthYear === null) return null;
  return { id: row.personId, fullName: row.personFullName, gender: row.personGender, birthYear: row.personBirthYear };
}

/** `people`: the persons nominated, barred by a proceeding or recorded in the register, known within their unit. */
export class PersonRepository {
  constructor(private readonly db: EntityManager) {}

  /**
   * The person's id, creating them on first mention. A gender given fills in or corrects the stored
   * one; the name keeps its first spelling (the identity ignores case and spacing, not tone marks).
   */
  async idOf(organizationId: string, person: PersonBody & { gender?: Gender | null }): Promise<string> {
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO people (organization_id, full_name, gender, birth_year) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organization_id, name_key, birth_year) DO UPDATE SET gender = coalesce(EXCLUDED.gender, people.gender)
       RETURNING id`,
      [organizationId, person.fullName, person.gender ?? null, person.birthYear],
    );
    return row.id;
  }
}
