import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { Clock } from '../../platform/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app.config.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { PasswordHasher } from '../users/password-hasher.js';
import { UsersService } from '../users/users.service.js';
import { InvalidCredentialsError, RefreshTokenRefusedError } from './auth.errors.js';
import { LoginThrottleService, type SignInClient } from './login-throttle.service.js';
import type { SessionHolder } from './session.repository.js';
import { judgeRefresh, tokenAcceptedVia, type TokenPayload } from './session.rules.js';
import { SessionsService } from './sessions.service.js';

export type { TokenPayload } from './session.rules.js';

/** What an API client holds to go on: a short access token and the refresh token that renews it. */
export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresIn: number;
  refreshToken: string;
}

export interface IssuedSession extends IssuedTokens {
  /** The web UI's session cookie: accepted only as that cookie, never as a bearer. */
  sessionToken: string;
  sessionExpiresAt: Date;
  actor: Actor;
}

/** A refresh that exchanged its token: the next generation, until the session ends. */
interface Rotated {
  judged: 'rotate';
  generation: number;
  expiresAt: Date;
}

/** Compared against when the name is unknown, so that a wrong name costs as long as a wrong password. */
const UNKNOWN_USER_HASH = '$argon2id$v=19$m=65536,p=4,t=3$oZIj/4ENVCxGmym4rG3/oA$M9jzGax53FAWplVlQT71IoDWxiCRhKV04IeO7QqqLz8';

function toActor(user: SessionHolder, sessionId?: string): Actor {
  return { userId: user.id, username: user.username, organizationId: user.organizationId, roles: user.roles, sessionId };
}

function secondsUntil(at: Date, now: Date): number {
  return Math.max(1, Math.floor((at.getTime() - now.getTime()) / 1000));
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks a password under the client's throttle (its address with this name, and its address).
   * The failure is committed before the refusal is thrown, so throttling counts every wrong guess.
   */
  async verifyCredentials(username: string, password: string, client: SignInClient): Promise<Actor> {
    const usernameKey = username.trim().toLowerCase().slice(0, 60);
    const now = this.clock.now();
    const actor = await this.dataSource.transaction(async (tx) => {
      const state = await this.throttle.assertMayTry(tx, usernameKey, client, now);
      const user = await this.users.signingInIn(tx, usernameKey);
      const valid = await this.hasher.verify(user?.passwordHash ?? UNKNOWN_USER_HASH, password);
      if (!user || !valid) {
        await this.throttle.recordFailure(tx, state, now);
        await this.audit.record(tx, {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: user?.id ?? null,
          after: { username: usernameKey, clientAddress: client.address },
          actor: null,
        });
        return null;
      }
      await this.throttle.recordSuccess(tx, state);
      return toActor(user);
    });
    if (!actor) throw new InvalidCredentialsError();
    return actor;
  }

  async openSession(actor: Actor): Promise<IssuedSession> {
    const now = this.clock.now();
    const sessionExpiresAt = new Date(now.getTime() + this.config.auth.sessionHours * 3_600_000);
    const sessionId = await this.dataSource.transaction(async (tx) => {
      const id = await this.sessions.openIn(tx, actor.userId, sessionExpiresAt);
      await this.audit.record(tx, {
        action: 'auth.login',
        entityType: 'user',
        entityId: actor.userId,
        subjectOrganizationId: actor.organizationId,
        actor,
      });
      return id;
    });
    const sessionToken = await this.sign({ sub: actor.userId, sid: sessionId, typ: 'session' }, secondsUntil(sessionExpiresAt, now));
    return {
      ...(await this.tokens(actor.userId, sessionId, 0, sessionExpiresAt, now)),
      sessionToken,
      sessionExpiresAt,
      actor: { ...actor, sessionId },
    };
  }

  /**
   * A token is only as good as its session: revoked, expired or for a deactivated user, it is
   * refused; and only where its kind is accepted (the session cookie is no bearer token).
   */
  async actorForSession(payload: TokenPayload, via: 'bearer' | 'cookie'): Promise<Actor | undefined> {
    if (!tokenAcceptedVia(payload, via)) return undefined;
    const user = await this.sessions.holderIn(this.dataSource.manager, payload.sub, payload.sid, this.clock.now());
    return user ? toActor(user, payload.sid) : undefined;
  }

  /**
   * Exchanges a refresh token for a new access token and the next refresh token. A refresh token
   * already exchanged has been copied: its session is revoked (committed before the refusal).
   */
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const payload = await this.verifiedRefreshToken(refreshToken);
    const now = this.clock.now();
    const outcome = await this.dataSource.transaction(async (tx): Promise<Rotated | { judged: 'dead' | 'reused' }> => {
      const session = await this.sessions.lockForRefreshIn(tx, payload.sub, payload.sid, now);
      const judged = judgeRefresh(session, payload.gen ?? -1);
      if (session && judged === 'rotate') {
        return { judged, generation: await this.sessions.rotateRefreshIn(tx, payload.sid), expiresAt: session.expiresAt };
      }
      if (judged === 'reused') {
        await this.sessions.revokeIn(tx, payload.sid, now);
        await this.audit.record(tx, {
          action: 'auth.refresh_token_reused',
          entityType: 'user',
          entityId: payload.sub,
          after: { sessionId: payload.sid },
          actor: null,
        });
      }
      return { judged: judged === 'rotate' ? 'dead' : judged };
    });
    if (outcome.judged !== 'rotate') throw new RefreshTokenRefusedError();
    return this.tokens(payload.sub, payload.sid, outcome.generation, outcome.expiresAt, now);
  }

  async closeSession(actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      if (actor.sessionId) await this.sessions.revokeIn(tx, actor.sessionId, this.clock.now());
      await this.audit.record(tx, {
        action: 'auth.logout',
        entityType: 'user',
        entityId: actor.userId,
        subjectOrganizationId: actor.organizationId,
      });
    });
  }

  /** An administrator lets a user try again at once, from every address: their name's failure counts are forgotten. */
  async unlockSignIn(userId: string): Promise<void> {
    const user = await this.users.get(userId);
    await this.dataSource.transaction(async (tx) => {
      const forgotten = await this.throttle.forgetName(tx, user.username.toLowerCase());
      await this.audit.record(tx, {
        action: 'user.sign_in_unlocked',
        entityType: 'user',
        entityId: user.id,
        subjectOrganizationId: user.organizationId,
        after: { failureCountsForgotten: forgotten },
      });
    });
  }

  /** Which of these user names wrong passwords are holding back (the users page shows an unlock button for them). */
  async signInsHeldBack(usernames: string[]): Promise<Set<string>> {
    const keys = usernames.map((username) => username.toLowerCase());
    const held = await this.throttle.namesHeldBack(this.dataSource.manager, keys, this.clock.now());
    return new Set(usernames.filter((username) => held.has(username.toLowerCase())));
  }

  private async tokens(userId: string, sessionId: string, generation: number, sessionExpiresAt: Date, now: Date): Promise<IssuedTokens> {
    const accessTokenExpiresIn = this.config.auth.accessTokenMinutes * 60;
    return {
      accessToken: await this.sign({ sub: userId, sid: sessionId, typ: 'access' }, accessTokenExpiresIn),
      accessTokenExpiresIn,
      refreshToken: await this.sign({ sub: userId, sid: sessionId, typ: 'refresh', gen: generation }, secondsUntil(sessionExpiresAt, now)),
    };
  }

  private sign(payload: TokenPayload, expiresIn: number): Promise<string> {
    return this.jwt.signAsync({ ...payload }, { expiresIn });
  }

  private async verifiedRefreshToken(token: string): Promise<TokenPayload> {
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token, { algorithms: ['HS256'] });
    } catch {
      throw new RefreshTokenRefusedError();
    }
    if (payload.typ !== 'refresh' || !Number.isInteger(payload.gen)) throw new RefreshTokenRefusedError();
    return payload;
  }
}
