import type { ThrottlerStorage } from '@nestjs/throttler';
import type { DataSource } from 'typeorm';
import { type HitStanding, RateLimitRepository } from './rate-limit.repository.js';

/** A purge of spent keys after this many hits of one process: the table stays small without a scheduled job. */
const PURGE_EVERY = 200;

/**
 * `@nestjs/throttler`'s storage in PostgreSQL: the packaged one counts in the memory of one process,
 * so behind a load balancer each instance would allow the limit again, and a restart would forget
 * every count. One UPSERT per hit, shared by every instance.
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  private hitsSincePurge = 0;

  constructor(private readonly dataSource: DataSource) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<HitStanding> {
    const store = new RateLimitRepository(this.dataSource.manager);
    const standing = await store.hit(key, throttlerName, ttl, limit, blockDuration);
    if (++this.hitsSincePurge >= PURGE_EVERY) {
      this.hitsSincePurge = 0;
      await store.purgeSpent();
    }
    return standing;
  }
}
