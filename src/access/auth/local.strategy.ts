import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { clientAddressOf } from '../../platform/http/client-address.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { AuthService } from './auth.service.js';
import type { SignInClient } from './login-throttle.service.js';

/** The client of a sign-in: its address, and the user of a live session it already carries. */
export function signInClientOf(request: Request): SignInClient {
  return { address: clientAddressOf(request), signedInAs: (request.user as Actor | undefined)?.username };
}

/** Username and password, checked with throttling; used by POST /auth/login only. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: Request, username: string, password: string): Promise<Actor> {
    return this.auth.verifyCredentials(username, password, signInClientOf(request));
  }
}
