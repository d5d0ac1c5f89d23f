import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app.config.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { AuthService, type TokenPayload } from './auth.service.js';
import { readCookie, SESSION_COOKIE } from './cookies.js';

export const TOKEN_STRATEGY = 'thidua-token';

/** A bearer token (API clients) or the session cookie (web UI); both name a live session. */
@Injectable()
export class TokenStrategy extends PassportStrategy(Strategy, TOKEN_STRATEGY) {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([
        ExtractJwt.fromAuthHeaderAsBearerToken(),
        (request: Request) => readCookie(request, SESSION_COOKIE) ?? null,
      ]),
      secretOrKey: config.auth.tokenSecret,
      algorithms: ['HS256'],
    });
  }

  async validate(payload: TokenPayload): Promise<Actor | false> {
    return (await this.auth.actorForSession(payload)) ?? false;
  }
}
