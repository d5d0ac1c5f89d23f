import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, type AppConfig } from '../platform/config/app.config.js';
import { AuditController } from './audit/audit.controller.js';
import { AuditService } from './audit/audit.service.js';
import { AuthController } from './auth/auth.controller.js';
import { CredentialsGuard, OptionalTokenGuard } from './auth/auth.guards.js';
import { AuthService } from './auth/auth.service.js';
import { LocalStrategy } from './auth/local.strategy.js';
import { LoginThrottleService } from './auth/login-throttle.service.js';
import { SessionsService } from './auth/sessions.service.js';
import { TokenStrategy } from './auth/token.strategy.js';
import { PoliciesGuard } from './policies/policies.guard.js';
import { PasswordHasher } from './users/password-hasher.js';
import { UsersController } from './users/users.controller.js';
import { UsersService } from './users/users.service.js';

/** Who may do what: users, sign-in, the deny-by-default route guard and the audit trail. */
@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.auth.tokenSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  controllers: [AuthController, UsersController, AuditController],
  providers: [
    AuditService,
    AuthService,
    LoginThrottleService,
    SessionsService,
    PasswordHasher,
    UsersService,
    LocalStrategy,
    TokenStrategy,
    OptionalTokenGuard,
    CredentialsGuard,
    { provide: APP_GUARD, useClass: PoliciesGuard },
  ],
  exports: [AuditService, AuthService, UsersService, OptionalTokenGuard],
})
export class AccessModule {}
