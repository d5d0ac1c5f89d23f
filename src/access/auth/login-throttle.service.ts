import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app.config.js';
import { LoginLockedError } from './auth.errors.js';
import {
  afterFailure,
  type FailureCount,
  longestWait,
  secondsToWait,
  type SignInThrottleSettings,
  type ThrottlePolicy,
} from './login-throttle.rules.js';
import { SignInFailureRepository, type ThrottleKey } from './sign-in-failure.repository.js';

/** Where a sign-in comes from, as throttling sees it. */
export interface SignInClient {
  address: string;
  /** The user name of a live session the request already carries (the real user, signing in again). */
  signedInAs?: string;
}

/** The counts one sign-in is judged by, locked until its transaction ends; null when nothing is counted. */
export interface ThrottleState {
  keys: { key: ThrottleKey; policy: ThrottlePolicy; count: FailureCount | undefined }[];
}

/** The first waits: half a minute for a name from one address, ten seconds for an address past its free failures. */
const FIRST_DELAY_PER_NAME_SECONDS = 30;
const FIRST_DELAY_PER_ADDRESS_SECONDS = 10;
/** The "address" under which wrong current passwords are counted, per user (never a real address). */
const CURRENT_PASSWORD_CHECKS = 'current-password';

@Injectable()
export class LoginThrottleService {
  private readonly settings: SignInThrottleSettings;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { maxFailedLogins, maxFailedLoginsPerAddress, failedLoginWindowMinutes, lockoutMinutes } = config.auth;
    const common = { maxDelaySeconds: lockoutMinutes * 60, forgetAfterMinutes: failedLoginWindowMinutes };
    this.settings = {
      perName: { ...common, freeFailures: maxFailedLogins, firstDelaySeconds: FIRST_DELAY_PER_NAME_SECONDS },
      perAddress: { ...common, freeFailures: maxFailedLoginsPerAddress, firstDelaySeconds: FIRST_DELAY_PER_ADDRESS_SECONDS },
    };
  }

  /**
   * Locks and reads the client's counts (its address with this name, and its address alone), and
   * refuses with the wait still owed. A request that carries a live session of this very user is
   * not throttled: it is the real user.
   */
  async assertMayTry(tx: EntityManager, usernameKey: string, client: SignInClient, now: Date): Promise<ThrottleState | null> {
    if (client.signedInAs?.toLowerCase() === usernameKey) return null;
    const state = await this.judge(
      tx,
      [
        { key: { clientAddress: client.address, usernameKey }, policy: this.settings.perName },
        { key: { clientAddress: client.address, usernameKey: null }, policy: this.settings.perAddress },
      ],
      now,
    );
    if (state.wait > 0) throw new LoginLockedError(state.wait);
    return state;
  }

  /**
   * The same rules for the current password typed to change one's own password, counted per user
   * whatever the session or address (a borrowed session must not guess it); the first key, like a
   * sign-in's, so that a success clears it and an administrator's unlock forgets it.
   */
  async assertMayCheckPassword(tx: EntityManager, usernameKey: string, now: Date): Promise<ThrottleState & { wait: number }> {
    return this.judge(tx, [{ key: { clientAddress: CURRENT_PASSWORD_CHECKS, usernameKey }, policy: this.settings.perName }], now);
  }

  /** Locks and reads these counts until the transaction ends, with the longest wait they owe. */
  private async judge(
    tx: EntityManager,
    targets: { key: ThrottleKey; policy: ThrottlePolicy }[],
    now: Date,
  ): Promise<ThrottleState & { wait: number }> {
    const failures = new SignInFailureRepository(tx);
    await failures.lock(targets.map((target) => target.key));
    const keys = await Promise.all(targets.map(async (target) => ({ ...target, count: await failures.find(target.key) })));
    return { keys, wait: longestWait(keys.map(({ count, policy }) => secondsToWait(count, now, policy))) };
  }

  async recordFailure(tx: EntityManager, state: ThrottleState | null, now: Date): Promise<void> {
    if (!state) return;
    const failures = new SignInFailureRepository(tx);
    for (const { key, policy, count } of state.keys) await failures.save(key, afterFailure(count, now, policy));
    await failures.purgeOlderThan(new Date(now.getTime() - this.settings.perAddress.forgetAfterMinutes * 60_000));
  }

  /** A success clears that client's count for the name; the address's count runs on (one good account must not reset it). */
  async recordSuccess(tx: EntityManager, state: ThrottleState | null): Promise<void> {
    if (!state) return;
    const [byName] = state.keys;
    if (byName.count) await new SignInFailureRepository(tx).clear(byName.key);
  }

  /** Of these names (lower-cased), those that some address is being made to wait for now or was lately. */
  async namesHeldBack(manager: EntityManager, usernameKeys: string[], now: Date): Promise<Set<string>> {
    const { freeFailures, forgetAfterMinutes } = this.settings.perName;
    const since = new Date(now.getTime() - forgetAfterMinutes * 60_000);
    return new Set(await new SignInFailureRepository(manager).namesWithFailures(usernameKeys, freeFailures, since));
  }

  /** An administrator's unlock: every address's failures for this name are forgotten. */
  forgetName(tx: EntityManager, usernameKey: string): Promise<number> {
    return new SignInFailureRepository(tx).clearName(usernameKey);
  }
}
