import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The award catalog with its dated rule sets, nominations with their dossier files and history,
 * proceedings that bar a nominee, and the award register the prerequisites read. What concurrent
 * requests could break is held here: rule sets of one award never overlap (exclusion), one live
 * nomination per nominee, award and year (partial unique index), and a lock row per quota.
 */
export class Nominations1795900800000 implements MigrationInterface {
  name = 'Nominations1795900800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE award_level AS ENUM ('grassroots', 'vusta', 'province', 'state')`);
    await q.query(`CREATE TYPE award_form AS ENUM ('emulation_title', 'commendation')`);
    await q.query(`CREATE TYPE nominee_kind AS ENUM ('collective', 'individual')`);
    await q.query(
      `CREATE TYPE dossier_document_kind AS ENUM ('proposal_letter', 'achievement_report', 'evaluation_minutes', 'initiative_certificate')`,
    );
    await q.query(`
      CREATE TABLE award_types (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(60) NOT NULL,
        name varchar(300) NOT NULL,
        name_en varchar(300) NOT NULL,
        level award_level NOT NULL,
        form award_form NOT NULL,
        awarding_authority varchar(300) NOT NULL,
        awarding_authority_en varchar(300) NOT NULL,
        nominee_kinds nominee_kind[] NOT NULL,
        nominated_through_vusta boolean NOT NULL DEFAULT true,
        search_key text GENERATED ALWAYS AS (search_key(name || ' ' || code)) STORED,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT award_types_code_key UNIQUE (code),
        CONSTRAINT award_types_code_check CHECK (code ~ '^[A-Z0-9_]+$'),
        CONSTRAINT award_types_nominee_kinds_check CHECK (cardinality(nominee_kinds) > 0)
      )`);
    // The structured rules keep the shapes of rule-set.ts (Ratio, QuotaRule, Prerequisite…) as jsonb.
    await q.query(`
      CREATE TABLE award_rule_sets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        award_type_id uuid NOT NULL REFERENCES award_types (id) ON DELETE CASCADE,
        legal_basis_code varchar(60) NOT NULL,
        legal_basis_citation varchar(300) NOT NULL,
        legal_basis_citation_en varchar(300) NOT NULL,
        effective_from date NOT NULL,
        effective_to date,
        needs_cluster_vote boolean NOT NULL,
        quota jsonb,
        council_threshold jsonb,
        prerequisites jsonb NOT NULL DEFAULT '[]',
        submission_window jsonb,
        required_documents dossier_document_kind[] NOT NULL DEFAULT '{}',
        cash_reward jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT award_rule_sets_period_check CHECK (effective_to IS NULL OR effective_to >= effective_from),
        CONSTRAINT award_rule_sets_no_overlap
          EXCLUDE USING gist (award_type_id WITH =, daterange(effective_from, effective_to, '[]') WITH &&)
      )`);

    // A person is known within their unit by name and year of birth; the name keeps its tone marks.
    await q.query(`CREATE TYPE gender AS ENUM ('female', 'male')`);
    await q.query(`
      CREATE TABLE people (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        full_name varchar(200) NOT NULL,
        gender gender,
        birth_year integer NOT NULL,
        name_key text GENERATED ALWAYS AS (lower(normalize(regexp_replace(btrim(full_name), '\\s+', ' ', 'g'), NFC))) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT people_identity_key UNIQUE (organization_id, name_key, birth_year),
        CONSTRAINT people_id_organization_key UNIQUE (id, organization_id),
        CONSTRAINT people_birth_year_check CHECK (birth_year BETWEEN 1900 AND 2200)
      )`);

    await q.query(`
      CREATE TYPE nomination_state AS ENUM
        ('draft', 'submitted', 'returned', 'resubmitted', 'in_council', 'approved', 'rejected', 'awarded', 'withdrawn')`);
    await q.query(`
      CREATE TYPE nomination_action AS ENUM
        ('edit', 'submit', 'withdraw', 'return', 'resubmit', 'forward_to_council', 'approve', 'reject', 'award')`);
    // nominee_organization_id is the unit itself for a collective, the person's unit for an individual.
    // basis_vote_id will reference the cluster votes of the meetings module once it exists; until
    // then basis_vote keeps the result the nomination rests on.
    await q.query(`
      CREATE TABLE nominations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        award_type_id uuid NOT NULL REFERENCES award_types (id),
        year integer NOT NULL,
        nominee_kind nominee_kind NOT NULL,
        nominee_organization_id uuid NOT NULL REFERENCES organizations (id),
        nominee_person_id uuid,
        nominee_position varchar(300),
        nominee_key uuid GENERATED ALWAYS AS (coalesce(nominee_person_id, nominee_organization_id)) STORED,
        proposing_organization_id uuid NOT NULL REFERENCES organizations (id),
        cluster_id uuid NOT NULL REFERENCES clusters (id),
        basis_vote_id uuid,
        basis_vote jsonb,
        achievements_summary text,
        report_text text,
        state nomination_state NOT NULL DEFAULT 'draft',
        submitted_on date,
        rule_set_id uuid REFERENCES award_rule_sets (id),
        legal_basis_code varchar(60),
        legal_basis_citation varchar(300),
        legal_basis_citation_en varchar(300),
        created_by uuid REFERENCES users (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT nominations_person_fk FOREIGN KEY (nominee_person_id, nominee_organization_id)
          REFERENCES people (id, organization_id),
        CONSTRAINT nominations_year_check CHECK (year BETWEEN 1945 AND 2200),
        CONSTRAINT nominations_nominee_check CHECK ((nominee_kind = 'individual') = (nominee_person_id IS NOT NULL)),
        CONSTRAINT nominations_submission_check CHECK (
          (submitted_on IS NULL) = (state IN ('draft', 'withdrawn'))
          AND (submitted_on IS NULL) = (rule_set_id IS NULL)
          AND (submitted_on IS NULL) = (legal_basis_code IS NULL))
      )`);
    // blocksDuplicate (nomination.state.ts): every state but withdrawn keeps the nominee's place.
    await q.query(`
      CREATE UNIQUE INDEX nominations_one_per_nominee_award_year
      ON nominations (award_type_id, year, nominee_key) WHERE state <> 'withdrawn'`);
    await q.query(`CREATE INDEX nominations_cluster_year_idx ON nominations (cluster_id, year, award_type_id)`);
    await q.query(`CREATE INDEX nominations_proposing_idx ON nominations (proposing_organization_id, year)`);
    await q.query(`CREATE INDEX nominations_nominee_idx ON nominations (nominee_key)`);
    await q.query(`CREATE INDEX nominations_nominee_organization_idx ON nominations (nominee_organization_id, year)`);

    // One row per (award, cluster, year), locked FOR UPDATE by every submission that may take a
    // quota place: submissions for the same places run one after the other and count what is held.
    await q.query(`
      CREATE TABLE nomination_quota_locks (
        award_type_id uuid NOT NULL REFERENCES award_types (id) ON DELETE CASCADE,
        cluster_id uuid NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
        year integer NOT NULL,
        last_taken_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (award_type_id, cluster_id, year)
      )`);

    await q.query(`
      CREATE TABLE nomination_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nomination_id uuid NOT NULL REFERENCES nominations (id),
        action nomination_action NOT NULL,
        from_state nomination_state NOT NULL,
        to_state nomination_state NOT NULL,
        comment text,
        actor_user_id uuid,
        actor_username varchar(60),
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX nomination_history_nomination_idx ON nomination_history (nomination_id, occurred_at)`);
    await q.query(`
      CREATE FUNCTION nomination_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'nomination_history is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER nomination_history_no_update_or_delete
      BEFORE UPDATE OR DELETE ON nomination_history
      FOR EACH ROW EXECUTE FUNCTION nomination_history_append_only()`);

    await q.query(
      `CREATE TYPE attachment_kind AS ENUM ('to_trinh', 'bao_cao_thanh_tich', 'bien_ban_binh_xet', 'chung_nhan_sang_kien', 'other')`,
    );
    await q.query(`
      CREATE TABLE nomination_attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nomination_id uuid NOT NULL REFERENCES nominations (id),
        kind attachment_kind NOT NULL,
        file_name varchar(255) NOT NULL,
        content_type varchar(100) NOT NULL,
        size_bytes integer NOT NULL,
        sha256 char(64) NOT NULL,
        content bytea NOT NULL,
        uploaded_by uuid REFERENCES users (id),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT nomination_attachments_size_check CHECK (size_bytes = octet_length(content)),
        CONSTRAINT nomination_attachments_sha256_check CHECK (sha256 ~ '^[0-9a-f]{64}$')
      )`);
    // PDF, DOCX, XLSX, JPEG and PNG are compressed already: store them without trying again.
    await q.query(`ALTER TABLE nomination_attachments ALTER COLUMN content SET STORAGE EXTERNAL`);
    await q.query(`CREATE INDEX nomination_attachments_nomination_idx ON nomination_attachments (nomination_id)`);

    await q.query(`CREATE TYPE proceeding_kind AS ENUM ('discipline', 'investigation', 'inspection', 'complaint')`);
    await q.query(`
      CREATE TABLE proceedings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind proceeding_kind NOT NULL,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        person_id uuid,
        started_on date NOT NULL,
        ended_on date,
        reference varchar(300),
        note text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT proceedings_person_fk FOREIGN KEY (person_id, organization_id) REFERENCES people (id, organization_id),
        CONSTRAINT proceedings_period_check CHECK (ended_on IS NULL OR ended_on >= started_on)
      )`);
    await q.query(`CREATE INDEX proceedings_subject_idx ON proceedings (organization_id, person_id)`);

    await q.query(`
      CREATE TABLE award_register (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        award_type_id uuid NOT NULL REFERENCES award_types (id),
        year integer NOT NULL,
        recipient_organization_id uuid NOT NULL REFERENCES organizations (id),
        recipient_person_id uuid,
        recipient_key uuid GENERATED ALWAYS AS (coalesce(recipient_person_id, recipient_organization_id)) STORED,
        decision_reference varchar(100) NOT NULL,
        decision_date date,
        register_number varchar(50),
        nomination_id uuid REFERENCES nominations (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT award_register_person_fk FOREIGN KEY (recipient_person_id, recipient_organization_id)
          REFERENCES people (id, organization_id),
        CONSTRAINT award_register_year_check CHECK (year BETWEEN 1945 AND 2200),
        CONSTRAINT award_register_one_per_recipient_award_year UNIQUE (award_type_id, year, recipient_key)
      )`);
    await q.query(`CREATE INDEX award_register_recipient_idx ON award_register (recipient_key, year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE award_register`);
    await q.query(`DROP TABLE proceedings`);
    await q.query(`DROP TYPE proceeding_kind`);
    await q.query(`DROP TABLE nomination_attachments`);
    await q.query(`DROP TYPE attachment_kind`);
    await q.query(`DROP TABLE nomination_history`);
    await q.query(`DROP FUNCTION nomination_history_append_only()`);
    await q.query(`DROP TABLE nomination_quota_locks`);
    await q.query(`DROP TABLE nominations`);
    await q.query(`DROP TYPE nomination_action`);
    await q.query(`DROP TYPE nomination_state`);
    await q.query(`DROP TABLE people`);
    await q.query(`DROP TYPE gender`);
    await q.query(`DROP TABLE award_rule_sets`);
    await q.query(`DROP TABLE award_types`);
    await q.query(`DROP TYPE dossier_document_kind`);
    await q.query(`DROP TYPE nominee_kind`);
    await q.query(`DROP TYPE award_form`);
    await q.query(`DROP TYPE award_level`);
  }
}
