import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SessionRepository, type SessionHolder } from './session.repository.js';
import type { RefreshableSession } from './session.rules.js';

/** Sign-in sessions: the only writer of `sessions`, for sign-in, refresh, sign-out and a deactivated account. */
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

  lockForRefreshIn(
    tx: EntityManager,
    userId: string,
    sessionId: string,
    now: Date,
  ): Promise<(RefreshableSession & { expiresAt: Date }) | null> {
    return new SessionRepository(tx).lockForRefresh(userId, sessionId, now);
  }

  /** The next refresh token's generation; every earlier one is spent. */
  rotateRefreshIn(tx: EntityManager, sessionId: string): Promise<number> {
    return new SessionRepository(tx).advanceRefreshGeneration(sessionId);
  }
}
