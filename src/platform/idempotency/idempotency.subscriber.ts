import { type EntitySubscriberInterface, EventSubscriber, type TransactionCommitEvent } from 'typeorm';
import { requestContext } from '../request-context/request-context.js';
import { IdempotencyAttemptSupersededError } from './idempotency.errors.js';
import { IdempotencyRepository } from './idempotency.repository.js';

/**
 * Makes an idempotency key's record part of the write it guards: just before a transaction of a
 * request sent with an `Idempotency-Key` commits, the key's row is marked written in that same
 * transaction. Both commit or neither does; and if a retry has taken the key over meanwhile, the
 * mark finds no row of this attempt and the late write is rolled back instead of duplicated.
 * (TypeORM builds only the listed subscribers that also carry `@EventSubscriber`.)
 */
@EventSubscriber()
export class IdempotencySubscriber implements EntitySubscriberInterface {
  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const attempt = requestContext.idempotencyAttempt();
    if (!attempt) return;
    if (!(await new IdempotencyRepository(event.manager).markWritten(attempt))) throw new IdempotencyAttemptSupersededError();
  }
}
