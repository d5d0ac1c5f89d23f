import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { Attempt } from '../idempotency/idempotency.repository.js';

export type Role = 'system_admin' | 'national_staff' | 'unit_officer';
export const ROLES: readonly Role[] = ['system_admin', 'national_staff', 'unit_officer'];

/** Who is acting: derived from the signed-in user on every request, never from the request body. */
export interface Actor {
  userId: string;
  username: string;
  organizationId: string | null;
  roles: Role[];
  /** The sign-in the request came with; logging out revokes it. */
  sessionId?: string;
}

interface RequestState {
  requestId?: string;
  actor?: Actor;
  /** The Idempotency-Key attempt the request runs under: its transactions mark the key as written. */
  idempotency?: Attempt;
}

const storage = new AsyncLocalStorage<RequestState>();

/** Carries the request id and the actor to the audit trail without threading them through every call. */
export const requestContext = {
  middleware(req: Request, _res: Response, next: NextFunction): void {
    storage.run({ requestId: req.id === undefined ? undefined : String(req.id) }, next);
  },
  setActor(actor: Actor): void {
    const state = storage.getStore();
    if (state) state.actor = actor;
  },
  actor(): Actor | undefined {
    return storage.getStore()?.actor;
  },
  /** Runs `work` under an idempotency attempt: every transaction it commits records the write in the key's row. */
  async underIdempotencyKey<T>(attempt: Attempt, work: () => Promise<T>): Promise<T> {
    const state = storage.getStore();
    if (!state) return work();
    state.idempotency = attempt;
    try {
      return await work();
    } finally {
      state.idempotency = undefined;
    }
  },
  idempotencyAttempt(): Attempt | undefined {
    return storage.getStore()?.idempotency;
  },
  requestId(): string | undefined {
    return storage.getStore()?.requestId;
  },
  /** For work outside HTTP (seeds, CLI): runs `work` as the given actor. */
  runAs<T>(actor: Actor | undefined, work: () => T): T {
    return storage.run({ actor }, work);
  },
};
