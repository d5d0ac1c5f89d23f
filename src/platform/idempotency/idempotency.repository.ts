import type { EntityManager } from 'typeorm';
import type { StoredAttempt } from './idempotency.rules.js';

export interface AttemptKey {
  scope: string;
  key: string;
  route: string;
}

interface AttemptRow {
  request_hash: string;
  status_code: number | null;
  response_body: unknown;
}

/** Expired rows removed by each claim: the table stays small without a scheduled job. */
const PURGE_BATCH = 100;

/** Every query of `idempotency_keys`. */
export class IdempotencyRepository {
  constructor(private readonly db: EntityManager) {}

  /**
   * Takes the key for this request, or tells what holds it. An expired row, or one of the same
   * request left unfinished for `abandonedAfterSeconds` (its process or its database went away), is
   * taken over in the same statement, so two concurrent retries never both run.
   */
  async claim(
    attempt: AttemptKey,
    requestHash: string,
    times: { ttlSeconds: number; abandonedAfterSeconds: number },
  ): Promise<StoredAttempt> {
    await this.db.query(
      `DELETE FROM idempotency_keys WHERE ctid IN (SELECT ctid FROM idempotency_keys WHERE expires_at < now() LIMIT ${PURGE_BATCH})`,
    );
    const claimed: unknown[] = await this.db.query(
      `INSERT INTO idempotency_keys (scope, key, route, request_hash, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))
       ON CONFLICT (scope, key, route) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, status_code = NULL, response_body = NULL,
             created_at = now(), expires_at = EXCLUDED.expires_at
       WHERE idempotency_keys.expires_at < now()
          OR (idempotency_keys.status_code IS NULL AND idempotency_keys.request_hash = EXCLUDED.request_hash
              AND idempotency_keys.created_at < now() - make_interval(secs => $6))
       RETURNING 1`,
      [attempt.scope, attempt.key, attempt.route, requestHash, times.ttlSeconds, times.abandonedAfterSeconds],
    );
    if (claimed.length > 0) return { state: 'claimed' };
    const [row]: AttemptRow[] = await this.db.query(
      `SELECT request_hash, status_code, response_body FROM idempotency_keys WHERE scope = $1 AND key = $2 AND route = $3`,
      [attempt.scope, attempt.key, attempt.route],
    );
    if (!row || row.status_code === null) return { state: 'running', requestHash: row?.request_hash ?? requestHash };
    return { state: 'completed', requestHash: row.request_hash, statusCode: row.status_code, body: row.response_body };
  }

  async complete(attempt: AttemptKey, statusCode: number, body: unknown): Promise<void> {
    await this.db.query(
      `UPDATE idempotency_keys SET status_code = $4, response_body = $5::json
       WHERE scope = $1 AND key = $2 AND route = $3 AND status_code IS NULL`,
      [attempt.scope, attempt.key, attempt.route, statusCode, JSON.stringify(body ?? null)],
    );
  }

  /** The request failed and wrote nothing: the key is free for a retry. */
  async release(attempt: AttemptKey): Promise<void> {
    await this.db.query(`DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND route = $3 AND status_code IS NULL`, [
      attempt.scope,
      attempt.key,
      attempt.route,
    ]);
  }
}
