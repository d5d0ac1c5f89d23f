import { applyDecorators, type ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import type { ThrottlerLimitDetail, ThrottlerModuleOptions } from '@nestjs/throttler';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app.config.js';
import { clientAddressOf } from '../http/client-address.js';
import { PostgresThrottlerStorage } from './postgres-throttler-storage.js';
import { RateLimitedError } from './rate-limit.errors.js';
import { ThrottlerGuard } from './throttler-package.js';

/** The public routes' kinds, each with its own limit per client address and minute. */
export type RateLimitKind = 'signIn' | 'refresh' | 'ballots' | 'receiptChecks';

const RATE_LIMIT_KIND = 'thidua:rate-limit-kind';
const MINUTE_MS = 60_000;

const LIMIT_OF: Record<RateLimitKind, (limits: AppConfig['rateLimits']) => number> = {
  signIn: (limits) => limits.signInPerMinute,
  refresh: (limits) => limits.refreshPerMinute,
  ballots: (limits) => limits.ballotsPerMinute,
  receiptChecks: (limits) => limits.receiptChecksPerMinute,
};

function kindOf(context: ExecutionContext): RateLimitKind {
  return Reflect.getMetadata(RATE_LIMIT_KIND, context.getHandler()) as RateLimitKind;
}

/**
 * The throttler's options: one throttler whose limit is the route's kind's, counted per route and
 * client address (an IPv6 client by its /64), in PostgreSQL. A client past the limit is refused for
 * the rest of the minute.
 */
export function rateLimitOptions(config: AppConfig, dataSource: DataSource): ThrottlerModuleOptions {
  return {
    throttlers: [{ name: 'default', ttl: MINUTE_MS, limit: (context) => LIMIT_OF[kindOf(context)](config.rateLimits) }],
    storage: new PostgresThrottlerStorage(dataSource),
    skipIf: () => !config.rateLimits.enabled,
    getTracker: (request) => clientAddressOf(request as Request),
  };
}

/** `@nestjs/throttler`'s guard, refusing with our 429 problem document (Vietnamese first, `Retry-After`). */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new RateLimitedError(detail.timeToBlockExpire);
  }
}

/** A public route limited per client address: `@RateLimited('signIn')`. Only routes so marked are counted. */
export const RateLimited = (kind: RateLimitKind) => applyDecorators(SetMetadata(RATE_LIMIT_KIND, kind), UseGuards(RateLimitGuard));
