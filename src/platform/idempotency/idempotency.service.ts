import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app.config.js';
import { CLIENT_GRACE_MS } from '../database/data-source-options.js';
import { isDatabaseUnavailable } from '../database/database-unavailable.js';
import { requestContext } from '../request-context/request-context.js';
import { IdempotencyAnswerLostError, IdempotencyKeyInUseError, IdempotencyKeyReusedError } from './idempotency.errors.js';
import { type AttemptKey, IdempotencyRepository } from './idempotency.repository.js';
import { decide, type Decision } from './idempotency.rules.js';

const ABANDON_MARGIN_SECONDS = 5;
const WAIT_STEP_MS = 200;

/** How a request under a key runs: its answer's status, and what to do with an answer that cannot be stored. */
export interface OnceOptions<T> {
  statusCode: number;
  /** Whether the answer can be stored (a stream cannot); one that cannot frees the key. */
  storable?: (answer: T) => boolean;
  /** A double submit of a web form waits for the first to finish (at most this long) and gets its answer. */
  waitForFirstMs?: number;
}

/**
 * Requests sent with an idempotency key run once: the first runs and its answer is stored, a retry
 * with the same key, caller and route gets that answer back; another body with the same key is
 * refused (422). The key is claimed before the work, marked written inside the work's own
 * transactions (IdempotencySubscriber), and answered after: a crash between the write and the answer
 * leaves a key that refuses to run again (409 `IDEMPOTENCY.ANSWER_LOST`), never a duplicate.
 */
@Injectable()
export class IdempotencyService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * A first attempt cut off by an outage may still have its last statement waiting on the database;
   * once the statement and connection timeouts have surely passed, that statement has finished or
   * been cancelled, and a retry of an attempt that wrote nothing runs again.
   */
  private get times() {
    const { statementTimeoutMs, connectTimeoutMs } = this.config.database;
    return {
      ttlSeconds: this.config.idempotency.ttlHours * 3600,
      abandonedAfterSeconds: Math.ceil((statementTimeoutMs + CLIENT_GRACE_MS + connectTimeoutMs) / 1000) + ABANDON_MARGIN_SECONDS,
    };
  }

  async once<T>(key: AttemptKey, requestHash: string, work: () => Promise<T>, options: OnceOptions<T>): Promise<T> {
    const attempt = { ...key, token: randomUUID() };
    const store = new IdempotencyRepository(this.dataSource.manager);
    let decision = decide(await store.claim(attempt, requestHash, this.times), requestHash);
    for (let waited = 0; isRunning(decision) && waited < (options.waitForFirstMs ?? 0); waited += WAIT_STEP_MS) {
      await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
      decision = decide(await store.claim(attempt, requestHash, this.times), requestHash);
    }
    if (decision.action === 'replay') return decision.body as T;
    if (decision.action === 'refuse') throw refusal(decision.reason);
    let answer: T;
    try {
      answer = await requestContext.underIdempotencyKey(attempt, work);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) await store.release(attempt);
      throw error;
    }
    if (options.storable?.(answer) ?? true) await store.complete(attempt, options.statusCode, answer);
    else await store.release(attempt);
    return answer;
  }
}

function isRunning(decision: Decision): boolean {
  return decision.action === 'refuse' && decision.reason === 'running';
}

function refusal(reason: 'other_body' | 'running' | 'answer_lost'): Error {
  if (reason === 'other_body') return new IdempotencyKeyReusedError();
  return reason === 'answer_lost' ? new IdempotencyAnswerLostError() : new IdempotencyKeyInUseError();
}
