import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the two lists of nominations that grow with every year: the default list, newest first
 * (`-createdAt`, ending on the id so that pages never overlap), and the staff's review queue, which
 * reads the few nominations waiting for a check (submitted, resubmitted) among all the years'.
 */
export class NominationListIndexes1795901300000 implements MigrationInterface {
  name = 'NominationListIndexes1795901300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX nominations_created_at_idx ON nominations (created_at DESC, id)`);
    await q.query(`CREATE INDEX nominations_state_idx ON nominations (state, year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX nominations_state_idx`);
    await q.query(`DROP INDEX nominations_created_at_idx`);
  }
}
