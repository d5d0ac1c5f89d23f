import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cluster registry: organizations with their name history and lineage, clusters, membership by
 * year and the chair/vice-chair term of each cluster and year. Rules that concurrent requests could
 * break (one cluster per unit, owner and year; one term per cluster and year) are constraints here.
 */
export class RegistrySchema1795900000000 implements MigrationInterface {
  name = 'RegistrySchema1795900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE COLLATION IF NOT EXISTS vietnamese (provider = icu, locale = 'vi')`);
    // unaccent() is only STABLE (it reads a dictionary); pinning the dictionary makes it safe to index.
    await q.query(`
      CREATE FUNCTION search_key(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, normalize(value, NFC))) $$`);

    await q.query(`CREATE TYPE organization_kind AS ENUM ('national_union', 'provincial_union', 'association')`);
    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(40) NOT NULL,
        kind organization_kind NOT NULL,
        province varchar(100),
        active_from date NOT NULL,
        active_to date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organizations_code_key UNIQUE (code),
        CONSTRAINT organizations_active_period_check CHECK (active_to IS NULL OR active_to >= active_from)
      )`);
    await q.query(`
      CREATE TABLE organization_names (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        full_name varchar(300) NOT NULL,
        short_name varchar(120) NOT NULL,
        valid_from date NOT NULL,
        valid_to date,
        search_key text GENERATED ALWAYS AS (search_key(full_name || ' ' || short_name)) STORED,
        CONSTRAINT organization_names_period_check CHECK (valid_to IS NULL OR valid_to >= valid_from),
        CONSTRAINT organization_names_no_overlap
          EXCLUDE USING gist (organization_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
      )`);
    await q.query(`CREATE INDEX organization_names_search_key_idx ON organization_names USING gin (search_key gin_trgm_ops)`);

    await q.query(`CREATE TYPE lineage_event AS ENUM ('merger', 'split')`);
    await q.query(`
      CREATE TABLE organization_lineage (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        predecessor_id uuid NOT NULL REFERENCES organizations (id),
        successor_id uuid NOT NULL REFERENCES organizations (id),
        event lineage_event NOT NULL,
        effective_date date NOT NULL,
        legal_basis varchar(300),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organization_lineage_pair_key UNIQUE (predecessor_id, successor_id),
        CONSTRAINT organization_lineage_distinct_check CHECK (predecessor_id <> successor_id)
      )`);
    await q.query(`CREATE INDEX organization_lineage_successor_idx ON organization_lineage (successor_id)`);

    await q.query(`CREATE TYPE cluster_kind AS ENUM ('cluster', 'block')`);
    await q.query(`CREATE TYPE rotation_rule AS ENUM ('vice_chair_succeeds', 'round_robin', 'elected')`);
    await q.query(`
      CREATE TABLE clusters (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(40) NOT NULL,
        number integer NOT NULL,
        name varchar(200) NOT NULL,
        kind cluster_kind NOT NULL,
        owner_id uuid NOT NULL REFERENCES organizations (id),
        rotation_rule rotation_rule NOT NULL DEFAULT 'vice_chair_succeeds',
        rotation_order uuid[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT clusters_code_key UNIQUE (code),
        CONSTRAINT clusters_owner_kind_number_key UNIQUE (owner_id, kind, number),
        CONSTRAINT clusters_id_owner_key UNIQUE (id, owner_id),
        CONSTRAINT clusters_number_check CHECK (number > 0)
      )`);
    await q.query(`
      CREATE TABLE cluster_supervisors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
        year integer NOT NULL,
        full_name varchar(200) NOT NULL,
        position varchar(300),
        CONSTRAINT cluster_supervisors_cluster_year_key UNIQUE (cluster_id, year)
      )`);
    // owner_id repeats the cluster's owner (kept true by the composite foreign key) so that the
    // exclusion constraint can say "one cluster of the same owner per unit and year".
    await q.query(`
      CREATE TABLE cluster_memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL,
        owner_id uuid NOT NULL,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        from_year integer NOT NULL,
        to_year integer,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cluster_memberships_cluster_fk FOREIGN KEY (cluster_id, owner_id)
          REFERENCES clusters (id, owner_id) ON UPDATE CASCADE ON DELETE CASCADE,
        CONSTRAINT cluster_memberships_years_check CHECK (to_year IS NULL OR to_year >= from_year),
        CONSTRAINT cluster_memberships_one_cluster_per_owner_and_year
          EXCLUDE USING gist (organization_id WITH =, owner_id WITH =, int4range(from_year, to_year, '[]') WITH &&)
      )`);
    await q.query(`CREATE INDEX cluster_memberships_cluster_idx ON cluster_memberships (cluster_id, from_year)`);

    await q.query(`CREATE TYPE term_decision AS ENUM ('rotation', 'election', 'appointment')`);
    await q.query(`
      CREATE TABLE cluster_terms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cluster_id uuid NOT NULL REFERENCES clusters (id) ON DELETE CASCADE,
        year integer NOT NULL,
        chair_id uuid NOT NULL REFERENCES organizations (id),
        vice_chair_id uuid REFERENCES organizations (id),
        decided_by term_decision NOT NULL,
        decided_at_meeting_id uuid,
        note text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cluster_terms_one_per_cluster_and_year UNIQUE (cluster_id, year),
        CONSTRAINT cluster_terms_chair_differs_from_vice_chair CHECK (vice_chair_id IS NULL OR chair_id <> vice_chair_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE cluster_terms`);
    await q.query(`DROP TYPE term_decision`);
    await q.query(`DROP TABLE cluster_memberships`);
    await q.query(`DROP TABLE cluster_supervisors`);
    await q.query(`DROP TABLE clusters`);
    await q.query(`DROP TYPE rotation_rule`);
    await q.query(`DROP TYPE cluster_kind`);
    await q.query(`DROP TABLE organization_lineage`);
    await q.query(`DROP TYPE lineage_event`);
    await q.query(`DROP TABLE organization_names`);
    await q.query(`DROP TABLE organizations`);
    await q.query(`DROP TYPE organization_kind`);
    await q.query(`DROP FUNCTION search_key(text)`);
    await q.query(`DROP COLLATION IF EXISTS vietnamese`);
  }
}
