import type { EntityManager } from 'typeorm';
import type { StoredAttempt } from './idempotency.rules.js';

export interface AttemptKey {
  scope: string;
  key: string;
  route: string;
}

/** One run of a request under a key: the key and the token of this claim. */
export interface Attempt extends AttemptKey {
  token: string;
}

interface AttemptRow {
  request_hash: string;
  status_code: number | null;
  response_body: unknown;
  written: boolean;
  stale: boolean;
}

/** Expired rows removed by each claim: the table stays small without a scheduled job. */
const PURGE_BATCH = 100;

/** Every query of `idempotency_keys`. */
export class IdempotencyRepository {
  constructor(private readonly db: EntityManager) {}

  /**
   * Takes the key for this attempt, or tells what holds it. An expired row, or one of the same
   * request left unfinished and unwritten for `abandonedAfterSeconds` (its process or its database
   * went away), is taken over in the same statement under the new token, so two concurrent retries
   * never both run, and the old attempt's late COMMIT fails (see `markWritten`).
   */
  async claim(attempt: Attempt, requestHash: string, times: { ttlSeconds: number; abandonedAfterSeconds: number }): Promise<StoredAttempt> {
    await this.db.query(
      `DELETE FROM idempotency_keys WHERE ctid IN (SELECT ctid FROM idempotency_keys WHERE expires_at < now() LIMIT ${PURGE_BATCH})`,
    );
    const claimed: unknown[] = await this.db.query(
      `INSERT INTO idempotency_keys (scope, key, route, request_hash, expires_at, attempt)
       VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5), $7)
       ON CONFLICT (scope, key, route) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, status_code = NULL, response_body = NULL,
             created_at = now(), expires_at = EXCLUDED.expires_at, attempt = EXCLUDED.attempt, written_at = NULL
       WHERE idempotency_keys.expires_at < now()
          OR (idempotency_keys.status_code IS NULL AND idempotency_keys.written_at IS NULL
              AND idempotency_keys.request_hash = EXCLUDED.request_hash
              AND idempotency_keys.created_at < now() - make_interval(secs => $6))
       RETURNING 1`,
      [attempt.scope, attempt.key, attempt.route, requestHash, times.ttlSeconds, times.abandonedAfterSeconds, attempt.token],
    );
    if (claimed.length > 0) return { state: 'claimed' };
    const [row]: AttemptRow[] = await this.db.query(
      `SELECT request_hash, status_code, response_body, written_at IS NOT NULL AS written,
              created_at < now() - make_interval(secs => $4) AS stale
       FROM idempotency_keys WHERE scope = $1 AND key = $2 AND route = $3`,
      [attempt.scope, attempt.key, attempt.route, times.abandonedAfterSeconds],
    );
    if (!row) return { state: 'running', requestHash, written: false, stale: false };
    if (row.status_code === null) return { state: 'running', requestHash: row.request_hash, written: row.written, stale: row.stale };
    return { state: 'completed', requestHash: row.request_hash, statusCode: row.status_code, body: row.response_body };
  }

  /**
   * In the transaction about to commit a write of this attempt: records that it wrote. False when
   * the key is no longer this attempt's (a retry took it over): then the write must not commit.
   */
  async markWritten(attempt: Attempt): Promise<boolean> {
    const [, updated]: [unknown[], number] = await this.db.query(
      `UPDATE idempotency_keys SET written_at = coalesce(written_at, now())
       WHERE scope = $1 AND key = $2 AND route = $3 AND attempt = $4 AND status_code IS NULL`,
      [attempt.scope, attempt.key, attempt.route, attempt.token],
    );
    return updated > 0;
  }

  async complete(attempt: Attempt, statusCode: number, body: unknown): Promise<void> {
    await this.db.query(
      `UPDATE idempotency_keys SET status_code = $5, response_body = $6::json
       WHERE scope = $1 AND key = $2 AND route = $3 AND attempt = $4 AND status_code IS NULL`,
      [attempt.scope, attempt.key, attempt.route, attempt.token, statusCode, JSON.stringify(body ?? null)],
    );
  }

  /** The attempt failed and committed nothing: the key is free for a retry. One that wrote keeps its key. */
  async release(attempt: Attempt): Promise<void> {
    await this.db.query(
      `DELETE FROM idempotency_keys
       WHERE scope = $1 AND key = $2 AND route = $3 AND attempt = $4 AND status_code IS NULL AND written_at IS NULL`,
      [attempt.scope, attempt.key, attempt.route, attempt.token],
    );
  }
}
