import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16, the national overview at 1,000 clusters: it counts a year's nominations by cluster, award and state,
 * and a year's meetings by cluster and kind. With the year second in every index, both read the whole tables
 * (300,000 nominations, 40,000 meetings: 55 and 16 ms); these indexes hold the counts of a year on their own.
 */
export class NationalOverviewByYear1795902400001 implements MigrationInterface {
  name = 'NationalOverviewByYear1795902400001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX nominations_year_idx ON nominations (year, cluster_id, award_type_id, state)`);
    await q.query(`CREATE INDEX meetings_year_idx ON meetings (year, cluster_id, kind)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX meetings_year_idx`);
    await q.query(`DROP INDEX nominations_year_idx`);
  }
}
