import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One owner per table (issue 10): which nomination carries a conference's flag proposal is decided by the
 * nominations, so the link moves from the meetings' `flag_proposals.nomination_id` to
 * `nominations.flag_proposal_id`. At most one nomination carries a proposal; a withdrawn one gives the link
 * up when a new nomination is made from the proposal.
 */
export class FlagProposalLinkOnNominations1795902000000 implements MigrationInterface {
  name = 'FlagProposalLinkOnNominations1795902000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE nominations ADD COLUMN flag_proposal_id uuid REFERENCES flag_proposals (id)`);
    await q.query(
      `CREATE UNIQUE INDEX nominations_one_per_flag_proposal ON nominations (flag_proposal_id) WHERE flag_proposal_id IS NOT NULL`,
    );
    // A nomination carries at most one proposal: were two proposals pointed at one nomination, the earliest keeps it.
    await q.query(`
      UPDATE nominations n SET flag_proposal_id = p.id
      FROM (SELECT DISTINCT ON (nomination_id) id, nomination_id FROM flag_proposals
            WHERE nomination_id IS NOT NULL ORDER BY nomination_id, created_at, id) p
      WHERE n.id = p.nomination_id`);
    await q.query(`ALTER TABLE flag_proposals DROP CONSTRAINT flag_proposals_nomination_fk`);
    await q.query(`ALTER TABLE flag_proposals DROP COLUMN nomination_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE flag_proposals ADD COLUMN nomination_id uuid`);
    await q.query(`UPDATE flag_proposals p SET nomination_id = n.id FROM nominations n WHERE n.flag_proposal_id = p.id`);
    await q.query(
      `ALTER TABLE flag_proposals ADD CONSTRAINT flag_proposals_nomination_fk FOREIGN KEY (nomination_id) REFERENCES nominations (id)`,
    );
    await q.query(`DROP INDEX nominations_one_per_flag_proposal`);
    await q.query(`ALTER TABLE nominations DROP COLUMN flag_proposal_id`);
  }
}
