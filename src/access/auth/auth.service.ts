import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { Clock } from '../../platform/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app.config.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { PasswordHasher } from '../users/password-hasher.js';
import { UsersService } from '../users/users.service.js';
import { InvalidCredentialsError } from './auth.errors.js';
import { LoginThrottleService } from './login-throttle.service.js';
import type { SessionHolder } from './session.repository.js';
import { SessionsService } from './sessions.service.js';

export interface TokenPayload {
  sub: string;
  sid: string;
}

export interface IssuedSession {
  accessToken: string;
  accessTokenExpiresIn: number;
  sessionToken: string;
  sessionExpiresAt: Date;
  actor: Actor;
}

/** Compared against when the name is unknown, so that a wrong name costs as long as a wrong password. */
const UNKNOWN_USER_HASH = '$argon2id$v=19$m=65536,p=4,t=3$oZIj/4ENVCxGmym4rG3/oA$M9jzGax53FAWplVlQT71IoDWxiCRhKV04IeO7QqqLz8';

function toActor(user: SessionHolder, sessionId?: string): Actor {
  return { userId: user.id, username: user.username, organizationId: user.organizationId, roles: user.roles, sessionId };
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

  /** The failure is committed before the refusal is thrown, so throttling counts every wrong guess. */
  async verifyCredentials(username: string, password: string): Promise<Actor> {
    const usernameKey = username.trim().toLowerCase().slice(0, 60);
    const now = this.clock.now();
    const actor = await this.dataSource.transaction(async (tx) => {
      const state = await this.throttle.assertNotLocked(tx, usernameKey, now);
      const user = await this.users.signingInIn(tx, usernameKey);
      const valid = await this.hasher.verify(user?.passwordHash ?? UNKNOWN_USER_HASH, password);
      if (!user || !valid) {
        await this.throttle.recordFailure(tx, usernameKey, state, now);
        await this.audit.record(tx, {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: user?.id ?? null,
          after: { username: usernameKey },
          actor: null,
        });
        return null;
      }
      await this.throttle.clear(tx, usernameKey);
      return toActor(user);
    });
    if (!actor) throw new InvalidCredentialsError();
    return actor;
  }

  async openSession(actor: Actor): Promise<IssuedSession> {
    const sessionExpiresAt = new Date(this.clock.now().getTime() + this.config.auth.sessionHours * 3_600_000);
    const session = await this.dataSource.transaction(async (tx) => {
      const id = await this.sessions.openIn(tx, actor.userId, sessionExpiresAt);
      await this.audit.record(tx, {
        action: 'auth.login',
        entityType: 'user',
        entityId: actor.userId,
        subjectOrganizationId: actor.organizationId,
        actor,
      });
      return { id };
    });
    const payload: TokenPayload = { sub: actor.userId, sid: session.id };
    const accessTokenExpiresIn = this.config.auth.accessTokenMinutes * 60;
    return {
      accessToken: await this.jwt.signAsync(payload, { expiresIn: accessTokenExpiresIn }),
      accessTokenExpiresIn,
      sessionToken: await this.jwt.signAsync(payload, { expiresIn: this.config.auth.sessionHours * 3600 }),
      sessionExpiresAt,
      actor: { ...actor, sessionId: session.id },
    };
  }

  /** A token is only as good as its session: revoked, expired or for a deactivated user, it is refused. */
  async actorForSession(payload: TokenPayload): Promise<Actor | undefined> {
    const user = await this.sessions.holderIn(this.dataSource.manager, payload.sub, payload.sid, this.clock.now());
    return user ? toActor(user, payload.sid) : undefined;
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
}
