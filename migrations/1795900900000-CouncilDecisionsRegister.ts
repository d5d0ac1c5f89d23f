import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The steps after submission: the Emulation and Commendation Council with its dated membership and its
 * recorded votes, award decisions, and the award register filled by decisions and by imports of past
 * years. The flag nominations' basis now points at the cluster vote it rests on.
 *
 * What concurrent requests could break is held here: one council vote per nomination, one register entry
 * per nomination (a nomination is awarded once), a decision number once per issuer and year, a register
 * number (số sổ vàng) once per issuer's book, drawn from a sequence, and no member counted twice in one
 * period of the council.
 */
export class CouncilDecisionsRegister1795900900000 implements MigrationInterface {
  name = 'CouncilDecisionsRegister1795900900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE nominations ADD CONSTRAINT nominations_basis_vote_fk FOREIGN KEY (basis_vote_id) REFERENCES votes (id)`);
    await q.query(`CREATE INDEX nominations_basis_vote_idx ON nominations (basis_vote_id) WHERE basis_vote_id IS NOT NULL`);
    await q.query(
      `ALTER TABLE flag_proposals ADD CONSTRAINT flag_proposals_nomination_fk FOREIGN KEY (nomination_id) REFERENCES nominations (id)`,
    );

    // Hội đồng Thi đua – Khen thưởng: who sat on it, from when to when (inclusive).
    await q.query(`
      CREATE TABLE council_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        full_name varchar(200) NOT NULL,
        position varchar(300) NOT NULL,
        member_from date NOT NULL,
        member_to date,
        name_key text GENERATED ALWAYS AS (lower(normalize(regexp_replace(btrim(full_name), '\\s+', ' ', 'g'), NFC))) STORED,
        search_key text GENERATED ALWAYS AS (search_key(full_name)) STORED,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT council_members_period_check CHECK (member_to IS NULL OR member_to >= member_from),
        CONSTRAINT council_members_no_overlap
          EXCLUDE USING gist (name_key WITH =, daterange(member_from, member_to, '[]') WITH &&)
      )`);

    await q.query(`CREATE TYPE council_choice AS ENUM ('for', 'against', 'abstain')`);
    await q.query(`CREATE TYPE council_vote_recording AS ENUM ('at_meeting', 'written_opinion')`);
    // The roll (`member_ids`) is frozen with the vote: a later change of membership never alters a tally.
    await q.query(`
      CREATE TABLE council_votes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nomination_id uuid NOT NULL REFERENCES nominations (id),
        held_on date NOT NULL,
        minutes_reference varchar(300),
        member_ids uuid[] NOT NULL,
        threshold jsonb,
        votes_needed integer NOT NULL,
        in_favour integer NOT NULL,
        in_favour_in_writing integer NOT NULL,
        against integer NOT NULL,
        abstaining integer NOT NULL,
        passed boolean NOT NULL,
        reason jsonb NOT NULL,
        recorded_by uuid REFERENCES users (id),
        recorded_by_username varchar(60),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT council_votes_one_per_nomination UNIQUE (nomination_id),
        CONSTRAINT council_votes_members_check CHECK (cardinality(member_ids) > 0)
      )`);
    await q.query(`
      CREATE TABLE council_ballots (
        council_vote_id uuid NOT NULL REFERENCES council_votes (id),
        member_id uuid NOT NULL REFERENCES council_members (id),
        choice council_choice NOT NULL,
        recorded_as council_vote_recording NOT NULL,
        PRIMARY KEY (council_vote_id, member_id)
      )`);

    // Quyết định khen thưởng "123/QĐ-LHHVN": the issuer is the part of the symbol after "QĐ-".
    await q.query(`
      CREATE TABLE award_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number integer NOT NULL,
        symbol varchar(60) NOT NULL,
        issuer varchar(50) NOT NULL,
        reference varchar(100) GENERATED ALWAYS AS (number::text || '/' || symbol) STORED,
        year integer NOT NULL,
        decided_on date NOT NULL,
        signer_name varchar(200) NOT NULL,
        signer_position varchar(300) NOT NULL,
        summary text NOT NULL,
        total_cash_vnd bigint NOT NULL DEFAULT 0,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT award_decisions_number_check CHECK (number > 0),
        CONSTRAINT award_decisions_year_check CHECK (year = date_part('year', decided_on)),
        CONSTRAINT award_decisions_number_key UNIQUE (issuer, year, number)
      )`);
    await q.query(`CREATE INDEX award_decisions_decided_on_idx ON award_decisions (decided_on DESC)`);

    await q.query(`
      CREATE TABLE award_register_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        file_name varchar(255) NOT NULL,
        format varchar(10) NOT NULL,
        sha256 char(64) NOT NULL,
        rows_read integer NOT NULL,
        accepted integer NOT NULL,
        refused integer NOT NULL,
        report jsonb NOT NULL,
        imported_by uuid REFERENCES users (id),
        imported_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT award_register_imports_format_check CHECK (format IN ('csv', 'xlsx'))
      )`);

    // Số sổ vàng of the entries a decision writes; imported numbers push it on so it never meets one of them.
    await q.query(`CREATE SEQUENCE award_register_number_seq`);
    await q.query(`
      ALTER TABLE award_register
        ADD COLUMN issuer varchar(50),
        ADD COLUMN decision_id uuid REFERENCES award_decisions (id),
        ADD COLUMN cash_amount_vnd bigint,
        ADD COLUMN cash_explanation jsonb,
        ADD COLUMN import_id uuid REFERENCES award_register_imports (id),
        ADD COLUMN import_row integer,
        ADD CONSTRAINT award_register_one_per_nomination UNIQUE (nomination_id),
        ADD CONSTRAINT award_register_cash_check CHECK (cash_amount_vnd IS NULL OR cash_amount_vnd >= 0),
        ADD CONSTRAINT award_register_decision_check CHECK (decision_id IS NULL OR nomination_id IS NOT NULL)`);
    await q.query(`
      CREATE UNIQUE INDEX award_register_number_key ON award_register (coalesce(issuer, ''), register_number)
      WHERE register_number IS NOT NULL`);
    await q.query(`CREATE INDEX award_register_decision_idx ON award_register (decision_id) WHERE decision_id IS NOT NULL`);
    await q.query(`CREATE INDEX award_register_organization_idx ON award_register (recipient_organization_id, year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX award_register_organization_idx`);
    await q.query(`DROP INDEX award_register_decision_idx`);
    await q.query(`DROP INDEX award_register_number_key`);
    await q.query(`
      ALTER TABLE award_register
        DROP CONSTRAINT award_register_decision_check,
        DROP CONSTRAINT award_register_cash_check,
        DROP CONSTRAINT award_register_one_per_nomination,
        DROP COLUMN import_row,
        DROP COLUMN import_id,
        DROP COLUMN cash_explanation,
        DROP COLUMN cash_amount_vnd,
        DROP COLUMN decision_id,
        DROP COLUMN issuer`);
    await q.query(`DROP SEQUENCE award_register_number_seq`);
    await q.query(`DROP TABLE award_register_imports`);
    await q.query(`DROP TABLE award_decisions`);
    await q.query(`DROP TABLE council_ballots`);
    await q.query(`DROP TABLE council_votes`);
    await q.query(`DROP TYPE council_vote_recording`);
    await q.query(`DROP TYPE council_choice`);
    await q.query(`DROP TABLE council_members`);
    await q.query(`ALTER TABLE flag_proposals DROP CONSTRAINT flag_proposals_nomination_fk`);
    await q.query(`DROP INDEX nominations_basis_vote_idx`);
    await q.query(`ALTER TABLE nominations DROP CONSTRAINT nominations_basis_vote_fk`);
  }
}
