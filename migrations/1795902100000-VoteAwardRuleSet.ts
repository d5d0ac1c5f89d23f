import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The award rule set a flag vote took its quota and legal basis from (`award_rule_sets`, the catalog the
 * nominations are judged by): the nominations the vote makes cite the same record, even when a rule set is added
 * later with a date before the meeting. Null for another subject, or a quota the meeting set itself.
 */
export class VoteAwardRuleSet1795902100000 implements MigrationInterface {
  name = 'VoteAwardRuleSet1795902100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE votes ADD COLUMN award_rule_set_id uuid REFERENCES award_rule_sets (id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE votes DROP COLUMN award_rule_set_id`);
  }
}
