import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app.config.js';
import { LoginLockedError } from './auth.errors.js';
import { afterFailure, type AttemptState, secondsLocked, type ThrottleSettings } from './login-throttle.rules.js';

interface AttemptRow {
  failures: number;
  window_started_at: Date;
  locked_until: Date | null;
}

@Injectable()
export class LoginThrottleService {
  private readonly settings: ThrottleSettings;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.settings = {
      maxFailures: config.auth.maxFailedLogins,
      windowMinutes: config.auth.failedLoginWindowMinutes,
      lockoutMinutes: config.auth.lockoutMinutes,
    };
  }

  /** Locks the attempt row, so that parallel guesses are counted one by one. */
  async assertNotLocked(tx: EntityManager, usernameKey: string, now: Date): Promise<AttemptState | undefined> {
    const rows: AttemptRow[] = await tx.query(
      'SELECT failures, window_started_at, locked_until FROM login_attempts WHERE username_key = $1 FOR UPDATE',
      [usernameKey],
    );
    const state = rows[0] && { failures: rows[0].failures, windowStartedAt: rows[0].window_started_at, lockedUntil: rows[0].locked_until };
    const seconds = secondsLocked(state, now);
    if (seconds > 0) throw new LoginLockedError(seconds);
    return state;
  }

  async recordFailure(tx: EntityManager, usernameKey: string, state: AttemptState | undefined, now: Date): Promise<void> {
    const next = afterFailure(state, now, this.settings);
    await tx.query(
      `INSERT INTO login_attempts (username_key, failures, window_started_at, locked_until) VALUES ($1, $2, $3, $4)
       ON CONFLICT (username_key) DO UPDATE SET failures = $2, window_started_at = $3, locked_until = $4`,
      [usernameKey, next.failures, next.windowStartedAt, next.lockedUntil],
    );
  }

  async clear(tx: EntityManager, usernameKey: string): Promise<void> {
    await tx.query('DELETE FROM login_attempts WHERE username_key = $1', [usernameKey]);
  }
}
