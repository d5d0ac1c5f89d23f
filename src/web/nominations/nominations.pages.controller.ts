import { Body, Get, Param, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { hasAnyRole, isStaff } from '../../access/policies/access.rules.js';
import { RolesAllowed, SignedIn, StaffOnly } from '../../access/policies/policy.decorator.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { Clock } from '../../platform/time/clock.js';
import { ListAwardTypesQuery } from '../../nominations/award-types/award-type.dto.js';
import { AwardTypesService } from '../../nominations/award-types/award-types.service.js';
import {
  type AttachmentView,
  ListAttachmentsQuery,
  UploadAttachmentBody,
  type UploadedDossierFile,
} from '../../nominations/dossiers/dossier.dto.js';
import { DossierUploadInterceptor } from '../../nominations/dossiers/dossier-upload.interceptor.js';
import { DossiersService } from '../../nominations/dossiers/dossiers.service.js';
import { HistoryQuery, ListNominationsQuery, TransitionBody, UpdateNominationBody } from '../../nominations/nominations/nomination.dto.js';
import { NominationEligibilityService } from '../../nominations/nominations/nomination-eligibility.service.js';
import { NominationWorkflowService } from '../../nominations/nominations/nomination-workflow.service.js';
import { nextState, STATE_NAMES } from '../../nominations/nominations/nomination.state.js';
import { NominationsService } from '../../nominations/nominations/nominations.service.js';
import { CouncilVoteNotFoundError } from '../../nominations/reviews/council.errors.js';
import { CouncilVotesService } from '../../nominations/reviews/council-votes.service.js';
import { ReviewBody } from '../../nominations/reviews/review.dto.js';
import { ReviewsService } from '../../nominations/reviews/reviews.service.js';
import { sendStoredFile } from '../http/downloads.js';
import { formState, postedValues, validateAs, type FormState } from '../http/forms.js';
import { PageController, wantsFragment } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';
import { NominationEditPage } from './nomination-edit.page.js';
import { NominationListPage } from './nomination-list.page.js';
import { NominationPage, type NominationPageProps, UploadFragments } from './nomination.page.js';
import { answersOf, stepOf } from './nomination-wizard.form.js';
import { NominationWizardPage } from './nomination-wizard.page.js';
import { NominationWizard } from './nomination-wizard.service.js';

const ALL = '200';

/** Query text without the empty fields a filter form sends ("any year"). */
export function filledIn(query: Record<string, unknown>, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((name) => (typeof query[name] === 'string' && query[name] !== '' ? [[name, query[name]]] : [])));
}

/**
 * Hồ sơ đề nghị khen thưởng as pages: the unit's list, the wizard, the nomination with its files, checks and
 * history, and the acts of the unit (edit, upload, submit, resubmit) and of staff (review), each through the
 * same service as its API route.
 */
@PageController('nominations')
export class NominationsPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly nominations: NominationsService,
    private readonly workflow: NominationWorkflowService,
    private readonly eligibility: NominationEligibilityService,
    private readonly dossiers: DossiersService,
    private readonly councilVotes: CouncilVotesService,
    private readonly reviews: ReviewsService,
    private readonly awardTypes: AwardTypesService,
    private readonly wizard: NominationWizard,
    private readonly clock: Clock,
  ) {}

  @Get()
  @SignedIn()
  async list(@Query() raw: Record<string, unknown>, @Res() response: Response) {
    const actor = actorOf(response.req);
    const filters = filledIn(raw, ['q', 'year', 'state', 'awardTypeId', 'page']);
    const query = await validateAs(ListNominationsQuery, filters);
    const [list, awardTypes] = await Promise.all([
      this.nominations.list(actor, query),
      this.awardTypes.list(
        await validateAs(ListAwardTypesQuery, {
          nominatedThroughVusta: 'true',
          pageSize: ALL,
        }),
      ),
    ]);
    const year = this.clock.currentYear();
    await this.web.page(response, NominationListPage, {
      list,
      filters: {
        q: query.q,
        year: query.year,
        state: query.state,
        awardTypeId: query.awardTypeId,
      },
      awardTypes: awardTypes.items,
      years: Array.from({ length: 6 }, (_, i) => year - i),
      mayPropose: hasAnyRole(actor, ['unit_officer']) && actor.organizationId !== null,
    });
  }

  @Get('new')
  @RolesAllowed('unit_officer')
  async newNomination(@Res() response: Response) {
    const actor = actorOf(response.req);
    const answers = { year: String(this.clock.currentYear()) };
    await this.web.page(response, NominationWizardPage, {
      step: 1 as const,
      answers,
      ...(await this.wizard.choices(actor, answers)),
    });
  }

  /** One step of the wizard: `go` is the step asked for (back, change) or `save` on the last. */
  @Post('new')
  @RolesAllowed('unit_officer')
  async wizardStep(@Body() body: Record<string, unknown>, @Res() response: Response) {
    const actor = actorOf(response.req);
    const values = postedValues(body);
    const answers = answersOf(values);
    const step = stepOf(values.step);
    const choices = await this.wizard.choices(actor, answers);
    const go = values.go;
    if (go !== 'save' && stepOf(go) <= step) {
      return this.web.page(response, NominationWizardPage, {
        step: stepOf(go),
        answers,
        ...choices,
      });
    }
    // The last step creates the draft once per form (its idempotency key): a double submit goes to the same draft.
    const outcome = await this.web.once(
      response,
      () => this.wizard.advance(actor, answers, step, go === 'save'),
      (o) => o.kind === 'created',
    );
    if (outcome.kind === 'created') return this.web.redirect(response, `/nominations/${outcome.nomination.id}`, M.draftSaved);
    const form = formState(values, outcome.errors, outcome.formError);
    const failed = outcome.errors.length > 0 || outcome.formError !== undefined;
    await this.web.page(
      response,
      NominationWizardPage,
      {
        step: outcome.step,
        answers,
        form: failed ? form : undefined,
        ...choices,
      },
      { status: failed ? 422 : 200 },
    );
  }

  /** A dossier file in the browser: PDF and images shown in place, other documents downloaded. */
  @Get('files/:fileId')
  @SignedIn()
  async file(@Param('fileId') fileId: string, @Res() response: Response) {
    sendStoredFile(response, await this.dossiers.content(actorOf(response.req), fileId));
  }

  @Get(':id')
  @SignedIn()
  async show(@Param('id') id: string, @Query('file') fileId: unknown, @Res() response: Response) {
    const actor = actorOf(response.req);
    const props = await this.pageProps(actor, id);
    const file = typeof fileId === 'string' ? props.files.find((f) => f.id === fileId) : undefined;
    await this.web.page(response, NominationPage, {
      ...props,
      upload: file && { file },
    });
  }

  @Get(':id/edit')
  @SignedIn()
  async editForm(@Param('id') id: string, @Res() response: Response) {
    await this.web.page(response, NominationEditPage, {
      nomination: await this.nominations.get(actorOf(response.req), id),
    });
  }

  @Post(':id/edit')
  @SignedIn()
  async edit(@Param('id') id: string, @Res() response: Response) {
    const actor = actorOf(response.req);
    await this.web.submit(response, {
      dto: UpdateNominationBody,
      read: (form) => ({
        version: form.integer('version'),
        achievementsSummary: form.nullable('achievementsSummary'),
        reportText: form.nullable('reportText'),
        ...(form.text('nomineePosition') !== undefined && {
          nomineePosition: form.nullable('nomineePosition'),
        }),
      }),
      run: (body) => this.nominations.update(actor, id, body),
      done: () => ({ to: `/nominations/${id}`, flash: M.saved }),
      show: async (form, status) =>
        this.web.page(response, NominationEditPage, { nomination: await this.nominations.get(actor, id), form }, { status }),
    });
  }

  /** Submit, resubmit, withdraw: the buttons the transition table gives the unit. */
  @Post(':id/transitions')
  @SignedIn()
  async transition(@Param('id') id: string, @Res() response: Response) {
    const actor = actorOf(response.req);
    await this.web.submit(response, {
      dto: TransitionBody,
      read: (form) => ({ action: form.text('action') }),
      run: (body) => this.workflow.transition(actor, id, body),
      done: (nomination) => ({
        to: `/nominations/${nomination.id}`,
        flash: M.movedTo(STATE_NAMES[nomination.state]),
      }),
      show: async (form, status) =>
        this.web.page(response, NominationPage, { ...(await this.pageProps(actor, id)), actionForm: form }, { status }),
    });
  }

  /**
   * One dossier file, multipart (the CSRF token in the address). Without script: back to the page with
   * the file's verdict; from the upload script: the files section alone, swapped in place.
   */
  @Post(':id/files')
  @SignedIn()
  @UseInterceptors(DossierUploadInterceptor)
  async upload(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @UploadedFile() file: UploadedDossierFile | undefined,
    @Res() response: Response,
  ) {
    const actor = actorOf(response.req);
    const values = postedValues(body);
    let stored: AttachmentView | undefined;
    let form: FormState | undefined;
    try {
      stored = await this.dossiers.upload(actor, id, await validateAs(UploadAttachmentBody, { kind: values.kind }), file);
    } catch (error) {
      if (!(error instanceof DomainError) || error.fieldErrors.length === 0) throw error;
      form = formState(values, error.fieldErrors);
    }
    const fragment = wantsFragment(response.req, 'files');
    if (stored && !fragment) return this.web.redirect(response, `/nominations/${id}?file=${stored.id}#files`, M.fileAccepted);
    const props = await this.pageProps(actor, id);
    const upload = {
      file: stored,
      refusal: form?.errors.find((e) => e.field === 'file') ?? form?.errors[0],
    };
    const status = stored ? 200 : 422;
    if (fragment) return this.web.fragment(response, UploadFragments, { ...props, upload, uploadForm: form }, { status });
    await this.web.page(response, NominationPage, { ...props, upload, uploadForm: form }, { status });
  }

  @Post(':id/files/:fileId/delete')
  @SignedIn()
  async removeFile(@Param('id') id: string, @Param('fileId') fileId: string, @Res() response: Response) {
    await this.dossiers.remove(actorOf(response.req), fileId);
    this.web.redirect(response, `/nominations/${encodeURIComponent(id)}#files`, M.fileRemoved);
  }

  /** Kết quả thẩm định: return with reasons, or forward to the council. */
  @Post(':id/review')
  @StaffOnly()
  async review(@Param('id') id: string, @Res() response: Response) {
    const actor = actorOf(response.req);
    await this.web.submit(response, {
      dto: ReviewBody,
      read: (form) => ({
        outcome: form.text('outcome'),
        reasons: form.nullable('reasons'),
        missingDocuments: (form.text('missingDocuments') ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== ''),
      }),
      run: (body) => this.reviews.review(actor, id, body),
      done: (nomination) => ({
        to: `/nominations/${nomination.id}`,
        flash: M.reviewRecorded,
      }),
      show: async (form, status) =>
        this.web.page(response, NominationPage, { ...(await this.pageProps(actor, id)), reviewForm: form }, { status }),
    });
  }

  /** Everything the nomination's page shows, for this actor. */
  private async pageProps(actor: Actor, id: string): Promise<NominationPageProps> {
    const nomination = await this.nominations.get(actor, id);
    const [files, eligibility, history, councilVote] = await Promise.all([
      this.dossiers.list(actor, id, await validateAs(ListAttachmentsQuery, { pageSize: ALL })),
      this.eligibility.explain(actor, id),
      this.nominations.history(actor, id, await validateAs(HistoryQuery, { pageSize: ALL })),
      isStaff(actor) ? this.councilVoteOf(actor, id) : null,
    ]);
    const last = history.items.at(-1);
    return {
      nomination,
      files: files.items,
      eligibility,
      history: history.items,
      lastReturn: last?.action === 'return' ? last : null,
      staff: isStaff(actor)
        ? {
            mayReview: nomination.allowedActions.includes('forward_to_council'),
            mayEnterCouncilVote: nextState(nomination.state, 'approve', ['council']).allowed,
            councilVote,
          }
        : null,
    };
  }

  private async councilVoteOf(actor: Actor, id: string) {
    try {
      return await this.councilVotes.get(actor, id);
    } catch (error) {
      if (error instanceof CouncilVoteNotFoundError) return null;
      throw error;
    }
  }
}
