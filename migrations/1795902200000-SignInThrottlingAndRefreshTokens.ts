import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling that an outsider cannot turn against a user: failures are counted per client
 * address and name typed, and per client address (`username_key` null), instead of per name for
 * everyone. Sessions get a refresh-token generation: each refresh rotates it, and a refresh token of
 * an older generation (a stolen one, replayed) revokes the session.
 */
export class SignInThrottlingAndRefreshTokens1795902200000 implements MigrationInterface {
  name = 'SignInThrottlingAndRefreshTokens1795902200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_attempts`);
    await q.query(`
      CREATE TABLE sign_in_failures (
        client_address varchar(64) NOT NULL,
        username_key varchar(60),
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL,
        CONSTRAINT sign_in_failures_key UNIQUE NULLS NOT DISTINCT (client_address, username_key),
        CONSTRAINT sign_in_failures_positive_check CHECK (failures > 0)
      )`);
    await q.query(`CREATE INDEX sign_in_failures_username_idx ON sign_in_failures (username_key) WHERE username_key IS NOT NULL`);
    await q.query(`CREATE INDEX sign_in_failures_last_failure_idx ON sign_in_failures (last_failure_at)`);
    await q.query(`ALTER TABLE sessions ADD COLUMN refresh_generation integer NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions DROP COLUMN refresh_generation`);
    await q.query(`DROP TABLE sign_in_failures`);
    await q.query(`
      CREATE TABLE login_attempts (
        username_key varchar(60) PRIMARY KEY,
        failures integer NOT NULL DEFAULT 0,
        window_started_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz
      )`);
  }
}
