import { Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { ClusterUnitParams, ClusterYearParams } from '../../emulation/emulation.dto.js';
import { NotAMemberError, PactNotFoundError } from '../../emulation/emulation.errors.js';
import { CriteriaService } from '../../emulation/criteria/criteria.service.js';
import { MovementsService } from '../../emulation/movements/movements.service.js';
import { PutPactBody, SignPactBody } from '../../emulation/pacts/pact.dto.js';
import { PactsService } from '../../emulation/pacts/pacts.service.js';
import { SetDeadlineBody, SubmitRegistrationBody } from '../../emulation/registrations/registration.dto.js';
import { RegistrationsService } from '../../emulation/registrations/registrations.service.js';
import { CrossPairsBody } from '../../emulation/scores/score.dto.js';
import { ScoresService } from '../../emulation/scores/scores.service.js';
import { MeetingsService } from '../../meetings/meetings/meetings.service.js';
import { MAX_PAGE_SIZE } from '../../platform/pagination/page.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { ClustersService } from '../../registry/clusters/clusters.service.js';
import type { FormReader, FormState } from '../http/forms.js';
import { PageController } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { MeetingAccess } from '../meetings/meeting-access.js';
import { EMULATION_PAGES as M } from './emulation.messages.js';
import { clusterYearRef, lines, onRows } from './emulation.parts.js';
import { emulationRoutes as R } from './emulation.routes.js';
import { CrossPairsPage } from './cross-pairs.page.js';
import { EmulationYearPage } from './emulation-year.page.js';
import { PactFormPage, PactPage } from './pact.page.js';
import { RegistrationPage, RegistrationsPage, type TargetRow } from './registrations.page.js';

/** The key prefix of the rows of the year's content areas (the others are typed). */
const FIXED_AREA = 'a';

/** Blank rows offered below the content areas, for a target in another area. */
const SPARE_TARGETS = 2;

/** A value of `T` or null when the service says it does not exist yet. */
async function orNull<T>(read: Promise<T>, missing: new (...args: never[]) => Error): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof missing) return null;
    throw error;
  }
}

/** The year of emulation of a cluster: its page, the pact with its signatures, the registrations. */
@PageController()
export class EmulationYearPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly clusters: ClustersService,
    private readonly meetings: MeetingsService,
    private readonly movements: MovementsService,
    private readonly pacts: PactsService,
    private readonly registrations: RegistrationsService,
    private readonly criteria: CriteriaService,
    private readonly scores: ScoresService,
    private readonly access: MeetingAccess,
  ) {}

  @Get('clusters/:id/years/:year/emulation')
  @SignedIn()
  async year(@Param() params: ClusterYearParams, @Res() response: Response) {
    const actor = actorOf(response.req);
    const at = await clusterYearRef(this.clusters, params);
    const [pact, board, tree, table, movements, manages] = await Promise.all([
      orNull(this.pacts.get(params.id, params.year), PactNotFoundError),
      this.registrations.board(params.id, params.year),
      this.criteria.tree(params.id, params.year),
      this.scores.table(actor, params.id, params.year),
      this.movements.list({ clusterId: params.id, year: params.year, page: 1, pageSize: MAX_PAGE_SIZE }),
      this.access.manages(actor, params.id, params.year),
    ]);
    const ownUnit = board.members.find((row) => row.unit.id === actor.organizationId)?.unit ?? null;
    await this.web.page(response, EmulationYearPage, { at, pact, board, tree, table, movements: movements.items, ownUnit, manages });
  }

  @Get('clusters/:id/years/:year/emulation/cross-pairs')
  @SignedIn()
  async crossPairs(@Param() params: ClusterYearParams, @Res() response: Response) {
    await this.access.requireManager(actorOf(response.req), params.id, params.year);
    await this.showCrossPairs(response, params);
  }

  @Post('clusters/:id/years/:year/emulation/cross-pairs')
  @SignedIn()
  async saveCrossPairs(@Param() params: ClusterYearParams, @Res() response: Response) {
    const actor = actorOf(response.req);
    await this.access.requireManager(actor, params.id, params.year);
    let keys: string[] = [];
    await this.web.submit(response, {
      dto: CrossPairsBody,
      read: (form) => {
        const pairs = Object.keys(form.values)
          .filter((name) => name.startsWith('scorer.') && (form.text(name) ?? '') !== '')
          .map((name) => ({ scoredId: name.slice('scorer.'.length), scorerId: form.text(name) }));
        keys = pairs.map((pair) => pair.scoredId);
        return { pairs };
      },
      run: (body) => this.scores.setCrossPairs(actor, params.id, params.year, body),
      done: () => ({ to: R.year(params.id, params.year), flash: M.crossPairsSaved }),
      show: (form, status) => {
        const rows = onRows(form, 'pairs', keys);
        const errors = rows.errors.map((error) => ({ ...error, field: error.field.replace(/^(scoredId|scorerId)\./, 'scorer.') }));
        return this.showCrossPairs(response, params, { ...rows, errors }, status);
      },
    });
  }

  @Get('clusters/:id/years/:year/emulation/pact')
  @SignedIn()
  async pact(@Param() params: ClusterYearParams, @Query('organizationId') organizationId: unknown, @Res() response: Response) {
    await this.showPact(response, params, typeof organizationId === 'string' ? organizationId : undefined);
  }

  @Post('clusters/:id/years/:year/emulation/pact/signatures')
  @SignedIn()
  async sign(@Param() params: ClusterYearParams, @Res() response: Response) {
    const actor = actorOf(response.req);
    await this.web.submit(response, {
      dto: SignPactBody,
      read: (form) => ({
        organizationId: form.text('organizationId'),
        signatoryName: form.text('signatoryName'),
        signatoryTitle: form.text('signatoryTitle'),
        signedOn: form.text('signedOn'),
      }),
      run: (body) => this.pacts.sign(actor, params.id, params.year, body),
      done: (pact) => {
        const signed = pact.members.find((member) => member.unit.id === response.req.body.organizationId);
        return { to: `${R.pact(params.id, params.year)}#signatures`, flash: M.signatureSaved(signed?.unit.shortName ?? '') };
      },
      show: (form, status) => this.showPact(response, params, undefined, form, status),
    });
  }

  @Get('clusters/:id/years/:year/emulation/pact/edit')
  @SignedIn()
  async editPact(@Param() params: ClusterYearParams, @Res() response: Response) {
    await this.access.requireManager(actorOf(response.req), params.id, params.year);
    await this.showPactForm(response, params);
  }

  @Post('clusters/:id/years/:year/emulation/pact/edit')
  @SignedIn()
  async savePact(@Param() params: ClusterYearParams, @Res() response: Response) {
    const actor = actorOf(response.req);
    await this.access.requireManager(actor, params.id, params.year);
    await this.web.submit(response, {
      dto: PutPactBody,
      read: (form) => ({
        version: form.integer('version'),
        title: form.text('title'),
        content: form.text('content'),
        signingMeetingId: form.nullable('signingMeetingId'),
        signedOn: form.nullable('signedOn'),
      }),
      run: (body) => this.pacts.put(actor, params.id, params.year, body),
      done: () => ({ to: R.pact(params.id, params.year), flash: M.pactSaved }),
      show: (form, status) => this.showPactForm(response, params, form, status),
    });
  }

  @Get('clusters/:id/years/:year/emulation/registrations')
  @SignedIn()
  async board(@Param() params: ClusterYearParams, @Res() response: Response) {
    await this.showBoard(response, params);
  }

  @Post('clusters/:id/years/:year/emulation/registrations/deadline')
  @SignedIn()
  async setDeadline(@Param() params: ClusterYearParams, @Res() response: Response) {
    const actor = actorOf(response.req);
    await this.web.submit(response, {
      dto: SetDeadlineBody,
      read: (form) => ({ deadline: form.text('deadline') }),
      run: (body) => this.registrations.setDeadline(actor, params.id, params.year, body),
      done: () => ({ to: R.registrations(params.id, params.year), flash: M.deadlineSaved }),
      show: (form, status) => this.showBoard(response, params, form, status),
    });
  }

  @Get('clusters/:id/years/:year/emulation/registrations/:organizationId')
  @SignedIn()
  async registration(@Param() params: ClusterUnitParams, @Res() response: Response) {
    await this.showRegistration(response, params);
  }

  @Post('clusters/:id/years/:year/emulation/registrations/:organizationId')
  @SignedIn()
  async register(@Param() params: ClusterUnitParams, @Res() response: Response) {
    const actor = actorOf(response.req);
    let keys: string[] = [];
    await this.web.submit(response, {
      dto: SubmitRegistrationBody,
      read: (form) => {
        const targets = postedTargets(form);
        keys = targets.map((target) => target.key);
        return {
          version: form.integer('version'),
          targets: targets.map(({ contentArea, target }) => ({ contentArea, target })),
          titles: lines(form.text('titles')),
          note: form.nullable('note'),
        };
      },
      run: (body) => this.registrations.submit(actor, params.id, params.year, params.organizationId, body),
      done: () => ({ to: R.registrations(params.id, params.year), flash: M.registrationSaved }),
      show: (form, status) => this.showRegistration(response, params, onRows(form, 'targets', keys), status),
    });
  }

  private async showCrossPairs(response: Response, params: ClusterYearParams, form?: FormState, status = 200) {
    const [at, board, table] = await Promise.all([
      clusterYearRef(this.clusters, params),
      this.registrations.board(params.id, params.year),
      this.scores.table(actorOf(response.req), params.id, params.year),
    ]);
    await this.web.page(response, CrossPairsPage, { at, members: board.members.map((row) => row.unit), table, form }, { status });
  }

  private async showPact(response: Response, params: ClusterYearParams, signFor?: string, signForm?: FormState, status = 200) {
    const actor = actorOf(response.req);
    const [at, pact, manages] = await Promise.all([
      clusterYearRef(this.clusters, params),
      orNull(this.pacts.get(params.id, params.year), PactNotFoundError),
      this.access.manages(actor, params.id, params.year),
    ]);
    const members = pact?.members.map((member) => member.unit) ?? [];
    const signers = manages ? members : members.filter((unit) => mayActFor(actor, unit.id));
    await this.web.page(response, PactPage, { at, pact, manages, signers, signFor, signForm }, { status });
  }

  private async showPactForm(response: Response, params: ClusterYearParams, form?: FormState, status = 200) {
    const [at, pact, meetings] = await Promise.all([
      clusterYearRef(this.clusters, params),
      orNull(this.pacts.get(params.id, params.year), PactNotFoundError),
      this.meetings.list({ clusterId: params.id, year: params.year, page: 1, pageSize: MAX_PAGE_SIZE, sort: 'newest' }),
    ]);
    await this.web.page(response, PactFormPage, { at, pact, meetings: meetings.items, form }, { status });
  }

  private async showBoard(response: Response, params: ClusterYearParams, deadlineForm?: FormState, status = 200) {
    const actor = actorOf(response.req);
    const [at, board, manages] = await Promise.all([
      clusterYearRef(this.clusters, params),
      this.registrations.board(params.id, params.year),
      this.access.manages(actor, params.id, params.year),
    ]);
    await this.web.page(response, RegistrationsPage, { at, board, manages, ownUnitId: actor.organizationId, deadlineForm }, { status });
  }

  private async showRegistration(response: Response, params: ClusterUnitParams, form?: FormState, status = 200) {
    const actor = actorOf(response.req);
    const [at, board, movements, manages] = await Promise.all([
      clusterYearRef(this.clusters, params),
      this.registrations.board(params.id, params.year),
      this.movements.list({ clusterId: params.id, year: params.year, page: 1, pageSize: MAX_PAGE_SIZE }),
      this.access.manages(actor, params.id, params.year),
    ]);
    const row = board.members.find((member) => member.unit.id === params.organizationId);
    if (!row) throw new NotAMemberError(params.year);
    const registration = row.registration;
    const areas = [...new Set(movements.items.flatMap((movement) => movement.contentAreas))];
    await this.web.page(
      response,
      RegistrationPage,
      {
        at,
        unit: row.unit,
        registration,
        deadline: board.deadline,
        rows: targetRows(areas, registration?.targets ?? []),
        mayEdit: manages || mayActFor(actor, params.organizationId),
        form,
      },
      { status },
    );
  }
}

/** A unit officer acting for their own unit (the services decide; this only chooses which forms to offer). */
function mayActFor(actor: Actor, organizationId: string): boolean {
  return actor.roles.includes('unit_officer') && actor.organizationId === organizationId;
}

/** The year's content areas, each with the target registered for it, then the other areas registered, then spare rows. */
function targetRows(areas: readonly string[], targets: readonly { contentArea: string; target: string }[]): TargetRow[] {
  const byArea = new Map(targets.map((target) => [target.contentArea, target.target]));
  const fixed = areas.map((area, index) => ({
    key: `${FIXED_AREA}${index}`,
    contentArea: area,
    target: byArea.get(area) ?? '',
    fixedArea: true,
  }));
  const others = targets
    .filter((target) => !areas.includes(target.contentArea))
    .map((target, index) => ({ key: `o${index}`, contentArea: target.contentArea, target: target.target, fixedArea: false }));
  const spare = Array.from({ length: SPARE_TARGETS }, (_, index) => ({
    key: `o${others.length + index}`,
    contentArea: '',
    target: '',
    fixedArea: false,
  }));
  return [...fixed, ...others, ...spare];
}

/**
 * The posted targets, each with the key of its row (for errors). A row of the year's own content areas (`a…`, its area
 * written by the page) left without a target is skipped, as the form's hint says; an added row with an area typed but
 * no target is kept, to be refused next to its field rather than dropped.
 */
function postedTargets(form: FormReader): { key: string; contentArea: string; target: string }[] {
  return (
    Object.keys(form.values)
      .filter((name) => name.startsWith('target.'))
      .map((name) => name.slice('target.'.length))
      .map((key) => ({ key, contentArea: form.text(`contentArea.${key}`) ?? '', target: form.text(`target.${key}`) ?? '' }))
      // A content area of the year's movements is sent only with a target; another area typed without one is refused.
      .filter((row) => row.target.trim() !== '' || (!row.key.startsWith(FIXED_AREA) && row.contentArea.trim() !== ''))
  );
}
