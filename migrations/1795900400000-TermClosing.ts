import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cluster year is closed once its records are final: its secretariat's rights end there, and only
 * national staff may still correct it.
 */
export class TermClosing1795900400000 implements MigrationInterface {
  name = 'TermClosing1795900400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cluster_terms ADD COLUMN closed_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cluster_terms DROP COLUMN closed_at`);
  }
}
