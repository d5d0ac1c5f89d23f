import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hits on the public routes per client and route, for the rate limits (`@nestjs/throttler` with a
 * storage of our own): kept in PostgreSQL so that every app instance behind a load balancer counts
 * the same hits. One row per throttler key; a row whose window and block are over is reused or purged.
 */
export class RateLimitHits1795902210000 implements MigrationInterface {
  name = 'RateLimitHits1795902210000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limit_hits (
        key char(64) NOT NULL,
        throttler varchar(60) NOT NULL,
        hits integer NOT NULL,
        window_ends_at timestamptz NOT NULL,
        blocked_until timestamptz,
        CONSTRAINT rate_limit_hits_pkey PRIMARY KEY (key, throttler)
      )`);
    await q.query(`CREATE INDEX rate_limit_hits_window_ends_at_idx ON rate_limit_hits (window_ends_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit_hits`);
  }
}
