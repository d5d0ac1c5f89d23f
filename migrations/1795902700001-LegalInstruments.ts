import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Laws and decrees on emulation and commendation, dated (issue 15): what a document cites as in force on its own
 * date. Reference data, loaded by the seed (upsert by code); `verified` false where the domain notes mark a fact
 * UNVERIFIED, with what is doubtful in `note`.
 */
export class LegalInstruments1795902700001 implements MigrationInterface {
  name = 'LegalInstruments1795902700001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE legal_instruments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(40) NOT NULL UNIQUE,
        kind varchar(10) NOT NULL CHECK (kind IN ('law', 'decree')),
        citation text NOT NULL CHECK (btrim(citation) <> ''),
        citation_en text NOT NULL CHECK (btrim(citation_en) <> ''),
        effective_from date NOT NULL,
        effective_to date,
        verified boolean NOT NULL,
        note text,
        CONSTRAINT legal_instruments_period_check CHECK (effective_to IS NULL OR effective_to >= effective_from)
      )`);
    // One Law and one decree in force on any day (btree_gist is created by the registry schema).
    await q.query(`
      ALTER TABLE legal_instruments ADD CONSTRAINT legal_instruments_one_in_force_excl
        EXCLUDE USING gist (kind WITH =, daterange(effective_from, effective_to, '[]') WITH &&)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE legal_instruments`);
  }
}
