import { Get, Param, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { ForbiddenError } from '../../access/policies/access.errors.js';
import { isStaff } from '../../access/policies/access.rules.js';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { FileParams, type UploadedEmulationFile } from '../../emulation/emulation.dto.js';
import {
  CreateMovementBody,
  ListMovementsQuery,
  MovementParams,
  type MovementView,
  UpdateMovementBody,
  UploadMovementDocumentBody,
} from '../../emulation/movements/movement.dto.js';
import { MovementsService } from '../../emulation/movements/movements.service.js';
import { DossierUploadInterceptor } from '../../nominations/dossiers/dossier-upload.interceptor.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { MAX_PAGE_SIZE } from '../../platform/pagination/page.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { Clock } from '../../platform/time/clock.js';
import { ClustersService } from '../../registry/clusters/clusters.service.js';
import { sendStoredFile } from '../http/downloads.js';
import { formState, type FormState, postedValues, validateAs } from '../http/forms.js';
import { PageController } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { MeetingAccess } from '../meetings/meeting-access.js';
import { filledIn } from '../nominations/nominations.pages.controller.js';
import { EMULATION_PAGES as M } from './emulation.messages.js';
import { lines } from './emulation.parts.js';
import { emulationRoutes as R } from './emulation.routes.js';
import { type ClusterChoice, MovementFormPage, MovementPage, MovementsPage } from './movements.page.js';

/** How many years back the year filter offers. */
const FILTER_YEARS = 6;

/** Phong trào thi đua: read by everyone signed in; launched by VUSTA staff for all clusters, or by a cluster's secretariat. */
@PageController('emulation/movements')
export class MovementsPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly clusters: ClustersService,
    private readonly movements: MovementsService,
    private readonly access: MeetingAccess,
    private readonly clock: Clock,
  ) {}

  @Get()
  @SignedIn()
  async list(@Query() raw: Record<string, unknown>, @Res() response: Response) {
    const actor = actorOf(response.req);
    const query = await validateAs(ListMovementsQuery, filledIn(raw, ['clusterId', 'year', 'page']));
    const [list, clusters] = await Promise.all([this.movements.list(query), this.clusterChoices(null)]);
    const thisYear = this.clock.currentYear();
    await this.web.page(response, MovementsPage, {
      list,
      filters: { clusterId: query.clusterId, year: query.year },
      clusters,
      years: Array.from({ length: FILTER_YEARS }, (_, i) => thisYear + 1 - i),
      mayLaunch: isStaff(actor) || actor.roles.includes('unit_officer'),
      ...(isStaff(actor) && { templateYear: thisYear }),
    });
  }

  @Get('new')
  @SignedIn()
  async newForm(@Res() response: Response) {
    await this.showForm(response, null);
  }

  @Post()
  @SignedIn()
  async create(@Res() response: Response) {
    const actor = actorOf(response.req);
    await this.web.submit(response, {
      dto: CreateMovementBody,
      read: (form) => {
        const clusterId = form.optional('clusterId');
        return {
          ...(clusterId ? { clusterId } : { ownerId: actor.organizationId ?? undefined }),
          kind: form.text('kind'),
          title: form.text('title'),
          startYear: form.integer('startYear'),
          endYear: form.integer('endYear'),
          contentAreas: lines(form.text('contentAreas')),
          description: form.nullable('description'),
        };
      },
      run: (body) => this.movements.create(actor, body),
      done: (movement) => ({ to: R.movement(movement.id), flash: M.movementSaved }),
      show: (form, status) => this.showForm(response, null, form, status),
    });
  }

  /** A movement's document in the browser (declared before `:id`, which takes one segment only anyway). */
  @Get('documents/:id')
  @SignedIn()
  async document(@Param() params: FileParams, @Res() response: Response) {
    sendStoredFile(response, await this.movements.documentContent(params.id));
  }

  @Get(':id')
  @SignedIn()
  async show(@Param() params: MovementParams, @Res() response: Response) {
    await this.showMovement(response, await this.movements.get(params.id));
  }

  @Get(':id/edit')
  @SignedIn()
  async editForm(@Param() params: MovementParams, @Res() response: Response) {
    const movement = await this.movements.get(params.id);
    await this.requireChanger(actorOf(response.req), movement);
    await this.showForm(response, movement);
  }

  @Post(':id/edit')
  @SignedIn()
  async update(@Param() params: MovementParams, @Res() response: Response) {
    const actor = actorOf(response.req);
    const movement = await this.movements.get(params.id);
    await this.web.submit(response, {
      dto: UpdateMovementBody,
      read: (form) => ({
        version: form.integer('version'),
        title: form.text('title'),
        endYear: form.integer('endYear'),
        contentAreas: lines(form.text('contentAreas')),
        description: form.nullable('description'),
      }),
      run: (body) => this.movements.update(actor, params.id, body),
      done: () => ({ to: R.movement(params.id), flash: M.movementSaved }),
      show: (form, status) => this.showForm(response, movement, form, status),
    });
  }

  @Post(':id/documents')
  @SignedIn()
  @UseInterceptors(DossierUploadInterceptor)
  async upload(@Param() params: MovementParams, @UploadedFile() file: UploadedEmulationFile | undefined, @Res() response: Response) {
    const actor = actorOf(response.req);
    const values = postedValues(response.req.body);
    try {
      const body = await validateAs(UploadMovementDocumentBody, { title: values.title });
      await this.movements.uploadDocument(actor, params.id, body, file);
    } catch (error) {
      if (!(error instanceof DomainError) || error.fieldErrors.length === 0) throw error;
      return this.showMovement(response, await this.movements.get(params.id), formState(values, error.fieldErrors), 422);
    }
    this.web.redirect(response, `${R.movement(params.id)}#documents`, M.documentAdded);
  }

  private async showMovement(response: Response, movement: MovementView, uploadForm?: FormState, status = 200) {
    const mayChange = await this.mayChange(actorOf(response.req), movement);
    await this.web.page(response, MovementPage, { movement, mayChange, uploadForm }, { status });
  }

  private async showForm(response: Response, movement: MovementView | null, form?: FormState, status = 200) {
    const actor = actorOf(response.req);
    await this.web.page(
      response,
      MovementFormPage,
      {
        movement,
        clusters: await this.clusterChoices(isStaff(actor) ? null : actor.organizationId),
        ownerLaunch: isStaff(actor),
        defaultYear: this.clock.currentYear(),
        form,
      },
      { status },
    );
  }

  /** Every cluster, or those the unit belongs to this year. */
  private async clusterChoices(memberId: string | null): Promise<ClusterChoice[]> {
    const page = await this.clusters.list({
      page: 1,
      pageSize: MAX_PAGE_SIZE,
      sort: 'number',
      ...(memberId && { memberId, year: this.clock.currentYear() }),
    });
    return page.items.map((cluster) => ({ id: cluster.id, name: cluster.name }));
  }

  /** The same rule the service applies to a change: the owner's movements to national staff, a cluster's to its secretariat. */
  private async mayChange(actor: Actor, movement: MovementView): Promise<boolean> {
    return movement.cluster ? this.access.manages(actor, movement.cluster.id, movement.startYear) : isStaff(actor);
  }

  private async requireChanger(actor: Actor, movement: MovementView): Promise<void> {
    if (movement.cluster) await this.access.requireManager(actor, movement.cluster.id, movement.startYear);
    else if (!isStaff(actor)) throw new ForbiddenError();
  }
}
