import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../platform/time/clock.js';
import { StaleVersionError } from '../../platform/errors/platform.errors.js';
import { offsetOf, type Page, pageOf } from '../../platform/pagination/page.js';
import type { Actor, Role } from '../../platform/request-context/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { PasswordHasher } from './password-hasher.js';
import { passwordProblems } from './password.rules.js';
import type { ChangePasswordRequest, CreateUserRequest, UpdateUserRequest, UserListQuery } from './user.dto.js';
import { UserEntity } from './user.entity.js';
import { DemoPasswordsInProductionError, UserNotFoundError, WeakPasswordError, WrongCurrentPasswordError } from './user.errors.js';

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

function auditView(user: UserEntity): Record<string, unknown> {
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
  ) {}

  create(request: CreateUserRequest): Promise<UserEntity> {
    return this.dataSource.transaction((tx) => this.createIn(tx, request));
  }

  /** Used by the API, the CLI and the seeds alike, so the password policy holds everywhere. */
  async createIn(tx: EntityManager, user: NewUser): Promise<UserEntity> {
    const problems = passwordProblems(user.password, user.username);
    if (problems.length > 0) throw new WeakPasswordError(problems);
    const created = await tx.save(
      tx.create(UserEntity, {
        username: user.username,
        displayName: user.displayName,
        email: user.email ?? null,
        organizationId: user.organizationId ?? null,
        roles: user.roles,
        passwordHash: await this.hasher.hash(user.password),
        demoPassword: user.demoPassword ?? false,
        passwordChangedAt: this.clock.now(),
      }),
    );
    await this.audit.record(tx, {
      action: 'user.create',
      entityType: 'user',
      entityId: created.id,
      subjectOrganizationId: created.organizationId,
      after: auditView(created),
    });
    return created;
  }

  async list(query: UserListQuery): Promise<Page<UserEntity>> {
    const qb = this.dataSource.createQueryBuilder(UserEntity, 'u').orderBy('u.username', 'ASC');
    if (query.organizationId) qb.andWhere('u.organizationId = :organizationId', { organizationId: query.organizationId });
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    const [items, total] = await qb.skip(offsetOf(query)).take(query.pageSize).getManyAndCount();
    return pageOf(items, total, query);
  }

  async get(id: string): Promise<UserEntity> {
    const user = await this.dataSource.manager.findOneBy(UserEntity, { id });
    if (!user) throw new UserNotFoundError();
    return user;
  }

  async update(id: string, request: UpdateUserRequest): Promise<UserEntity> {
    return this.dataSource.transaction(async (tx) => {
      const before = await tx.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new UserNotFoundError();
      if (before.version !== request.version) throw new StaleVersionError();
      const after = tx.merge(UserEntity, tx.create(UserEntity, { ...before }), {
        displayName: request.displayName ?? before.displayName,
        roles: request.roles ?? before.roles,
        active: request.active ?? before.active,
      });
      const saved = await tx.save(after);
      if (request.active === false) {
        await tx.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [id]);
      }
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

  async changeOwnPassword(actor: Actor, request: ChangePasswordRequest): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const user = await tx
        .createQueryBuilder(UserEntity, 'u')
        .addSelect('u.passwordHash')
        .where('u.id = :id', { id: actor.userId })
        .setLock('pessimistic_write')
        .getOne();
      if (!user) throw new UserNotFoundError();
      if (!(await this.hasher.verify(user.passwordHash, request.currentPassword))) throw new WrongCurrentPasswordError();
      const problems = passwordProblems(request.newPassword, user.username);
      if (problems.length > 0) throw new WeakPasswordError(problems, 'newPassword');
      await tx.update(UserEntity, { id: user.id }, {
        passwordHash: await this.hasher.hash(request.newPassword),
        demoPassword: false,
        passwordChangedAt: this.clock.now(),
      });
      await this.audit.record(tx, {
        action: 'user.change_password',
        entityType: 'user',
        entityId: user.id,
        subjectOrganizationId: user.organizationId,
      });
    });
  }

  /** The first administrator, from ADMIN_USERNAME / ADMIN_PASSWORD; nothing happens once the name exists. */
  async ensureInitialAdmin(admin: { username: string; password: string } | undefined): Promise<boolean> {
    if (!admin) return false;
    return this.dataSource.transaction(async (tx) => {
      const existing = await tx.query('SELECT 1 FROM users WHERE lower(username) = lower($1)', [admin.username]);
      if (existing.length > 0) return false;
      await this.createIn(tx, { username: admin.username, displayName: 'Quản trị hệ thống', roles: ['system_admin'], password: admin.password });
      return true;
    });
  }

  async assertNoDemoPasswords(): Promise<void> {
    const rows: { username: string }[] = await this.dataSource.query('SELECT username FROM users WHERE demo_password AND active ORDER BY username');
    if (rows.length > 0) throw new DemoPasswordsInProductionError(rows.map((r) => r.username));
  }
}
