import type { Request } from 'express';
import type { Actor } from '../../platform/request-context/request-context.js';
import { NotSignedInError } from '../auth/auth.errors.js';

/** The signed-in actor of a route whose policy requires one (the guard has put it there). */
export function actorOf(request: Request): Actor {
  const actor = request.user as Actor | undefined;
  if (!actor) throw new NotSignedInError();
  return actor;
}
