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
    const failures = new SignInFailureRepository(tx);
    const targets = [
      { key: { clientAddress: client.address, usernameKey }, policy: this.settings.perName },
      { key: { clientAddress: client.address, usernameKey: null }, policy: this.settings.perAddress },
    ];
    await failures.lock(targets.map((target) => target.key));
    const keys = await Promise.all(targets.map(async (target) => ({ ...target, count: await failures.find(target.key) })));
    const wait = longestWait(keys.map(({ count, policy }) => secondsToWait(count, now, policy)));
    if (wait > 0) throw new LoginLockedError(wait);
    return { keys };
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
