import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The answers to creates sent with an `Idempotency-Key` header, so that a client retrying after a
 * timeout or an outage gets the first answer back instead of writing twice. One row per caller, key
 * and route; `status_code` is null while the first request runs. Rows expire (`expires_at`). The
 * answer is `json`, not `jsonb`, so that a replay has the same key order as the first answer.
 */
export class IdempotencyKeys1795901500000 implements MigrationInterface {
  name = 'IdempotencyKeys1795901500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_keys (
        scope varchar(60) NOT NULL,
        key varchar(200) NOT NULL,
        route varchar(400) NOT NULL,
        request_hash char(64) NOT NULL,
        status_code smallint,
        response_body json,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CONSTRAINT idempotency_keys_pkey PRIMARY KEY (scope, key, route),
        CONSTRAINT idempotency_keys_status_check CHECK (status_code IS NULL OR status_code BETWEEN 200 AND 299)
      )`);
    await q.query(`CREATE INDEX idempotency_keys_expires_at_idx ON idempotency_keys (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
  }
}
