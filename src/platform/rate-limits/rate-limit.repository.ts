import type { EntityManager } from 'typeorm';

/** One key's standing after a hit, as `@nestjs/throttler` wants it (times in whole seconds). */
export interface HitStanding {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

interface HitRow {
  hits: number;
  time_to_expire: number;
  is_blocked: boolean;
  time_to_block_expire: number;
}

/** Every query of `rate_limit_hits`. Times are the database's, so that every app instance counts alike. */
export class RateLimitRepository {
  constructor(private readonly db: EntityManager) {}

  /**
   * Counts one hit in one statement: a window that is over starts again at 1; a hit past the limit
   * blocks the key for `blockMs`; while blocked, hits are not counted. Concurrent hits on the same
   * key queue on its row, so none is lost, on one instance or many.
   */
  async hit(key: string, throttler: string, ttlMs: number, limit: number, blockMs: number): Promise<HitStanding> {
    const [row]: HitRow[] = await this.db.query(
      `INSERT INTO rate_limit_hits AS r (key, throttler, hits, window_ends_at, blocked_until)
       VALUES ($1, $2, 1, now() + make_interval(secs => $3 / 1000.0),
               CASE WHEN 1 > $4 THEN now() + make_interval(secs => $5 / 1000.0) END)
       ON CONFLICT (key, throttler) DO UPDATE SET
         hits = CASE WHEN r.blocked_until > now() THEN r.hits WHEN r.window_ends_at <= now() THEN 1 ELSE r.hits + 1 END,
         window_ends_at = CASE WHEN r.blocked_until > now() THEN r.window_ends_at
                               WHEN r.window_ends_at <= now() THEN EXCLUDED.window_ends_at
                               ELSE r.window_ends_at END,
         blocked_until = CASE WHEN r.blocked_until > now() THEN r.blocked_until
                              WHEN (CASE WHEN r.window_ends_at <= now() THEN 1 ELSE r.hits + 1 END) > $4
                                THEN now() + make_interval(secs => $5 / 1000.0)
                              END
       RETURNING hits,
                 greatest(0, ceil(extract(epoch FROM window_ends_at - now())))::int AS time_to_expire,
                 coalesce(blocked_until > now(), false) AS is_blocked,
                 greatest(0, ceil(extract(epoch FROM coalesce(blocked_until, now()) - now())))::int AS time_to_block_expire`,
      [key, throttler, ttlMs, limit, blockMs],
    );
    return {
      totalHits: row.hits,
      timeToExpire: row.time_to_expire,
      isBlocked: row.is_blocked,
      timeToBlockExpire: row.time_to_block_expire,
    };
  }

  /** Keys whose window and block are both over count for nothing: removed a hundred at a time. */
  async purgeSpent(): Promise<void> {
    await this.db.query(
      `DELETE FROM rate_limit_hits WHERE ctid IN (
         SELECT ctid FROM rate_limit_hits
         WHERE window_ends_at < now() AND (blocked_until IS NULL OR blocked_until < now()) LIMIT 100)`,
    );
  }
}
