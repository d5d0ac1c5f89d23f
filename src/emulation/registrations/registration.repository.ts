import type { EntityManager } from 'typeorm';
import type { IsoDate } from '../../platform/time/calendar.js';

export interface RegistrationRecord {
  id: string;
  organizationId: string;
  targets: { contentArea: string; target: string }[];
  titles: string[];
  note: string | null;
  submittedAt: Date;
  version: number;
}

export interface RegistrationFields {
  targets: { contentArea: string; target: string }[];
  titles: string[];
  note: string | null;
}

const COLUMNS = `id, organization_id AS "organizationId", targets, titles, note, submitted_at AS "submittedAt", version`;

/** `emulation_registrations` and `emulation_registration_deadlines`: đăng ký thi đua of the members, and the chair's deadline. */
export class RegistrationRepository {
  constructor(private readonly db: EntityManager) {}

  async deadline(clusterId: string, year: number): Promise<IsoDate | null> {
    const [row] = await this.db.query<{ deadline: string }[]>(
      'SELECT deadline::text AS deadline FROM emulation_registration_deadlines WHERE cluster_id = $1 AND year = $2',
      [clusterId, year],
    );
    return row?.deadline ?? null;
  }

  async setDeadline(clusterId: string, year: number, deadline: IsoDate, setBy: string | null): Promise<void> {
    await this.db.query(
      `INSERT INTO emulation_registration_deadlines (cluster_id, year, deadline, set_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT emulation_registration_deadlines_pkey DO UPDATE
         SET deadline = EXCLUDED.deadline, set_by = EXCLUDED.set_by, set_at = now()`,
      [clusterId, year, deadline, setBy],
    );
  }

  async ofYear(clusterId: string, year: number): Promise<RegistrationRecord[]> {
    return this.db.query<RegistrationRecord[]>(`SELECT ${COLUMNS} FROM emulation_registrations WHERE cluster_id = $1 AND year = $2`, [
      clusterId,
      year,
    ]);
  }

  async find(clusterId: string, year: number, organizationId: string, lock = false): Promise<RegistrationRecord | null> {
    const [row] = await this.db.query<RegistrationRecord[]>(
      `SELECT ${COLUMNS} FROM emulation_registrations WHERE cluster_id = $1 AND year = $2 AND organization_id = $3
       ${lock ? 'FOR UPDATE' : ''}`,
      [clusterId, year, organizationId],
    );
    return row ?? null;
  }

  /** The first registration of a unit; two sent at once: the unique constraint keeps one, the other is told it is stale. */
  async insert(
    clusterId: string,
    year: number,
    organizationId: string,
    fields: RegistrationFields,
    submittedAt: Date,
    submittedBy: string | null,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO emulation_registrations (cluster_id, year, organization_id, targets, titles, note, submitted_at, submitted_by)
       VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8)`,
      [
        clusterId,
        year,
        organizationId,
        JSON.stringify(fields.targets),
        JSON.stringify(fields.titles),
        fields.note,
        submittedAt,
        submittedBy,
      ],
    );
  }

  async update(id: string, fields: RegistrationFields): Promise<void> {
    await this.db.query(
      `UPDATE emulation_registrations SET targets = $2::jsonb, titles = $3::jsonb, note = $4, version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, JSON.stringify(fields.targets), JSON.stringify(fields.titles), fields.note],
    );
  }
}
