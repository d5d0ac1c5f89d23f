import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Records a secretariat can always finish (issue 11): one year-end summary conference per cluster and year, held by
 * the database; a delegate may be a unit present without a named person; a vote's cancellation kept with its reason
 * for the minutes; a round whose result is declared (unanimous, by consensus, by show of hands) without counts.
 */
export class MeetingRecordsASecretariatCanFinish1795901210000 implements MigrationInterface {
  name = 'MeetingRecordsASecretariatCanFinish1795901210000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNIQUE INDEX meetings_one_year_end_summary_key ON meetings (cluster_id, year) WHERE kind = 'year_end_summary'`);
    await q.query(`ALTER TABLE meeting_delegates ALTER COLUMN full_name DROP NOT NULL`);
    await q.query(`
      ALTER TABLE votes
        ADD COLUMN cancelled_at timestamptz,
        ADD COLUMN cancelled_by_user_id uuid REFERENCES users (id),
        ADD COLUMN cancelled_by_username varchar(60),
        ADD COLUMN cancellation_reason text,
        ADD CONSTRAINT votes_cancellation_check CHECK (cancelled_at IS NULL OR state = 'cancelled')`);
    await q.query(`ALTER TABLE vote_rounds ADD COLUMN declared_result jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE vote_rounds DROP COLUMN declared_result`);
    await q.query(`
      ALTER TABLE votes
        DROP CONSTRAINT votes_cancellation_check,
        DROP COLUMN cancellation_reason,
        DROP COLUMN cancelled_by_username,
        DROP COLUMN cancelled_by_user_id,
        DROP COLUMN cancelled_at`);
    await q.query(`UPDATE meeting_delegates d SET full_name = '' WHERE full_name IS NULL`);
    await q.query(`ALTER TABLE meeting_delegates ALTER COLUMN full_name SET NOT NULL`);
    await q.query(`DROP INDEX meetings_one_year_end_summary_key`);
  }
}
