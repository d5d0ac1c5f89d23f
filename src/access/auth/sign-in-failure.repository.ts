import type { EntityManager } from 'typeorm';
import type { FailureCount } from './login-throttle.rules.js';

/** One throttling key: failures from an address for one name typed, or (`usernameKey` null) for any name. */
export interface ThrottleKey {
  clientAddress: string;
  usernameKey: string | null;
}

interface FailureRow {
  failures: number;
  last_failure_at: Date;
}

function keyText(key: ThrottleKey): string {
  return `${key.clientAddress}|${key.usernameKey ?? ''}`;
}

/** `sign_in_failures`: failed sign-ins by client address and name typed (known user or not), and by address. */
export class SignInFailureRepository {
  constructor(private readonly db: EntityManager) {}

  /**
   * Holds the keys until the transaction ends, so that parallel guesses are counted one by one
   * (an advisory lock, since a key's row need not exist yet). Always in the same order: no deadlock.
   */
  async lock(keys: ThrottleKey[]): Promise<void> {
    for (const text of keys.map(keyText).sort()) {
      await this.db.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`sign_in_failures:${text}`]);
    }
  }

  async find(key: ThrottleKey): Promise<FailureCount | undefined> {
    const rows: FailureRow[] = await this.db.query(
      `SELECT failures, last_failure_at FROM sign_in_failures WHERE client_address = $1 AND username_key IS NOT DISTINCT FROM $2`,
      [key.clientAddress, key.usernameKey],
    );
    return rows[0] && { failures: rows[0].failures, lastFailureAt: rows[0].last_failure_at };
  }

  async save(key: ThrottleKey, count: FailureCount): Promise<void> {
    await this.db.query(
      `INSERT INTO sign_in_failures (client_address, username_key, failures, last_failure_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (client_address, username_key) DO UPDATE SET failures = $3, last_failure_at = $4`,
      [key.clientAddress, key.usernameKey, count.failures, count.lastFailureAt],
    );
  }

  async clear(key: ThrottleKey): Promise<void> {
    await this.db.query(`DELETE FROM sign_in_failures WHERE client_address = $1 AND username_key IS NOT DISTINCT FROM $2`, [
      key.clientAddress,
      key.usernameKey,
    ]);
  }

  /** Every address's failures for this name (an administrator's unlock). */
  async clearName(usernameKey: string): Promise<number> {
    const [, deleted]: [unknown[], number] = await this.db.query(`DELETE FROM sign_in_failures WHERE username_key = $1`, [usernameKey]);
    return deleted;
  }

  /** Of these names, those some address has failed with at least `failures` times since `since`. */
  async namesWithFailures(usernameKeys: string[], failures: number, since: Date): Promise<string[]> {
    const rows: { username_key: string }[] = await this.db.query(
      `SELECT DISTINCT username_key FROM sign_in_failures WHERE username_key = ANY ($1) AND failures >= $2 AND last_failure_at > $3`,
      [usernameKeys, failures, since],
    );
    return rows.map((row) => row.username_key);
  }

  /** Counts no longer needed: the table stays small without a scheduled job. */
  async purgeOlderThan(before: Date): Promise<void> {
    await this.db.query(
      `DELETE FROM sign_in_failures WHERE ctid IN (SELECT ctid FROM sign_in_failures WHERE last_failure_at < $1 LIMIT 100)`,
      [before],
    );
  }
}
