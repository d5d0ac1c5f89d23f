import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An idempotency key's record is completed in the same transaction as the write it guards: each
 * claim gets its own `attempt` token, and every transaction the request commits sets `written_at`
 * for that token just before its COMMIT (or fails, if a retry has taken the key over meanwhile, so
 * the late write rolls back). A key whose write committed is never run again, even if its answer
 * was lost with the process.
 */
export class IdempotencyAttempts1795902220000 implements MigrationInterface {
  name = 'IdempotencyAttempts1795902220000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_keys ADD COLUMN attempt uuid, ADD COLUMN written_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_keys DROP COLUMN attempt, DROP COLUMN written_at`);
  }
}
