import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meetings of a cluster (hội nghị, cuộc họp): who came, what was on the agenda, the minutes. A finalized
 * meeting is locked; corrections are amendments that stay visible.
 */
export class Meetings1795900500000 implements MigrationInterface {
  name = 'Meetings1795900500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE meeting_kind AS ENUM ('launch_and_pact', 'mid_year_review', 'year_end_summary', 'extraordinary')`);
    await q.query(`CREATE TYPE meeting_state AS ENUM ('draft', 'finalized')`);
    await q.query(`
      CREATE TABLE meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL REFERENCES clusters (id),
        year integer NOT NULL,
        kind meeting_kind NOT NULL,
        title varchar(300) NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz,
        place varchar(300) NOT NULL,
        host_organization_id uuid REFERENCES organizations (id),
        presiding varchar(300),
        secretary varchar(300),
        agenda jsonb NOT NULL DEFAULT '[]',
        minutes text,
        state meeting_state NOT NULL DEFAULT 'draft',
        finalized_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT meetings_ends_after_start_check CHECK (ends_at IS NULL OR ends_at >= starts_at),
        CONSTRAINT meetings_finalized_check CHECK ((state = 'finalized') = (finalized_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX meetings_cluster_year_idx ON meetings (cluster_id, year)`);
    // Delegates of member units. One delegate per unit carries its vote (the head of its delegation).
    await q.query(`
      CREATE TABLE meeting_delegates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        full_name varchar(200) NOT NULL,
        position varchar(300),
        present boolean NOT NULL DEFAULT true,
        votes_for_unit boolean NOT NULL DEFAULT false,
        sort_order integer NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE UNIQUE INDEX meeting_delegates_one_voter_per_unit_key
      ON meeting_delegates (meeting_id, organization_id) WHERE votes_for_unit`);
    await q.query(`
      CREATE TABLE meeting_guests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        agency varchar(300) NOT NULL,
        full_name varchar(200),
        position varchar(300),
        sort_order integer NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE TABLE meeting_amendments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        amended_by_user_id uuid REFERENCES users (id),
        amended_by_username varchar(60),
        amended_at timestamptz NOT NULL DEFAULT now(),
        field varchar(100) NOT NULL,
        before jsonb,
        after jsonb,
        reason text NOT NULL
      )`);
    await q.query(`CREATE INDEX meeting_amendments_meeting_idx ON meeting_amendments (meeting_id, amended_at)`);
    await q.query(`
      ALTER TABLE cluster_terms
        ADD CONSTRAINT cluster_terms_decided_at_meeting_fk FOREIGN KEY (decided_at_meeting_id) REFERENCES meetings (id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cluster_terms DROP CONSTRAINT cluster_terms_decided_at_meeting_fk`);
    await q.query(`DROP TABLE meeting_amendments`);
    await q.query(`DROP TABLE meeting_guests`);
    await q.query(`DROP TABLE meeting_delegates`);
    await q.query(`DROP TABLE meetings`);
    await q.query(`DROP TYPE meeting_state`);
    await q.query(`DROP TYPE meeting_kind`);
  }
}
