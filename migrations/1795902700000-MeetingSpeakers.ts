import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who spoke at a meeting (issue 15 item 5): the people and bodies the minutes and the news item name as speaking,
 * in the order they spoke. A speaker is a body, and the person who spoke for it when known.
 */
export class MeetingSpeakers1795902700000 implements MigrationInterface {
  name = 'MeetingSpeakers1795902700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting_speakers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        body varchar(300) NOT NULL CHECK (btrim(body) <> ''),
        full_name varchar(200),
        position varchar(300),
        sort_order integer NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX meeting_speakers_meeting_idx ON meeting_speakers (meeting_id, sort_order)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE meeting_speakers`);
  }
}
