import type { EntityManager } from 'typeorm';
import { queryPage } from '../../platform/pagination/page.js';
import type { Role } from '../../platform/request-context/request-context.js';
import type { UserListQuery } from './user.dto.js';

/** A user account as the API shows it: never its password hash. */
export interface User {
  id: string;
  username: string;
  email: string | null;
  displayName: string;
  /** The unit the person works for; a unit officer acts only for it. */
  organizationId: string | null;
  roles: Role[];
  active: boolean;
  /** Set by the demo seed; production refuses to start while such a password still works. */
  demoPassword: boolean;
  passwordChangedAt: Date;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewUserRow {
  username: string;
  displayName: string;
  email: string | null;
  organizationId: string | null;
  roles: Role[];
  passwordHash: string;
  demoPassword: boolean;
  passwordChangedAt: Date;
}

const USER_COLUMNS = `u.id, u.username, u.email, u.display_name AS "displayName", u.organization_id AS "organizationId",
  u.roles::text[] AS roles, u.active, u.demo_password AS "demoPassword", u.password_changed_at AS "passwordChangedAt",
  u.version, u.created_at AS "createdAt", u.updated_at AS "updatedAt"`;

/** `users`: accounts, their roles and password hashes. */
export class UserRepository {
  constructor(private readonly db: EntityManager) {}

  async insert(user: NewUserRow): Promise<User> {
    const [created]: User[] = await this.db.query(
      `WITH u AS (
         INSERT INTO users (username, display_name, email, organization_id, roles, password_hash, demo_password, password_changed_at)
         VALUES ($1, $2, $3, $4, $5::user_role[], $6, $7, $8) RETURNING *
       ) SELECT ${USER_COLUMNS} FROM u`,
      [
        user.username,
        user.displayName,
        user.email,
        user.organizationId,
        user.roles,
        user.passwordHash,
        user.demoPassword,
        user.passwordChangedAt,
      ],
    );
    return created;
  }

  async find(id: string, lock = false): Promise<User | null> {
    const rows: User[] = await this.db.query(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    return rows[0] ?? null;
  }

  /** The user with its password hash, locked for a password change. */
  async withHashForUpdate(id: string): Promise<(User & { passwordHash: string }) | null> {
    const rows: (User & { passwordHash: string })[] = await this.db.query(
      `SELECT ${USER_COLUMNS}, u.password_hash AS "passwordHash" FROM users u WHERE u.id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The active user signing in under this name (lower-cased), with its password hash. */
  async activeWithHash(usernameKey: string): Promise<(User & { passwordHash: string }) | null> {
    const rows: (User & { passwordHash: string })[] = await this.db.query(
      `SELECT ${USER_COLUMNS}, u.password_hash AS "passwordHash" FROM users u WHERE lower(u.username) = $1 AND u.active`,
      [usernameKey],
    );
    return rows[0] ?? null;
  }

  async list(query: UserListQuery): Promise<{ items: User[]; total: number }> {
    const { rows, total } = await queryPage<User>(
      this.db,
      {
        select: USER_COLUMNS,
        from: 'FROM users u',
        where: `WHERE ($1::uuid IS NULL OR u.organization_id = $1) AND ($2::user_role IS NULL OR $2 = ANY(u.roles))`,
        orderBy: 'u.username, u.id',
        parameters: [query.organizationId ?? null, query.role ?? null],
      },
      query,
    );
    return { items: rows, total };
  }

  async update(id: string, changes: Pick<User, 'displayName' | 'roles' | 'active'>): Promise<User> {
    const [updated]: User[] = await this.db.query(
      `WITH u AS (
         UPDATE users SET display_name = $2, roles = $3::user_role[], active = $4, version = version + 1, updated_at = now()
         WHERE id = $1 RETURNING *
       ) SELECT ${USER_COLUMNS} FROM u`,
      [id, changes.displayName, changes.roles, changes.active],
    );
    return updated;
  }

  async setPassword(id: string, passwordHash: string, changedAt: Date): Promise<void> {
    await this.db.query(
      `UPDATE users SET password_hash = $2, demo_password = false, password_changed_at = $3, version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, passwordHash, changedAt],
    );
  }

  async usernameTaken(username: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query('SELECT 1 FROM users WHERE lower(username) = lower($1)', [username]);
    return rows.length > 0;
  }

  /** Which of these names (lower-cased) have an account. */
  async existingUsernames(usernames: string[]): Promise<string[]> {
    const rows: { username: string }[] = await this.db.query(
      'SELECT lower(username) AS username FROM users WHERE lower(username) = ANY($1)',
      [usernames],
    );
    return rows.map((row) => row.username);
  }

  /** Active accounts that still sign in with the demo password. */
  async withDemoPasswords(): Promise<string[]> {
    const rows: { username: string }[] = await this.db.query('SELECT username FROM users WHERE demo_password AND active ORDER BY username');
    return rows.map((row) => row.username);
  }
}
