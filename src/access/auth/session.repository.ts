import type { EntityManager } from 'typeorm';
import type { Role } from '../../platform/request-context/request-context.js';
import type { RefreshableSession } from './session.rules.js';

/** The account behind a live session. */
export interface SessionHolder {
  id: string;
  username: string;
  organizationId: string | null;
  roles: Role[];
}

interface RefreshRow {
  refresh_generation: number;
  live: boolean;
  expires_at: Date;
}

/** `sessions`: a sign-in. Tokens and cookies name it, so revoking it ends both at once. */
export class SessionRepository {
  constructor(private readonly db: EntityManager) {}

  async open(userId: string, expiresAt: Date): Promise<string> {
    const [{ id }]: { id: string }[] = await this.db.query('INSERT INTO sessions (user_id, expires_at) VALUES ($1, $2) RETURNING id', [
      userId,
      expiresAt,
    ]);
    return id;
  }

  async revoke(id: string, at: Date): Promise<void> {
    await this.db.query('UPDATE sessions SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [id, at]);
  }

  async revokeAllOf(userId: string): Promise<void> {
    await this.db.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
  }

  /** The active user of a session that is neither revoked nor expired at `now`. */
  async holder(userId: string, sessionId: string, now: Date): Promise<SessionHolder | null> {
    const rows: SessionHolder[] = await this.db.query(
      `SELECT u.id, u.username, u.organization_id AS "organizationId", u.roles::text[] AS roles
       FROM users u JOIN sessions s ON s.user_id = u.id
       WHERE u.id = $1 AND s.id = $2 AND u.active AND s.revoked_at IS NULL AND s.expires_at > $3`,
      [userId, sessionId, now],
    );
    return rows[0] ?? null;
  }

  /** The session's refresh generation, locked so that two refreshes with one token cannot both rotate it. */
  async lockForRefresh(userId: string, sessionId: string, now: Date): Promise<(RefreshableSession & { expiresAt: Date }) | null> {
    const rows: RefreshRow[] = await this.db.query(
      `SELECT s.refresh_generation, s.expires_at, (s.revoked_at IS NULL AND s.expires_at > $3 AND u.active) AS live
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.id = $2 AND s.user_id = $1 FOR UPDATE OF s`,
      [userId, sessionId, now],
    );
    const [row] = rows;
    return row ? { live: row.live, refreshGeneration: row.refresh_generation, expiresAt: row.expires_at } : null;
  }

  async advanceRefreshGeneration(sessionId: string): Promise<number> {
    const [rows]: [{ refresh_generation: number }[], number] = await this.db.query(
      'UPDATE sessions SET refresh_generation = refresh_generation + 1 WHERE id = $1 RETURNING refresh_generation',
      [sessionId],
    );
    return rows[0].refresh_generation;
  }
}
