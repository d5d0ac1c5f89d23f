import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SessionRepository, type SessionHolder } from './session.repository.js';

/** Sign-in sessions: the only writer of `sessions`, for sign-in, sign-out and a deactivated account. */
@Injectable()
export class SessionsService {
  openIn(tx: EntityManager, userId: string, expiresAt: Date): Promise<string> {
    return new SessionRepository(tx).open(userId, expiresAt);
  }

  revokeIn(tx: EntityManager, sessionId: string, at: Date): Promise<void> {
    return new SessionRepository(tx).revoke(sessionId, at);
  }

  /** Every live session of the user ends now (the account was deactivated). */
  revokeAllIn(tx: EntityManager, userId: string): Promise<void> {
    return new SessionRepository(tx).revokeAllOf(userId);
  }

  holderIn(manager: EntityManager, userId: string, sessionId: string, now: Date): Promise<SessionHolder | null> {
    return new SessionRepository(manager).holder(userId, sessionId, now);
  }
}
