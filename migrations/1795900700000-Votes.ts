import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Votes of a cluster conference (biểu quyết, bỏ phiếu kín), their ballots and the resolutions they lead to.
 *
 * Secrecy of electronic ballots: who has voted (`ballot_voters`) is kept apart from what was voted
 * (`ballot_counts`), and nothing links the two. There is no row per ballot: each option of a round has one
 * counter row, created when the round opens, and a ballot adds to the counters in one UPDATE over every counter
 * row of the round (+1 or +0), so every counter row gets the same new row version whatever was chosen. Neither
 * side has a timestamp, a sequence or a voter id on its choice side.
 */
export class Votes1795900700000 implements MigrationInterface {
  name = 'Votes1795900700000';

  async up(q: QueryRunner): Promise<void> {
    // Dated by its owner (VUSTA); periods of one owner never overlap, so one set is in force on any day.
    await q.query(`
      CREATE TABLE vote_rule_sets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES organizations (id),
        effective_from date NOT NULL,
        effective_to date,
        rules jsonb NOT NULL,
        legal_basis varchar(300),
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT vote_rule_sets_dates_check CHECK (effective_to IS NULL OR effective_to >= effective_from),
        CONSTRAINT vote_rule_sets_no_overlap
          EXCLUDE USING gist (owner_id WITH =, daterange(effective_from, effective_to, '[]') WITH &&)
      )`);

    await q.query(`CREATE TYPE vote_subject AS ENUM ('flag_proposal', 'vice_chair_election', 'chair_handover', 'question')`);
    await q.query(`CREATE TYPE vote_method AS ENUM ('electronic', 'paper')`);
    await q.query(`CREATE TYPE vote_state AS ENUM ('draft', 'open', 'closed', 'closed_with_runoff', 'cancelled')`);
    // `rules` is a copy of the rule set in force on the meeting date: a later change to the set never alters a vote.
    await q.query(`
      CREATE TABLE votes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meetings (id),
        cluster_id uuid NOT NULL REFERENCES clusters (id),
        year integer NOT NULL,
        subject vote_subject NOT NULL,
        title varchar(300) NOT NULL,
        question text,
        method vote_method NOT NULL,
        candidate_ids uuid[] NOT NULL DEFAULT '{}',
        proposed_organization_id uuid REFERENCES organizations (id),
        award_type_code varchar(60),
        quota integer,
        quota_basis jsonb,
        rules jsonb NOT NULL,
        rule_set_id uuid REFERENCES vote_rule_sets (id),
        rules_basis jsonb NOT NULL,
        counting_committee jsonb NOT NULL DEFAULT '[]',
        state vote_state NOT NULL DEFAULT 'draft',
        current_round integer NOT NULL DEFAULT 1,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT votes_quota_check CHECK ((subject = 'flag_proposal') = (quota IS NOT NULL) AND (quota IS NULL OR quota >= 1)),
        CONSTRAINT votes_proposed_check CHECK ((subject = 'chair_handover') = (proposed_organization_id IS NOT NULL)),
        CONSTRAINT votes_current_round_check CHECK (current_round >= 1)
      )`);
    await q.query(`CREATE INDEX votes_meeting_idx ON votes (meeting_id, created_at)`);

    // One row per ballot round; `electors` is the roll of voting units present when the round opened.
    await q.query(`
      CREATE TABLE vote_rounds (
        vote_id uuid NOT NULL REFERENCES votes (id) ON DELETE CASCADE,
        round integer NOT NULL,
        candidate_ids uuid[] NOT NULL,
        places integer NOT NULL,
        electors uuid[] NOT NULL,
        member_count integer NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        paper_totals jsonb,
        result jsonb,
        PRIMARY KEY (vote_id, round)
      )`);

    // What was voted: counters only, keyed by option (a candidate's id, or yes / no / abstain).
    await q.query(`
      CREATE TABLE ballot_counts (
        vote_id uuid NOT NULL,
        round integer NOT NULL,
        option_key varchar(40) NOT NULL,
        count integer NOT NULL DEFAULT 0,
        PRIMARY KEY (vote_id, round, option_key),
        FOREIGN KEY (vote_id, round) REFERENCES vote_rounds (vote_id, round) ON DELETE CASCADE,
        CONSTRAINT ballot_counts_not_negative_check CHECK (count >= 0)
      )`);
    // Who has voted: the unit and the round, nothing else. The primary key is the one-ballot-per-unit rule.
    await q.query(`
      CREATE TABLE ballot_voters (
        vote_id uuid NOT NULL,
        round integer NOT NULL,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        CONSTRAINT ballot_voters_one_per_unit_and_round PRIMARY KEY (vote_id, round, organization_id),
        FOREIGN KEY (vote_id, round) REFERENCES vote_rounds (vote_id, round) ON DELETE CASCADE
      )`);
    // Printed codes for delegates without an account: only a hash is kept.
    await q.query(`
      CREATE TABLE ballot_codes (
        vote_id uuid NOT NULL REFERENCES votes (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        code_hash bytea NOT NULL,
        PRIMARY KEY (vote_id, organization_id),
        CONSTRAINT ballot_codes_hash_key UNIQUE (code_hash)
      )`);

    await q.query(`CREATE TYPE resolution_status AS ENUM ('applied', 'pending_chair', 'awaiting_fallback', 'recorded')`);
    await q.query(`
      CREATE TABLE meeting_resolutions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meetings (id),
        vote_id uuid NOT NULL REFERENCES votes (id),
        cluster_id uuid NOT NULL REFERENCES clusters (id),
        year integer NOT NULL,
        subject vote_subject NOT NULL,
        adopted boolean NOT NULL,
        status resolution_status NOT NULL,
        chosen_ids uuid[] NOT NULL DEFAULT '{}',
        summary jsonb NOT NULL,
        fallback_candidate_ids uuid[],
        fallback_places integer,
        fallback_chosen_ids uuid[],
        fallback_chair_id uuid REFERENCES organizations (id),
        fallback_vice_chair_id uuid REFERENCES organizations (id),
        fallback_decided_by_user_id uuid REFERENCES users (id),
        fallback_decided_by_username varchar(60),
        fallback_decided_at timestamptz,
        fallback_note text,
        applied_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT meeting_resolutions_one_per_vote UNIQUE (vote_id)
      )`);
    await q.query(`CREATE INDEX meeting_resolutions_meeting_idx ON meeting_resolutions (meeting_id, created_at)`);
    await q.query(`CREATE INDEX meeting_resolutions_pending_idx ON meeting_resolutions (cluster_id, year) WHERE status = 'pending_chair'`);

    // Units the conference proposes for a flag (suy tôn); the nominations module turns each into a draft nomination.
    await q.query(`
      CREATE TABLE flag_proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        resolution_id uuid NOT NULL REFERENCES meeting_resolutions (id),
        vote_id uuid NOT NULL REFERENCES votes (id),
        meeting_id uuid NOT NULL REFERENCES meetings (id),
        cluster_id uuid NOT NULL REFERENCES clusters (id),
        year integer NOT NULL,
        award_type_code varchar(60) NOT NULL,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        decided_by varchar(30) NOT NULL,
        round integer,
        votes integer,
        share_numerator integer,
        share_denominator integer,
        percent numeric(5, 2),
        rank integer,
        reasons jsonb NOT NULL DEFAULT '[]',
        nomination_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT flag_proposals_decided_by_check CHECK (decided_by IN ('vote', 'chair_and_vice_chair')),
        CONSTRAINT flag_proposals_one_per_unit UNIQUE (cluster_id, year, award_type_code, organization_id)
      )`);
    await q.query(`CREATE INDEX flag_proposals_cluster_year_idx ON flag_proposals (cluster_id, year)`);

    // The vote each holder of a term rests on, and whether the rotating flag (cờ luân lưu) passed to its chair.
    await q.query(`
      ALTER TABLE cluster_terms
        ADD COLUMN chair_basis_vote_id uuid REFERENCES votes (id),
        ADD COLUMN vice_chair_basis_vote_id uuid REFERENCES votes (id),
        ADD COLUMN rotating_flag_handed_over boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE cluster_terms
        DROP COLUMN rotating_flag_handed_over,
        DROP COLUMN vice_chair_basis_vote_id,
        DROP COLUMN chair_basis_vote_id`);
    await q.query(`DROP TABLE flag_proposals`);
    await q.query(`DROP TABLE meeting_resolutions`);
    await q.query(`DROP TYPE resolution_status`);
    await q.query(`DROP TABLE ballot_codes`);
    await q.query(`DROP TABLE ballot_voters`);
    await q.query(`DROP TABLE ballot_counts`);
    await q.query(`DROP TABLE vote_rounds`);
    await q.query(`DROP TABLE votes`);
    await q.query(`DROP TYPE vote_state`);
    await q.query(`DROP TYPE vote_method`);
    await q.query(`DROP TYPE vote_subject`);
    await q.query(`DROP TABLE vote_rule_sets`);
  }
}
