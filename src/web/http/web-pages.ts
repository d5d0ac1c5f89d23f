import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type ComponentType, h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { QueryFailedError } from 'typeorm';
import { UsersService } from '../../access/users/users.service.js';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app.config.js';
import { isDatabaseUnavailable } from '../../platform/database/database-unavailable.js';
import { errorForConstraint } from '../../platform/errors/constraint-errors.js';
import { scopeOf } from '../../platform/idempotency/idempotency.interceptor.js';
import { IDEMPOTENCY_FIELD, isValidIdempotencyKey, requestFingerprint } from '../../platform/idempotency/idempotency.rules.js';
import { IdempotencyService } from '../../platform/idempotency/idempotency.service.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { OrganizationsService } from '../../registry/organizations/organizations.service.js';
import { assetCatalogue } from '../assets/assets.js';
import { type Flash, type PageContext, PageContextProvider, type SignedInUser } from '../layout/page-context.js';
import { FormReader, type FormState, formState, type FormValues, postedValues, validateAs } from './forms.js';
import { type CookiePolicy, leaveFlash, webRequestState } from './web-request.js';

export interface RenderOptions {
  /** 200 unless said: 422 for a form shown again with its errors. */
  status?: number;
}

/** Where to go after a successful form, and the message to show there. */
export interface Redirect {
  to: string;
  flash?: LocalizedText;
}

/** A form post, from the posted text to the redirect (see src/web/README.md). */
export interface Submission<T extends object, R> {
  /** The API's DTO class: the same validation and messages as the JSON API. */
  dto: new () => T;
  /** Posted text → the plain body the DTO validates. */
  read: (form: FormReader) => Record<string, unknown>;
  /** The one service call, as the API controller makes it. */
  run: (body: T) => Promise<R>;
  done: (result: R) => Redirect;
  /** Shows the page again with the form as posted and its errors, with this status. */
  show: (form: FormState, status: number) => Promise<void>;
}

/** A double submit waits this long for the first to finish, then gets its redirect. */
const DOUBLE_SUBMIT_WAIT_MS = 10_000;
/** The stored answer of a web form (its redirect, or the outcome it redirects by); idempotency rows keep 2xx statuses. */
const STORED_ANSWER_STATUS = 200;

const FORM_ERROR_STATUS: Partial<Record<DomainError['kind'], number>> = {
  bad_request: 422,
  unprocessable: 422,
  conflict: 409,
  too_many_requests: 429,
};

/**
 * Renders pages and fragments with their context, and runs form posts: the one service every page
 * controller uses. Controllers take `@Res() response` and hand it here.
 */
@Injectable()
export class WebPages {
  private readonly cookies: CookiePolicy;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
    private readonly idempotency: IdempotencyService,
  ) {
    this.cookies = { secure: config.auth.secureCookies };
  }

  get cookiePolicy(): CookiePolicy {
    return this.cookies;
  }

  /** A whole page: `Component` renders `<Layout>` itself. */
  async page<P extends object>(
    response: Response,
    Component: ComponentType<P>,
    props: NoInfer<P>,
    options: RenderOptions = {},
  ): Promise<void> {
    const html = this.render(await this.context(response), Component, props);
    this.send(response, `<!doctype html>${html}`, options);
  }

  /** A part of a page, for htmx to swap in by its id (see `wantsFragment`). */
  async fragment<P extends object>(
    response: Response,
    Component: ComponentType<P>,
    props: NoInfer<P>,
    options: RenderOptions = {},
  ): Promise<void> {
    this.send(response, this.render(await this.context(response), Component, props), options);
  }

  /** After a successful post (PRG): 303 to the next page, which shows the flash message once. */
  redirect(response: Response, to: string, flash?: LocalizedText, kind: Flash['kind'] = 'success'): void {
    if (flash) leaveFlash(response, { kind, text: flash }, this.cookies);
    if (response.req.headers['hx-request'] === 'true') {
      response.setHeader('HX-Redirect', to);
      response.status(204).end();
      return;
    }
    response.redirect(303, to);
  }

  /**
   * Runs a form post the way the API runs the same body: validated by the API's DTO, then the
   * service. Field errors (validation or domain) show the form again with 422, next to their
   * fields; an error about the whole form shows it with its status (409 for a conflict);
   * "not allowed" and "not found" go to the error page like anywhere else. The form's idempotency
   * key makes a double submit write once: the second waits for the first and gets its redirect.
   */
  async submit<T extends object, R>(response: Response, submission: Submission<T, R>): Promise<void> {
    const values = formValuesOf(response.req.body);
    try {
      const body = await validateAs(submission.dto, submission.read(new FormReader(values)));
      const { to, flash } = await this.once(response, async () => submission.done(await submission.run(body)));
      this.redirect(response, to, flash);
    } catch (raw) {
      const error =
        raw instanceof QueryFailedError ? (errorForConstraint((raw.driverError as { constraint?: string }).constraint) ?? raw) : raw;
      if (!(error instanceof DomainError)) throw raw;
      if (error.fieldErrors.length > 0) return submission.show(formState(values, error.fieldErrors), 422);
      const status = FORM_ERROR_STATUS[error.kind];
      if (status === undefined) throw error;
      return submission.show(formState(values, [], error.text), status);
    }
  }

  /**
   * Runs a form's write once per idempotency key (the form's hidden field): a repeated post of the
   * same form and values waits for the first and gets its answer (an answer `storable` refuses, such
   * as a form shown again with errors, is not kept). Without a key, it just runs.
   */
  async once<T>(response: Response, work: () => Promise<T>, storable?: (answer: T) => boolean): Promise<T> {
    const request = response.req;
    const key = postedValues(request.body)[IDEMPOTENCY_FIELD];
    const values = formValuesOf(request.body);
    if (typeof key !== 'string' || !isValidIdempotencyKey(key)) return work();
    const route = `POST ${request.path}`;
    return this.idempotency.once(
      { scope: scopeOf(request.user as Actor | undefined), key, route },
      requestFingerprint(route, values),
      work,
      {
        statusCode: STORED_ANSWER_STATUS,
        waitForFirstMs: DOUBLE_SUBMIT_WAIT_MS,
        storable,
      },
    );
  }

  /** The context of a page for this request; the header needs the signed-in user's name and unit. */
  async context(response: Response): Promise<PageContext> {
    const request = response.req;
    const state = webRequestState(request, response, this.config.auth.tokenSecret, this.cookies);
    const assets = assetCatalogue();
    return {
      locale: state.locale,
      t: (text) => text[state.locale],
      user: await this.signedInUser(request),
      csrfToken: state.csrfToken,
      flash: state.flash,
      currentUrl: request.originalUrl,
      asset: (name) => assets.url(name),
    };
  }

  private async signedInUser(request: Request): Promise<SignedInUser | null> {
    const actor = (request.user as Actor | null | undefined) ?? null;
    if (!actor) return null;
    try {
      const [user, unit] = await Promise.all([
        this.users.get(actor.userId),
        actor.organizationId ? this.organizations.get(actor.organizationId) : null,
      ]);
      return { actor, displayName: user.displayName, unitName: unit?.shortName ?? null };
    } catch (error) {
      // The page that says the database is down must not need it: the header shows the signed-in name.
      if (!isDatabaseUnavailable(error)) throw error;
      return { actor, displayName: actor.username, unitName: null };
    }
  }

  private render<P extends object>(context: PageContext, Component: ComponentType<P>, props: P): string {
    return renderToString(h(PageContextProvider.Provider, { value: context }, h(Component, props)));
  }

  private send(response: Response, html: string, options: RenderOptions): void {
    response.status(options.status ?? 200);
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    // Pages show personal data: never kept by a shared cache or the browser's disk cache.
    response.setHeader('Cache-Control', 'no-store');
    response.send(html);
  }
}

/** The posted values a form is made of: its idempotency key is about the post, not the form. */
function formValuesOf(body: unknown): FormValues {
  const values = postedValues(body);
  delete values[IDEMPOTENCY_FIELD];
  return values;
}
