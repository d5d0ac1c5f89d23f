import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { type Actor, requestContext } from '../../platform/request-context/request-context.js';
import { NotSignedInError, SessionExpiredError } from '../auth/auth.errors.js';
import { OptionalTokenGuard } from '../auth/auth.guards.js';
import { readCookie, SESSION_COOKIE } from '../auth/cookies.js';
import { ForbiddenError } from './access.errors.js';
import { hasAnyRole } from './access.rules.js';
import { ROUTE_POLICY, type RoutePolicy } from './policy.decorator.js';

/** Deny by default: one guard for every route, reading the policy each route declares. */
@Injectable()
export class PoliciesGuard implements CanActivate {
  private readonly logger = new Logger(PoliciesGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: OptionalTokenGuard,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(ROUTE_POLICY, [context.getHandler(), context.getClass()]);
    if (!policy) {
      this.logger.error({ route: `${context.getClass().name}.${context.getHandler().name}` }, 'Route without a policy refused');
      throw new ForbiddenError();
    }
    const request = context.switchToHttp().getRequest<Request>();
    const actor = await this.authenticate(context, request);
    if (policy.kind === 'public') return true;
    if (!actor) throw this.hasCredentials(request) ? new SessionExpiredError() : new NotSignedInError();
    if (policy.kind === 'roles' && !hasAnyRole(actor, policy.roles)) throw new ForbiddenError();
    return true;
  }

  private async authenticate(context: ExecutionContext, request: Request): Promise<Actor | null> {
    if (!this.hasCredentials(request)) return null;
    await this.tokens.canActivate(context);
    const actor = (request.user as Actor | null | undefined) ?? null;
    if (actor) requestContext.setActor(actor);
    return actor;
  }

  private hasCredentials(request: Request): boolean {
    return Boolean(request.headers.authorization || readCookie(request, SESSION_COOKIE));
  }
}
