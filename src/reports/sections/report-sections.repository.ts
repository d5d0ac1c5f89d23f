import type { EntityManager } from 'typeorm';
import { SECTION_KEYS, type SectionKey, type SectionTexts } from '../cluster-year/cluster-year.facts.js';
import type { SectionsView } from './report-sections.dto.js';

const COLUMNS = `id, cluster_id AS "clusterId", year, situation, achievements, assessment, direction, recommendations, version,
  updated_at AS "updatedAt", updated_by_username AS "updatedBy"`;

export type StoredSections = SectionsView & { id: string };

interface Writer {
  userId: string | null;
  username: string | null;
}

/** `report_sections`: what the secretariat writes into a cluster's summary report of one year. */
export class ReportSectionsRepository {
  constructor(private readonly db: EntityManager) {}

  /** The year's sections, locked until the transaction ends. */
  async lock(clusterId: string, year: number): Promise<StoredSections | null> {
    const [row]: StoredSections[] = await this.db.query(
      `SELECT ${COLUMNS} FROM report_sections WHERE cluster_id = $1 AND year = $2 FOR UPDATE`,
      [clusterId, year],
    );
    return row ?? null;
  }

  async insert(clusterId: string, year: number, texts: SectionTexts, by: Writer): Promise<StoredSections> {
    const [row]: StoredSections[] = await this.db.query(
      `INSERT INTO report_sections
         (cluster_id, year, situation, achievements, assessment, direction, recommendations, updated_by_user_id, updated_by_username)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
      [clusterId, year, ...SECTION_KEYS.map((key) => texts[key]), by.userId, by.username],
    );
    return row;
  }

  /** Writes the sections given, leaves the others as they are, and counts a new version. */
  async update(id: string, texts: Partial<SectionTexts>, by: Writer): Promise<StoredSections> {
    const keys = SECTION_KEYS.filter((key): key is SectionKey => key in texts);
    const sets = keys.map((key, index) => `${key} = $${index + 4}`);
    // TypeORM answers an UPDATE with [rows, affected count].
    const [[row]]: [StoredSections[], number] = await this.db.query(
      `UPDATE report_sections SET ${[...sets, 'updated_by_user_id = $2', 'updated_by_username = $3', 'version = version + 1', 'updated_at = now()'].join(', ')}
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, by.userId, by.username, ...keys.map((key) => texts[key] ?? null)],
    );
    return row;
  }
}
