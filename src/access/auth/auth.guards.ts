import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { isDatabaseUnavailable } from '../../platform/database/database-unavailable.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { createValidationPipe } from '../../platform/validation/validation.pipe.js';
import { LoginRequest } from './auth.dto.js';
import { InvalidCredentialsError } from './auth.errors.js';
import { TOKEN_STRATEGY } from './token.strategy.js';

/** Runs the token strategy without failing the request: the policy guard decides what a missing actor means. */
@Injectable()
export class OptionalTokenGuard extends AuthGuard(TOKEN_STRATEGY) {
  override handleRequest<T = Actor | null>(error: unknown, actor: Actor | false): T {
    // An outage is not a signed-out user: told as 503, never as 401 (which would sign the web UI out).
    if (isDatabaseUnavailable(error)) throw error;
    return (actor || null) as T;
  }
}

/**
 * Guards run before pipes, so the login body is validated here first: a malformed body gets the
 * same field-level 400 as everywhere else instead of a bare "wrong password".
 */
@Injectable()
export class CredentialsGuard extends AuthGuard('local') {
  private readonly validation = createValidationPipe();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    await this.validation.transform(request.body, { type: 'body', metatype: LoginRequest });
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T = Actor>(error: unknown, actor: Actor | false, _info: unknown, _context: ExecutionContext): T {
    if (error) throw error;
    if (!actor) throw new InvalidCredentialsError();
    return actor as T;
  }
}
