import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the cluster secretariat writes itself into the year's summary report (báo cáo tổng kết): the parts no record
 * holds, such as the year's activities and achievements and next year's direction. One row per cluster and year;
 * the unique key keeps two first writes from both succeeding.
 */
export class ReportSections1795901000000 implements MigrationInterface {
  name = 'ReportSections1795901000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_sections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
        year integer NOT NULL,
        situation text,
        achievements text,
        assessment text,
        direction text,
        recommendations text,
        updated_by_user_id uuid REFERENCES users (id),
        updated_by_username varchar(60),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT report_sections_cluster_year_key UNIQUE (cluster_id, year),
        CONSTRAINT report_sections_year_check CHECK (year BETWEEN 1945 AND 2200)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_sections`);
  }
}
