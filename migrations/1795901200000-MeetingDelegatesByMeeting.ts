import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A meeting's delegates are read by meeting (its minutes, its attendance, every vote's roll); the only index on the
 * table was the partial one of voting delegates. The list grows with every conference of every cluster.
 */
export class MeetingDelegatesByMeeting1795901200000 implements MigrationInterface {
  name = 'MeetingDelegatesByMeeting1795901200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX meeting_delegates_meeting_idx ON meeting_delegates (meeting_id, sort_order)`);
    await q.query(`CREATE INDEX meeting_guests_meeting_idx ON meeting_guests (meeting_id, sort_order)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX meeting_guests_meeting_idx`);
    await q.query(`DROP INDEX meeting_delegates_meeting_idx`);
  }
}
