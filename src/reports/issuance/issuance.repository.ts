import type { EntityManager } from 'typeorm';
import type { IssuanceFields, IssuanceRecord, IssuanceScope } from './issuance.rules.js';

const COLUMNS = `id, scope, issuing_body AS "issuingBody", superior_body AS "superiorBody", place, symbol, number,
  to_char(issued_on, 'YYYY-MM-DD') AS "issuedOn", capacity, signing_for AS "signingFor", signer_title AS "signerTitle",
  signer_name AS "signerName", regulation, version, updated_at AS "updatedAt", updated_by_username AS "updatedBy"`;

/** The table's column of each field. */
const COLUMN_OF: Readonly<Record<keyof IssuanceFields, string>> = {
  issuingBody: 'issuing_body',
  superiorBody: 'superior_body',
  place: 'place',
  symbol: 'symbol',
  number: 'number',
  issuedOn: 'issued_on',
  capacity: 'capacity',
  signingFor: 'signing_for',
  signerTitle: 'signer_title',
  signerName: 'signer_name',
  regulation: 'regulation',
};

export type StoredIssuance = IssuanceRecord & { id: string };

interface Writer {
  userId: string | null;
  username: string | null;
}

/** `document_issuance`: who issues and signs a cluster's documents of a year, for the year and per document. */
export class DocumentIssuanceRepository {
  constructor(private readonly db: EntityManager) {}

  /** The year's records, the year's own first. */
  forYear(clusterId: string, year: number): Promise<StoredIssuance[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM document_issuance WHERE cluster_id = $1 AND year = $2
       ORDER BY array_position(ARRAY['year', 'summary-report', 'minutes', 'flag-proposal']::varchar[], scope)`,
      [clusterId, year],
    );
  }

  /** One record, locked until the transaction ends. */
  async lock(clusterId: string, year: number, scope: IssuanceScope): Promise<StoredIssuance | null> {
    const [row]: StoredIssuance[] = await this.db.query(
      `SELECT ${COLUMNS} FROM document_issuance WHERE cluster_id = $1 AND year = $2 AND scope = $3 FOR UPDATE`,
      [clusterId, year, scope],
    );
    return row ?? null;
  }

  async insert(clusterId: string, year: number, scope: IssuanceScope, fields: IssuanceFields, by: Writer): Promise<StoredIssuance> {
    const keys = Object.keys(COLUMN_OF) as (keyof IssuanceFields)[];
    const [row]: StoredIssuance[] = await this.db.query(
      `INSERT INTO document_issuance (cluster_id, year, scope, updated_by_user_id, updated_by_username, ${keys.map((k) => COLUMN_OF[k]).join(', ')})
       VALUES ($1, $2, $3, $4, $5, ${keys.map((_, i) => `$${i + 6}`).join(', ')}) RETURNING ${COLUMNS}`,
      [clusterId, year, scope, by.userId, by.username, ...keys.map((k) => fields[k])],
    );
    return row;
  }

  /** Writes the fields given, leaves the others as they are, and counts a new version. */
  async update(id: string, fields: Partial<IssuanceFields>, by: Writer): Promise<StoredIssuance> {
    const keys = (Object.keys(COLUMN_OF) as (keyof IssuanceFields)[]).filter((key) => key in fields);
    const sets = keys.map((key, index) => `${COLUMN_OF[key]} = $${index + 4}`);
    // TypeORM answers an UPDATE with [rows, affected count].
    const [[row]]: [StoredIssuance[], number] = await this.db.query(
      `UPDATE document_issuance SET ${[...sets, 'updated_by_user_id = $2', 'updated_by_username = $3', 'version = version + 1', 'updated_at = now()'].join(', ')}
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, by.userId, by.username, ...keys.map((key) => fields[key] ?? null)],
    );
    return row;
  }
}
