import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../platform/time/clock.js';
import { StaleVersionError } from '../../platform/errors/platform.errors.js';
import { type Page, pageOf } from '../../platform/pagination/page.js';
import type { Actor, Role } from '../../platform/request-context/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { LoginThrottleService } from '../auth/login-throttle.service.js';
import { SessionsService } from '../auth/sessions.service.js';
import { PasswordHasher } from './password-hasher.js';
import { passwordProblems } from './password.rules.js';
import type { ChangePasswordRequest, CreateUserRequest, UpdateUserRequest, UserListQuery } from './user.dto.js';
import { type User, UserRepository } from './user.repository.js';
import {
  DemoPasswordsInProductionError,
  TooManyWrongPasswordsError,
  UserNotFoundError,
  WeakPasswordError,
  WrongCurrentPasswordError,
} from './user.errors.js';

export interface NewUser {
  username: string;
  displayName: string;
  email?: string | null;
  organizationId?: string | null;
  roles: Role[];
  password: string;
  /** Only the demo seed sets this. */
  demoPassword?: boolean;
}

function auditView(user: User): Record<string, unknown> {
  return {
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    organizationId: user.organizationId,
    roles: user.roles,
    active: user.active,
  };
}

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
  ) {}

  create(request: CreateUserRequest): Promise<User> {
    return this.dataSource.transaction((tx) => this.createIn(tx, request));
  }

  /** Used by the API, the CLI and the seeds alike, so the password policy holds everywhere. */
  async createIn(tx: EntityManager, user: NewUser): Promise<User> {
    const problems = passwordProblems(user.password, user.username);
    if (problems.length > 0) throw new WeakPasswordError(problems);
    const created = await new UserRepository(tx).insert({
      username: user.username,
      displayName: user.displayName,
      email: user.email ?? null,
      organizationId: user.organizationId ?? null,
      roles: user.roles,
      passwordHash: await this.hasher.hash(user.password),
      demoPassword: user.demoPassword ?? false,
      passwordChangedAt: this.clock.now(),
    });
    await this.audit.record(tx, {
      action: 'user.create',
      entityType: 'user',
      entityId: created.id,
      subjectOrganizationId: created.organizationId,
      after: auditView(created),
    });
    return created;
  }

  async list(query: UserListQuery): Promise<Page<User>> {
    const { items, total } = await new UserRepository(this.dataSource.manager).list(query);
    return pageOf(items, total, query);
  }

  async get(id: string): Promise<User> {
    const user = await new UserRepository(this.dataSource.manager).find(id);
    if (!user) throw new UserNotFoundError();
    return user;
  }

  async update(id: string, request: UpdateUserRequest): Promise<User> {
    return this.dataSource.transaction(async (tx) => {
      const users = new UserRepository(tx);
      const before = await users.find(id, true);
      if (!before) throw new UserNotFoundError();
      if (before.version !== request.version) throw new StaleVersionError();
      const saved = await users.update(id, {
        displayName: request.displayName ?? before.displayName,
        roles: request.roles ?? before.roles,
        active: request.active ?? before.active,
      });
      if (request.active === false) await this.sessions.revokeAllIn(tx, id);
      await this.audit.record(tx, {
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        subjectOrganizationId: saved.organizationId,
        before: auditView(before),
        after: auditView(saved),
      });
      return saved;
    });
  }

  /**
   * Wrong current passwords are counted per user like failed sign-ins (growing waits, 429 with
   * Retry-After): the count of a wrong one is kept, so it is judged in a transaction that commits.
   */
  async changeOwnPassword(actor: Actor, request: ChangePasswordRequest): Promise<void> {
    const now = this.clock.now();
    const changed = await this.dataSource.transaction(async (tx) => {
      const users = new UserRepository(tx);
      const user = await users.withHashForUpdate(actor.userId);
      if (!user) throw new UserNotFoundError();
      const checks = await this.throttle.assertMayCheckPassword(tx, user.username.toLowerCase(), now);
      if (checks.wait > 0) throw new TooManyWrongPasswordsError(checks.wait);
      if (!(await this.hasher.verify(user.passwordHash, request.currentPassword))) {
        await this.throttle.recordFailure(tx, checks, now);
        return false;
      }
      const problems = passwordProblems(request.newPassword, user.username);
      if (problems.length > 0) throw new WeakPasswordError(problems, 'newPassword');
      await this.throttle.recordSuccess(tx, checks);
      await users.setPassword(user.id, await this.hasher.hash(request.newPassword), now);
      await this.audit.record(tx, {
        action: 'user.change_password',
        entityType: 'user',
        entityId: user.id,
        subjectOrganizationId: user.organizationId,
      });
      return true;
    });
    if (!changed) throw new WrongCurrentPasswordError();
  }

  /** The active account signing in under this name (lower-cased), with its password hash, read in `tx`. */
  signingInIn(tx: EntityManager, usernameKey: string): Promise<(User & { passwordHash: string }) | null> {
    return new UserRepository(tx).activeWithHash(usernameKey);
  }

  /** Which of these names (lower-cased) already have an account. */
  existingUsernamesIn(tx: EntityManager, usernames: string[]): Promise<string[]> {
    return new UserRepository(tx).existingUsernames(usernames);
  }

  /** The first administrator, from ADMIN_USERNAME / ADMIN_PASSWORD; nothing happens once the name exists. */
  async ensureInitialAdmin(admin: { username: string; password: string } | undefined): Promise<boolean> {
    if (!admin) return false;
    return this.dataSource.transaction(async (tx) => {
      if (await new UserRepository(tx).usernameTaken(admin.username)) return false;
      await this.createIn(tx, {
        username: admin.username,
        displayName: 'Quản trị hệ thống',
        roles: ['system_admin'],
        password: admin.password,
      });
      return true;
    });
  }

  async assertNoDemoPasswords(): Promise<void> {
    const usernames = await new UserRepository(this.dataSource.manager).withDemoPasswords();
    if (usernames.length > 0) throw new DemoPasswordsInProductionError(usernames);
  }
}
