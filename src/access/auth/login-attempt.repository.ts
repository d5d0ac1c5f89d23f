import type { EntityManager } from 'typeorm';
import type { AttemptState } from './login-throttle.rules.js';

/** `login_attempts`: failed sign-ins by the name typed, known user or not. */
export class LoginAttemptRepository {
  constructor(private readonly db: EntityManager) {}

  /** Locks the attempt row, so that parallel guesses are counted one by one. */
  async lock(usernameKey: string): Promise<AttemptState | undefined> {
    const rows: AttemptState[] = await this.db.query(
      `SELECT failures, window_started_at AS "windowStartedAt", locked_until AS "lockedUntil"
       FROM login_attempts WHERE username_key = $1 FOR UPDATE`,
      [usernameKey],
    );
    return rows[0];
  }

  async save(usernameKey: string, state: AttemptState): Promise<void> {
    await this.db.query(
      `INSERT INTO login_attempts (username_key, failures, window_started_at, locked_until) VALUES ($1, $2, $3, $4)
       ON CONFLICT (username_key) DO UPDATE SET failures = $2, window_started_at = $3, locked_until = $4`,
      [usernameKey, state.failures, state.windowStartedAt, state.lockedUntil],
    );
  }

  async clear(usernameKey: string): Promise<void> {
    await this.db.query('DELETE FROM login_attempts WHERE username_key = $1', [usernameKey]);
  }
}
