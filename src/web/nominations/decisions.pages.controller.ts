import { Get, Param, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn, StaffOnly } from '../../access/policies/policy.decorator.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { Clock } from '../../platform/time/clock.js';
import { ListAwardTypesQuery } from '../../nominations/award-types/award-type.dto.js';
import { AwardTypesService } from '../../nominations/award-types/award-types.service.js';
import { CreateAwardDecisionBody, DecisionParams, ListAwardDecisionsQuery } from '../../nominations/decisions/decision.dto.js';
import { DecisionsService } from '../../nominations/decisions/decisions.service.js';
import type { UploadedDossierFile } from '../../nominations/dossiers/dossier.dto.js';
import { ListNominationsQuery } from '../../nominations/nominations/nomination.dto.js';
import { NominationsService } from '../../nominations/nominations/nominations.service.js';
import { AwardRegisterService } from '../../nominations/register/award-register.service.js';
import { IMPORT_HEADERS, IMPORT_MAX_BYTES } from '../../nominations/register/register-import.rules.js';
import { RegisterImportService } from '../../nominations/register/register-import.service.js';
import { ListRegisterQuery } from '../../nominations/register/register.dto.js';
import { formState, type FormState, validateAs } from '../http/forms.js';
import { PageController } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { DecisionListPage, DecisionPage, NewDecisionPage } from './decisions.page.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';
import { filledIn } from './nominations.pages.controller.js';
import { RegisterImportPage, RegisterPage } from './register.page.js';

const ALL = '200';

/** Award decisions and the award register (sổ khen thưởng), with its import of past years. */
@PageController()
export class DecisionsPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly decisions: DecisionsService,
    private readonly nominations: NominationsService,
    private readonly register: AwardRegisterService,
    private readonly imports: RegisterImportService,
    private readonly awardTypes: AwardTypesService,
    private readonly clock: Clock,
  ) {}

  @Get('award-decisions')
  @SignedIn()
  async list(@Query() raw: Record<string, unknown>, @Res() response: Response) {
    const decisions = await this.decisions.list(await validateAs(ListAwardDecisionsQuery, filledIn(raw, ['page'])));
    await this.web.page(response, DecisionListPage, { decisions });
  }

  @Get('award-decisions/new')
  @StaffOnly()
  async newDecision(@Res() response: Response) {
    await this.web.page(response, NewDecisionPage, {
      approved: await this.approved(response),
    });
  }

  /** Issues the decision as POST /api/v1/award-decisions does: its nominations are awarded and entered in the register. */
  @Post('award-decisions')
  @StaffOnly()
  async issue(@Res() response: Response) {
    const actor = actorOf(response.req);
    await this.web.submit(response, {
      dto: CreateAwardDecisionBody,
      read: (form) => ({
        number: form.text('number'),
        decidedOn: form.optional('decidedOn'),
        signerName: form.text('signerName'),
        signerPosition: form.text('signerPosition'),
        summary: form.nullable('summary'),
        nominationIds: form.list('nominationIds'),
      }),
      run: (body) => this.decisions.issue(actor, body),
      done: (decision) => ({
        to: `/award-decisions/${decision.id}`,
        flash: M.decisionIssued,
      }),
      show: async (form, status) => this.web.page(response, NewDecisionPage, { approved: await this.approved(response), form }, { status }),
    });
  }

  @Get('award-decisions/:id')
  @SignedIn()
  async show(@Param() raw: Record<string, string>, @Res() response: Response) {
    const { id } = await validateAs(DecisionParams, raw);
    await this.web.page(response, DecisionPage, {
      decision: await this.decisions.get(id),
    });
  }

  @Get('award-register')
  @SignedIn()
  async registerSearch(@Query() raw: Record<string, unknown>, @Res() response: Response) {
    const query = await validateAs(
      ListRegisterQuery,
      filledIn(raw, ['personName', 'birthYear', 'year', 'awardTypeId', 'recipientKind', 'page']),
    );
    const [entries, awardTypes] = await Promise.all([
      this.register.list(actorOf(response.req), query),
      this.awardTypes.list(await validateAs(ListAwardTypesQuery, { pageSize: ALL })),
    ]);
    const year = this.clock.currentYear();
    await this.web.page(response, RegisterPage, {
      entries,
      filters: {
        personName: query.personName ?? undefined,
        birthYear: query.birthYear,
        year: query.year,
        awardTypeId: query.awardTypeId,
        recipientKind: query.recipientKind,
      },
      awardTypes: awardTypes.items,
      years: Array.from({ length: 15 }, (_, i) => year - i),
    });
  }

  @Get('award-register/import')
  @StaffOnly()
  async importForm(@Res() response: Response) {
    await this.web.page(response, RegisterImportPage, {
      columns: IMPORT_HEADERS,
      report: null,
    });
  }

  /** The import's report, row by row, on the page that sent the file. */
  @Post('award-register/import')
  @StaffOnly()
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 2 },
      defParamCharset: 'utf8',
    }),
  )
  async importFile(@UploadedFile() file: UploadedDossierFile | undefined, @Res() response: Response) {
    let form: FormState | undefined;
    try {
      const report = await this.imports.import(actorOf(response.req), file);
      return this.web.page(response, RegisterImportPage, {
        columns: IMPORT_HEADERS,
        report,
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      form = formState({}, error.fieldErrors, error.fieldErrors.length === 0 ? error.text : undefined);
    }
    await this.web.page(response, RegisterImportPage, { columns: IMPORT_HEADERS, report: null, form }, { status: 422 });
  }

  /** Nominations the council approved, awaiting their decision. */
  private async approved(response: Response) {
    const page = await this.nominations.list(
      actorOf(response.req),
      await validateAs(ListNominationsQuery, {
        state: 'approved',
        pageSize: ALL,
        sort: 'nominee',
      }),
    );
    return page.items;
  }
}
