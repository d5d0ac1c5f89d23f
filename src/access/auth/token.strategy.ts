import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app.config.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { AuthService, type TokenPayload } from './auth.service.js';
import { readCookie, SESSION_COOKIE } from './cookies.js';

export const TOKEN_STRATEGY = 'thidua-token';

/**
 * Hands jsonwebtoken the secret as a KeyObject made once: given a string, it tries createPublicKey() on every
 * request and falls back to createSecretKey() only after that throws (issue 16: a quarter of busy CPU).
 * @types/passport-jwt still types the key as string | Buffer; jsonwebtoken 9 takes a KeyObject.
 */
function tokenKey(secret: string): Buffer {
  return createSecretKey(Buffer.from(secret)) as unknown as Buffer;
}

const bearerToken = ExtractJwt.fromAuthHeaderAsBearerToken();

/**
 * A bearer token (API clients) or the session cookie (web UI); both name a live session. The bearer
 * must be the short access token, the cookie the session token: the 8-hour cookie value sent as a
 * bearer is refused, so the access token's 15 minutes are a real limit.
 */
@Injectable()
export class TokenStrategy extends PassportStrategy(Strategy, TOKEN_STRATEGY) {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([bearerToken, (request: Request) => readCookie(request, SESSION_COOKIE) ?? null]),
      secretOrKey: tokenKey(config.auth.tokenSecret),
      algorithms: ['HS256'],
      passReqToCallback: true,
    });
  }

  async validate(request: Request, payload: TokenPayload): Promise<Actor | false> {
    return (await this.auth.actorForSession(payload, bearerToken(request) ? 'bearer' : 'cookie')) ?? false;
  }
}
