import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The emulation year of a cluster (issue 17): movements (phong trào thi đua) with their documents, the pact
 * (giao ước thi đua) and each member's signature, registrations (đăng ký thi đua) with the chair's deadline, the
 * criteria tree (tiêu chí, thang điểm) of the owner's template and of each cluster-year, the score table with its
 * three columns per unit and criterion (tự chấm, chấm chéo / thẩm định, thống nhất), every score change, and the
 * evidence files of self-scores. Points are numeric(7,2): half points are common on paper score sheets.
 */
export class EmulationYear1795902500000 implements MigrationInterface {
  name = 'EmulationYear1795902500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE emulation_movement_kind AS ENUM ('regular', 'themed')`);
    await q.query(`
      CREATE TABLE emulation_movements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES organizations (id),
        cluster_id uuid REFERENCES clusters (id),
        kind emulation_movement_kind NOT NULL,
        title varchar(300) NOT NULL,
        start_year integer NOT NULL,
        end_year integer NOT NULL,
        content_areas jsonb NOT NULL DEFAULT '[]',
        description text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT emulation_movements_years_check CHECK (end_year >= start_year),
        CONSTRAINT emulation_movements_regular_one_year_check CHECK (kind = 'themed' OR end_year = start_year),
        CONSTRAINT emulation_movements_content_areas_check CHECK (jsonb_typeof(content_areas) = 'array')
      )`);
    await q.query(`CREATE INDEX emulation_movements_cluster_idx ON emulation_movements (cluster_id, start_year)`);
    await q.query(`CREATE INDEX emulation_movements_owner_idx ON emulation_movements (owner_id, start_year)`);
    await q.query(`
      CREATE TABLE emulation_movement_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        movement_id uuid NOT NULL REFERENCES emulation_movements (id) ON DELETE CASCADE,
        title varchar(300) NOT NULL,
        file_name varchar(255) NOT NULL,
        content_type varchar(120) NOT NULL,
        size_bytes integer NOT NULL,
        sha256 char(64) NOT NULL,
        content bytea NOT NULL,
        uploaded_by uuid REFERENCES users (id),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT emulation_movement_documents_size_check CHECK (size_bytes = octet_length(content))
      )`);
    await q.query(`ALTER TABLE emulation_movement_documents ALTER COLUMN content SET STORAGE EXTERNAL`);
    await q.query(`CREATE INDEX emulation_movement_documents_movement_idx ON emulation_movement_documents (movement_id)`);

    await q.query(`
      CREATE TABLE emulation_pacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL REFERENCES clusters (id),
        year integer NOT NULL,
        title varchar(300) NOT NULL,
        content text NOT NULL,
        signing_meeting_id uuid REFERENCES meetings (id),
        signed_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT emulation_pacts_one_per_cluster_year UNIQUE (cluster_id, year)
      )`);
    await q.query(`
      CREATE TABLE emulation_pact_signatures (
        pact_id uuid NOT NULL REFERENCES emulation_pacts (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        signatory_name varchar(200) NOT NULL,
        signatory_title varchar(300) NOT NULL,
        signed_on date NOT NULL,
        recorded_by uuid REFERENCES users (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT emulation_pact_signatures_pkey PRIMARY KEY (pact_id, organization_id)
      )`);

    await q.query(`
      CREATE TABLE emulation_registration_deadlines (
        cluster_id uuid NOT NULL REFERENCES clusters (id),
        year integer NOT NULL,
        deadline date NOT NULL,
        set_by uuid REFERENCES users (id),
        set_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT emulation_registration_deadlines_pkey PRIMARY KEY (cluster_id, year)
      )`);
    await q.query(`
      CREATE TABLE emulation_registrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL REFERENCES clusters (id),
        year integer NOT NULL,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        targets jsonb NOT NULL DEFAULT '[]',
        titles jsonb NOT NULL DEFAULT '[]',
        note text,
        submitted_at timestamptz NOT NULL,
        submitted_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT emulation_registrations_one_per_member UNIQUE (cluster_id, year, organization_id),
        CONSTRAINT emulation_registrations_targets_check CHECK (jsonb_typeof(targets) = 'array'),
        CONSTRAINT emulation_registrations_titles_check CHECK (jsonb_typeof(titles) = 'array')
      )`);

    await q.query(`CREATE TYPE emulation_criterion_level AS ENUM ('group', 'criterion', 'sub_criterion')`);
    await q.query(`CREATE TYPE emulation_criterion_nature AS ENUM ('standard', 'bonus', 'penalty')`);
    // A tree belongs to a cluster-year, or is an owner's template for a year (cluster_id null).
    await q.query(`
      CREATE TABLE emulation_criteria (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES organizations (id),
        cluster_id uuid REFERENCES clusters (id),
        year integer NOT NULL,
        parent_id uuid REFERENCES emulation_criteria (id) ON DELETE CASCADE,
        code varchar(20) NOT NULL,
        level emulation_criterion_level NOT NULL,
        nature emulation_criterion_nature NOT NULL DEFAULT 'standard',
        title varchar(500) NOT NULL,
        max_points numeric(7, 2) NOT NULL,
        evidence_required boolean NOT NULL DEFAULT false,
        evidence_note varchar(500),
        position integer NOT NULL,
        CONSTRAINT emulation_criteria_max_points_check CHECK (max_points >= 0),
        CONSTRAINT emulation_criteria_group_at_root_check CHECK ((level = 'group') = (parent_id IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX emulation_criteria_code_key ON emulation_criteria (owner_id, COALESCE(cluster_id, owner_id), year, code)`,
    );
    await q.query(`CREATE INDEX emulation_criteria_tree_idx ON emulation_criteria (cluster_id, year, position)`);

    await q.query(`CREATE TYPE emulation_score_table_state AS ENUM ('open', 'published', 'fixed')`);
    await q.query(`
      CREATE TABLE emulation_score_tables (
        cluster_id uuid NOT NULL REFERENCES clusters (id),
        year integer NOT NULL,
        state emulation_score_table_state NOT NULL DEFAULT 'open',
        bands jsonb,
        leader_count integer,
        published_at timestamptz,
        fixed_at timestamptz,
        fixed_at_meeting_id uuid REFERENCES meetings (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT emulation_score_tables_pkey PRIMARY KEY (cluster_id, year),
        CONSTRAINT emulation_score_tables_leader_count_check CHECK (leader_count IS NULL OR leader_count >= 1),
        CONSTRAINT emulation_score_tables_bands_check CHECK (bands IS NULL OR jsonb_typeof(bands) = 'object')
      )`);
    await q.query(`
      CREATE TABLE emulation_scores (
        criterion_id uuid NOT NULL REFERENCES emulation_criteria (id),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        cluster_id uuid NOT NULL,
        year integer NOT NULL,
        self_points numeric(7, 2),
        self_note text,
        cross_points numeric(7, 2),
        cross_reason text,
        agreed_points numeric(7, 2),
        agreed_reason text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT emulation_scores_pkey PRIMARY KEY (criterion_id, organization_id),
        CONSTRAINT emulation_scores_table_fk FOREIGN KEY (cluster_id, year) REFERENCES emulation_score_tables (cluster_id, year),
        CONSTRAINT emulation_scores_points_check CHECK (self_points >= 0 AND cross_points >= 0 AND agreed_points >= 0),
        CONSTRAINT emulation_scores_cross_reason_check CHECK (cross_points IS NULL OR length(btrim(cross_reason)) > 0)
      )`);
    await q.query(`CREATE INDEX emulation_scores_table_idx ON emulation_scores (cluster_id, year, organization_id)`);
    await q.query(`CREATE TYPE emulation_score_column AS ENUM ('self', 'cross', 'agreed')`);
    await q.query(`
      CREATE TABLE emulation_score_history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        criterion_id uuid NOT NULL REFERENCES emulation_criteria (id),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        cluster_id uuid NOT NULL,
        year integer NOT NULL,
        score_column emulation_score_column NOT NULL,
        old_points numeric(7, 2),
        new_points numeric(7, 2),
        reason text,
        changed_by uuid REFERENCES users (id),
        changed_by_username varchar(100),
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX emulation_score_history_unit_idx ON emulation_score_history (cluster_id, year, organization_id, id)`);
    await q.query(`
      CREATE TABLE emulation_score_evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        criterion_id uuid NOT NULL REFERENCES emulation_criteria (id),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        file_name varchar(255) NOT NULL,
        content_type varchar(120) NOT NULL,
        size_bytes integer NOT NULL,
        sha256 char(64) NOT NULL,
        content bytea NOT NULL,
        uploaded_by uuid REFERENCES users (id),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT emulation_score_evidence_size_check CHECK (size_bytes = octet_length(content))
      )`);
    await q.query(`ALTER TABLE emulation_score_evidence ALTER COLUMN content SET STORAGE EXTERNAL`);
    await q.query(`CREATE INDEX emulation_score_evidence_unit_idx ON emulation_score_evidence (organization_id, criterion_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE emulation_score_evidence`);
    await q.query(`DROP TABLE emulation_score_history`);
    await q.query(`DROP TYPE emulation_score_column`);
    await q.query(`DROP TABLE emulation_scores`);
    await q.query(`DROP TABLE emulation_score_tables`);
    await q.query(`DROP TYPE emulation_score_table_state`);
    await q.query(`DROP TABLE emulation_criteria`);
    await q.query(`DROP TYPE emulation_criterion_nature`);
    await q.query(`DROP TYPE emulation_criterion_level`);
    await q.query(`DROP TABLE emulation_registrations`);
    await q.query(`DROP TABLE emulation_registration_deadlines`);
    await q.query(`DROP TABLE emulation_pact_signatures`);
    await q.query(`DROP TABLE emulation_pacts`);
    await q.query(`DROP TABLE emulation_movement_documents`);
    await q.query(`DROP TABLE emulation_movements`);
    await q.query(`DROP TYPE emulation_movement_kind`);
  }
}
