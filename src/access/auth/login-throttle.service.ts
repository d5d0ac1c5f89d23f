import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app.config.js';
import { LoginLockedError } from './auth.errors.js';
import { LoginAttemptRepository } from './login-attempt.repository.js';
import { afterFailure, type AttemptState, secondsLocked, type ThrottleSettings } from './login-throttle.rules.js';

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
    const state = await new LoginAttemptRepository(tx).lock(usernameKey);
    const seconds = secondsLocked(state, now);
    if (seconds > 0) throw new LoginLockedError(seconds);
    return state;
  }

  async recordFailure(tx: EntityManager, usernameKey: string, state: AttemptState | undefined, now: Date): Promise<void> {
    await new LoginAttemptRepository(tx).save(usernameKey, afterFailure(state, now, this.settings));
  }

  async clear(tx: EntityManager, usernameKey: string): Promise<void> {
    await new LoginAttemptRepository(tx).clear(usernameKey);
  }
}
