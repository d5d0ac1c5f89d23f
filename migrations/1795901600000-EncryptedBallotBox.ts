import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: the secret ballot stays secret against the database's own logs.
 *
 * The counters of an open round (`ballot_counts`, +1 or +0 per ballot) are replaced by an encrypted ballot box: one
 * row per ballot holding only a fixed-size AES-256-GCM ciphertext (nonce ‖ ciphertext ‖ tag), sealed under the
 * round's key, which lives in the app's memory and is stored here only wrapped under a key-encryption key that the
 * database never sees (BALLOT_KEY_SECRET). Closing the round decrypts, counts, writes the totals and the sorted list
 * of receipts, then deletes the box and the wrapped key. See docs/ballot-secrecy.md.
 */
export class EncryptedBallotBox1795901600000 implements MigrationInterface {
  name = 'EncryptedBallotBox1795901600000';

  async up(q: QueryRunner): Promise<void> {
    // An open electronic round has counters and no key (the app makes keys when a round opens): close or cancel it first.
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM vote_rounds r JOIN votes v ON v.id = r.vote_id WHERE r.closed_at IS NULL AND v.method = 'electronic') THEN
          RAISE EXCEPTION 'An electronic round is still open: close or cancel it before this migration.';
        END IF;
      END $$`);
    await q.query(`DROP TABLE ballot_counts`);

    // One sealed ballot per row: no voter, no time, no sequence; every row has the same length (12 + 512 + 16).
    await q.query(`
      CREATE TABLE ballot_box (
        vote_id uuid NOT NULL,
        round integer NOT NULL,
        sealed bytea NOT NULL,
        FOREIGN KEY (vote_id, round) REFERENCES vote_rounds (vote_id, round) ON DELETE CASCADE,
        CONSTRAINT ballot_box_fixed_size_check CHECK (octet_length(sealed) = 540)
      )`);
    await q.query(`CREATE INDEX ballot_box_round_idx ON ballot_box (vote_id, round)`);

    // The open round's key, wrapped (AES-256-GCM) under the key-encryption key from the environment: for recovery.
    await q.query(`
      CREATE TABLE ballot_keys (
        vote_id uuid NOT NULL,
        round integer NOT NULL,
        wrapped bytea NOT NULL,
        PRIMARY KEY (vote_id, round),
        FOREIGN KEY (vote_id, round) REFERENCES vote_rounds (vote_id, round) ON DELETE CASCADE
      )`);

    // What the close found in the box, kept with the result: ballots, voters marked, and the receipts (sorted).
    await q.query(`
      ALTER TABLE vote_rounds
        ADD COLUMN ballots_in_box integer,
        ADD COLUMN voters_marked integer,
        ADD COLUMN receipts text[]`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM ballot_box) THEN
          RAISE EXCEPTION 'The ballot box holds sealed ballots of an open round: close or cancel it before reverting.';
        END IF;
      END $$`);
    await q.query(`ALTER TABLE vote_rounds DROP COLUMN receipts, DROP COLUMN voters_marked, DROP COLUMN ballots_in_box`);
    await q.query(`DROP TABLE ballot_keys`);
    await q.query(`DROP TABLE ballot_box`);
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
    // An open electronic round (without ballots, checked above) gets its counters back, all at 0.
    await q.query(`
      INSERT INTO ballot_counts (vote_id, round, option_key)
      SELECT r.vote_id, r.round, option
      FROM vote_rounds r
      JOIN votes v ON v.id = r.vote_id
      CROSS JOIN LATERAL unnest(
        CASE WHEN v.subject IN ('chair_handover', 'question') THEN ARRAY['yes', 'no', 'abstain'] ELSE r.candidate_ids::text[] END
      ) AS option
      WHERE v.method = 'electronic' AND r.closed_at IS NULL`);
  }
}
