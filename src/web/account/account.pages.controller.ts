import { Body, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { LoginRequest } from '../../access/auth/auth.dto.js';
import { AuthService } from '../../access/auth/auth.service.js';
import { SESSION_COOKIE, setSessionCookie } from '../../access/auth/cookies.js';
import { signInClientOf } from '../../access/auth/local.strategy.js';
import { actorOf } from '../../access/policies/actor.js';
import { Public, SignedIn } from '../../access/policies/policy.decorator.js';
import { ChangePasswordRequest } from '../../access/users/user.dto.js';
import { UsersService } from '../../access/users/users.service.js';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app.config.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { formState, postedValues, validateAs, type FormValues } from '../http/forms.js';
import { PageController, safeLocalPath } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { rememberLocale } from '../http/web-request.js';
import { accountText } from '../web.messages.js';
import { ChangePasswordPage } from './change-password.page.js';
import { ContinuePage } from './continue.page.js';
import { PENDING_FIELD, SignInPage } from './sign-in.page.js';
import { RateLimited } from '../../platform/rate-limits/rate-limits.js';

/** Sign in, sign out, change one's password, choose the language. */
@PageController()
export class AccountPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('sign-in')
  @Public()
  async signInForm(@Query('next') next: unknown, @Res() response: Response) {
    if (response.req.user) return response.redirect(303, safeLocalPath(next));
    await this.web.page(response, SignInPage, { next: safeLocalPath(next) });
  }

  /**
   * The same checks as POST /api/v1/auth/login (throttling, audit) and the same session cookie.
   * A form whose post found the session expired comes along in `_pending[…]` and is offered again.
   */
  @Post('sign-in')
  @RateLimited('signIn')
  @Public()
  async signIn(@Body() body: Record<string, unknown>, @Res() response: Response) {
    const values = postedValues(body);
    const next = safeLocalPath(values.next);
    const pending = pendingOf(body);
    let actor: Actor;
    try {
      const credentials = await validateAs(LoginRequest, { username: values.username, password: values.password });
      actor = await this.auth.verifyCredentials(credentials.username, credentials.password, signInClientOf(response.req));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.retryAfterSeconds) response.setHeader('Retry-After', String(error.retryAfterSeconds));
      const form = error.fieldErrors.length > 0 ? formState(values, error.fieldErrors) : formState(values, [], error.text);
      const status = error.kind === 'too_many_requests' ? 429 : error.kind === 'unauthorized' ? 401 : 422;
      return this.web.page(response, SignInPage, { form, next, pending }, { status });
    }
    const session = await this.auth.openSession(actor);
    setSessionCookie(response, session, this.config.auth.secureCookies);
    if (pending) {
      response.req.user = session.actor;
      return this.web.page(response, ContinuePage, { action: next, pending });
    }
    this.web.redirect(response, next, accountText.signedIn);
  }

  /** Public so that signing out always works, even once the session has already ended. */
  @Post('sign-out')
  @Public()
  async signOut(@Res() response: Response) {
    const actor = response.req.user as Actor | undefined;
    if (actor) await this.auth.closeSession(actor);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
    this.web.redirect(response, '/sign-in', accountText.signedOut, 'info');
  }

  @Get('account/password')
  @SignedIn()
  async passwordForm(@Res() response: Response) {
    await this.web.page(response, ChangePasswordPage, {});
  }

  @Post('account/password')
  @SignedIn()
  async changePassword(@Res() response: Response) {
    const actor = actorOf(response.req);
    await this.web.submit(response, {
      dto: ChangePasswordRequest,
      read: (form) => ({ currentPassword: form.text('currentPassword'), newPassword: form.text('newPassword') }),
      run: (body) => this.users.changeOwnPassword(actor, body),
      done: () => ({ to: '/', flash: accountText.passwordChanged }),
      show: (form, status) => this.web.page(response, ChangePasswordPage, { form: { ...form, values: {} } }, { status }),
    });
  }

  /** The language switch in the header: remembered for a year on this browser, then back to the page. */
  @Get('language/:locale')
  @Public()
  language(@Param('locale') locale: string, @Query('next') next: unknown, @Res() response: Response) {
    rememberLocale(response, locale === 'en' ? 'en' : 'vi', this.web.cookiePolicy);
    response.redirect(303, safeLocalPath(next));
  }
}

/** The pending form's fields, without passwords (those are typed again, never carried in a page). */
function pendingOf(body: Record<string, unknown>): FormValues | undefined {
  const pending = postedValues(body[PENDING_FIELD]);
  for (const name of Object.keys(pending)) if (/password/i.test(name)) delete pending[name];
  return Object.keys(pending).length > 0 ? pending : undefined;
}
