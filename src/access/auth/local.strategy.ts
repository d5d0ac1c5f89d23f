import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import type { Actor } from '../../platform/request-context/request-context.js';
import { AuthService } from './auth.service.js';

/** Username and password, checked with throttling; used by POST /auth/login only. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'username', passwordField: 'password' });
  }

  validate(username: string, password: string): Promise<Actor> {
    return this.auth.verifyCredentials(username, password);
  }
}
