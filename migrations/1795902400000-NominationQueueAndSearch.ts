import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16, the staff's screens at 300,000 nominations.
 * - The review queue's order is stored: `waiting_since`, the time of the dossier's last submit or resubmit, kept by
 *   the nominations repository with the history row, instead of aggregated from `nomination_history` for every
 *   waiting dossier. A partial index holds exactly the queue (the dossiers waiting for the check) in its order.
 * - Text search reads indexed search keys: the units' names (`organization_names_search_key_idx`, which exists)
 *   and the people's (a trigram index on a new `people.search_key`); a nomination is found by its nominee unit
 *   or person, through the index of each.
 */
export class NominationQueueAndSearch1795902400000 implements MigrationInterface {
  name = 'NominationQueueAndSearch1795902400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE nominations ADD COLUMN waiting_since timestamptz`);
    await q.query(`
      UPDATE nominations n SET waiting_since = h.last_submitted
      FROM (SELECT nomination_id, max(occurred_at) AS last_submitted FROM nomination_history
            WHERE action IN ('submit', 'resubmit') GROUP BY nomination_id) h
      WHERE h.nomination_id = n.id`);
    // AWAITING_REVIEW (review.rules.ts): the states staff may forward to the council from.
    await q.query(`CREATE INDEX nominations_waiting_idx ON nominations (waiting_since, id) WHERE state IN ('submitted', 'resubmitted')`);
    await q.query(
      `CREATE INDEX nominations_waiting_newest_idx ON nominations (waiting_since DESC NULLS LAST, id)
       WHERE state IN ('submitted', 'resubmitted')`,
    );
    await q.query(`ALTER TABLE people ADD COLUMN search_key text GENERATED ALWAYS AS (search_key(full_name)) STORED`);
    await q.query(`CREATE INDEX people_search_key_idx ON people USING gin (search_key gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX people_search_key_idx`);
    await q.query(`ALTER TABLE people DROP COLUMN search_key`);
    await q.query(`DROP INDEX nominations_waiting_newest_idx`);
    await q.query(`DROP INDEX nominations_waiting_idx`);
    await q.query(`ALTER TABLE nominations DROP COLUMN waiting_since`);
  }
}
