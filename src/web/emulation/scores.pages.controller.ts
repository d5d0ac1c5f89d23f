import { Get, Param, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { actsForOwnUnit } from '../../emulation/cluster-year.js';
import { ClusterUnitParams, ClusterYearParams, FileParams, type UploadedEmulationFile } from '../../emulation/emulation.dto.js';
import { CriteriaService } from '../../emulation/criteria/criteria.service.js';
import { EMULATION_MESSAGES } from '../../emulation/emulation.messages.js';
import { RankingService } from '../../emulation/ranking/ranking.service.js';
import {
  AgreedScoreBody,
  ConfigureScoreTableBody,
  CrossScoreBody,
  EvidenceBody,
  type EvidenceView,
  FixScoreTableBody,
  PublishScoreTableBody,
  type ScoreColumn,
  type ScoreSheetView,
  SelfScoreBody,
} from '../../emulation/scores/score.dto.js';
import { ScoresService } from '../../emulation/scores/scores.service.js';
import { MeetingsService } from '../../meetings/meetings/meetings.service.js';
import { DossierUploadInterceptor } from '../../nominations/dossiers/dossier-upload.interceptor.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { MAX_PAGE_SIZE } from '../../platform/pagination/page.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { ClustersService } from '../../registry/clusters/clusters.service.js';
import { SvgChartRenderer } from '../../reports/renderers/svg-chart.renderer.js';
import { sendStoredFile } from '../http/downloads.js';
import { type FormReader, formState, type FormState, postedValues, validateAs } from '../http/forms.js';
import { PageController, safeLocalPath, wantsFragment } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { MeetingAccess } from '../meetings/meeting-access.js';
import { localeOf } from '../http/web-request.js';
import { EMULATION_PAGES as M } from './emulation.messages.js';
import { clusterYearRef, onRows, typedPoints } from './emulation.parts.js';
import { emulationRoutes as R } from './emulation.routes.js';
import { RankingPage } from './ranking.page.js';
import { commentField, EvidenceFragment, ScoreSheetPage, type ScoreSheetPageProps } from './score-sheet.page.js';

const COLUMNS: readonly ScoreColumn[] = ['self', 'cross', 'agreed'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const charts = new SvgChartRenderer();

/** Each column's form: its DTO, its service call and its message. */
const COLUMN_WRITES = {
  self: { dto: SelfScoreBody, flash: M.selfSaved },
  cross: { dto: CrossScoreBody, flash: M.crossSaved },
  agreed: { dto: AgreedScoreBody, flash: M.agreedSaved },
} as const;

/**
 * The columns of a unit's sheet the user may write now: the table's workflow says which; self only for one's own unit,
 * cross for the secretariat or the unit's chấm chéo scorer.
 */
function writableColumns(actor: Actor, sheet: ScoreSheetView, manages: boolean): ScoreColumn[] {
  const actions = sheet.table.actions;
  const checks = sheet.table.crossPairs.some((pair) => pair.scored.id === sheet.unit.id && pair.scorer.id === actor.organizationId);
  return COLUMNS.filter((column) =>
    column === 'self'
      ? actions.includes('self_score') && actsForOwnUnit(actor, sheet.unit.id)
      : column === 'cross'
        ? actions.includes('cross_score') && (manages || checks)
        : actions.includes('agree'),
  );
}

/** An adjusted score left without its reason: the service's own words rather than the validator's "not empty". */
function withReasonMessage(form: FormState): FormState {
  return {
    ...form,
    errors: form.errors.map((error) =>
      error.field.startsWith('reason.') ? { ...error, message: EMULATION_MESSAGES.reasonRequired } : error,
    ),
  };
}

/** The score sheets of the units (three columns, evidence, history) and the ranking with its publish and fix. */
@PageController()
export class ScoresPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly clusters: ClustersService,
    private readonly meetings: MeetingsService,
    private readonly scores: ScoresService,
    private readonly ranking: RankingService,
    private readonly criteria: CriteriaService,
    private readonly access: MeetingAccess,
  ) {}

  @Get('clusters/:id/years/:year/emulation/scores/:organizationId')
  @SignedIn()
  async sheet(@Param() params: ClusterUnitParams, @Query('column') column: unknown, @Res() response: Response) {
    await this.showSheet(response, params, { column: COLUMNS.find((c) => c === column) });
  }

  @Post('clusters/:id/years/:year/emulation/scores/:organizationId/self')
  @SignedIn()
  async self(@Param() params: ClusterUnitParams, @Res() response: Response) {
    await this.writeColumn(response, params, 'self');
  }

  @Post('clusters/:id/years/:year/emulation/scores/:organizationId/cross')
  @SignedIn()
  async cross(@Param() params: ClusterUnitParams, @Res() response: Response) {
    await this.writeColumn(response, params, 'cross');
  }

  @Post('clusters/:id/years/:year/emulation/scores/:organizationId/agreed')
  @SignedIn()
  async agreed(@Param() params: ClusterUnitParams, @Res() response: Response) {
    await this.writeColumn(response, params, 'agreed');
  }

  /** Minh chứng, multipart (the CSRF token in the address). From the upload script: the evidence section alone. */
  @Post('clusters/:id/years/:year/emulation/scores/:organizationId/evidence')
  @SignedIn()
  @UseInterceptors(DossierUploadInterceptor)
  async evidence(@Param() params: ClusterUnitParams, @UploadedFile() file: UploadedEmulationFile | undefined, @Res() response: Response) {
    const actor = actorOf(response.req);
    const values = postedValues(response.req.body);
    let stored: EvidenceView | undefined;
    let form: FormState | undefined;
    try {
      const body = await validateAs(EvidenceBody, { criterionId: values.criterionId });
      stored = await this.scores.uploadEvidence(actor, params.id, params.year, params.organizationId, body, file);
    } catch (error) {
      if (!(error instanceof DomainError) || error.fieldErrors.length === 0) throw error;
      form = formState(values, error.fieldErrors);
    }
    const fragment = wantsFragment(response.req, 'evidence');
    if (stored && !fragment)
      return this.web.redirect(response, `${R.sheet(params.id, params.year, params.organizationId)}#evidence`, M.evidenceAdded);
    const upload = { file: stored, refusal: form?.errors.find((e) => e.field === 'file') ?? form?.errors[0] };
    const status = stored ? 200 : 422;
    if (fragment) {
      return this.web.fragment(
        response,
        EvidenceFragment,
        { ...(await this.sheetProps(response, params, {})), upload, uploadForm: form },
        { status },
      );
    }
    await this.showSheet(response, params, { upload, uploadForm: form }, status);
  }

  /** The unit's self-scores from its XLSX form; the page shows what each row became. */
  @Post('clusters/:id/years/:year/emulation/scores/:organizationId/import')
  @SignedIn()
  @UseInterceptors(DossierUploadInterceptor)
  async import(@Param() params: ClusterUnitParams, @UploadedFile() file: UploadedEmulationFile | undefined, @Res() response: Response) {
    const actor = actorOf(response.req);
    try {
      const importReport = await this.scores.importSelfScores(actor, params.id, params.year, params.organizationId, file);
      await this.showSheet(response, params, { importReport });
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind === 'forbidden' || error.kind === 'not_found') throw error;
      const fieldErrors = error.fieldErrors.map((e) => ({ ...e, field: 'file' }));
      const importForm = formState({}, fieldErrors, fieldErrors.length > 0 ? undefined : error.text);
      await this.showSheet(response, params, { importForm }, fieldErrors.length > 0 ? 422 : 409);
    }
  }

  @Post('emulation/evidence/:id/delete')
  @SignedIn()
  async removeEvidence(@Param() params: FileParams, @Query('back') back: unknown, @Res() response: Response) {
    await this.scores.removeEvidence(actorOf(response.req), params.id);
    this.web.redirect(response, `${safeLocalPath(back, '/')}#evidence`, M.evidenceRemoved);
  }

  @Get('emulation/evidence/:id')
  @SignedIn()
  async evidenceFile(@Param() params: FileParams, @Res() response: Response) {
    sendStoredFile(response, await this.scores.evidenceContent(actorOf(response.req), params.id));
  }

  @Get('clusters/:id/years/:year/emulation/ranking')
  @SignedIn()
  async rankingPage(@Param() params: ClusterYearParams, @Res() response: Response) {
    await this.showRanking(response, params);
  }

  /** Declared as its own address (not `ranking.:format`), so that the page's address stays plain. */
  @Get('clusters/:id/years/:year/emulation/ranking.xlsx')
  @SignedIn()
  async rankingXlsx(@Param() params: ClusterYearParams, @Res() response: Response) {
    const file = await this.ranking.exportXlsx(actorOf(response.req), params.id, params.year);
    response.setHeader('Content-Type', XLSX);
    response.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    response.setHeader('Cache-Control', 'private, no-store');
    response.end(file.content);
  }

  @Post('clusters/:id/years/:year/emulation/ranking/publish')
  @SignedIn()
  async publish(@Param() params: ClusterYearParams, @Res() response: Response) {
    const actor = actorOf(response.req);
    await this.web.submit(response, {
      dto: PublishScoreTableBody,
      read: (form) => ({ version: form.integer('version') }),
      run: (body) => this.scores.publish(actor, params.id, params.year, body),
      done: () => ({ to: R.ranking(params.id, params.year), flash: M.published }),
      show: (form, status) => this.showRanking(response, params, form, status),
    });
  }

  @Post('clusters/:id/years/:year/emulation/ranking/settings')
  @SignedIn()
  async settings(@Param() params: ClusterYearParams, @Res() response: Response) {
    const actor = actorOf(response.req);
    await this.web.submit(response, {
      dto: ConfigureScoreTableBody,
      read: (form) => ({
        version: form.integer('version'),
        bands: {
          excellent: typedPoints(form.text('bands.excellent')),
          good: typedPoints(form.text('bands.good')),
          fair: typedPoints(form.text('bands.fair')),
        },
        leaderCount: form.integer('leaderCount') ?? null,
      }),
      run: (body) => this.scores.configure(actor, params.id, params.year, body),
      done: () => ({ to: R.ranking(params.id, params.year), flash: M.settingsSaved }),
      show: (form, status) => this.showRanking(response, params, undefined, status, form),
    });
  }

  @Post('clusters/:id/years/:year/emulation/ranking/fix')
  @SignedIn()
  async fix(@Param() params: ClusterYearParams, @Res() response: Response) {
    const actor = actorOf(response.req);
    await this.web.submit(response, {
      dto: FixScoreTableBody,
      read: (form) => ({ version: form.integer('version'), meetingId: form.optional('meetingId') }),
      run: (body) => this.scores.fix(actor, params.id, params.year, body),
      done: () => ({ to: R.ranking(params.id, params.year), flash: M.fixed }),
      show: (form, status) => this.showRanking(response, params, form, status),
    });
  }

  /** One column of the sheet as a form: every scorable criterion with points or a comment typed, or one to clear. */
  private async writeColumn(response: Response, params: ClusterUnitParams, column: ScoreColumn) {
    const actor = actorOf(response.req);
    const before = await this.scores.sheet(actor, params.id, params.year, params.organizationId);
    const comment = commentField(column);
    let keys: string[] = [];
    await this.web.submit(response, {
      dto: COLUMN_WRITES[column].dto,
      read: (form: FormReader) => {
        keys = before.rows
          .filter((row) => row.criterion.scorable)
          .filter(
            (row) =>
              row[column].points !== null ||
              [`points.${row.criterion.id}`, `${comment}.${row.criterion.id}`].some((name) => (form.text(name) ?? '').trim() !== ''),
          )
          .map((row) => row.criterion.id);
        return {
          scores: keys.map((id) => ({
            criterionId: id,
            points: typedPoints(form.text(`points.${id}`)),
            [comment]: column === 'cross' ? (form.text(`${comment}.${id}`) ?? '') : form.nullable(`${comment}.${id}`),
          })),
        };
      },
      run: (body) =>
        column === 'self'
          ? this.scores.selfScore(actor, params.id, params.year, params.organizationId, body as SelfScoreBody)
          : column === 'cross'
            ? this.scores.crossScore(actor, params.id, params.year, params.organizationId, body as CrossScoreBody)
            : this.scores.agree(actor, params.id, params.year, params.organizationId, body as AgreedScoreBody),
      done: () => ({
        to: `${R.sheet(params.id, params.year, params.organizationId)}?column=${column}`,
        flash: COLUMN_WRITES[column].flash,
      }),
      show: (form, status) => {
        const rows = onRows(form, 'scores', keys);
        return this.showSheet(response, params, { column, form: column === 'cross' ? withReasonMessage(rows) : rows }, status);
      },
    });
  }

  private async sheetProps(
    response: Response,
    params: ClusterUnitParams,
    extra: Partial<ScoreSheetPageProps> & { column?: ScoreColumn },
  ): Promise<ScoreSheetPageProps> {
    const actor = actorOf(response.req);
    const [at, sheet, history, manages] = await Promise.all([
      clusterYearRef(this.clusters, params),
      this.scores.sheet(actor, params.id, params.year, params.organizationId),
      this.scores.history(actor, params.id, params.year, params.organizationId),
      this.access.manages(actor, params.id, params.year),
    ]);
    const columns = writableColumns(actor, sheet, manages);
    const { column, ...rest } = extra;
    const editing = column && columns.includes(column) ? column : (columns[0] ?? null);
    return { at, sheet, history, columns, editing, ...rest };
  }

  private async showSheet(
    response: Response,
    params: ClusterUnitParams,
    extra: Partial<ScoreSheetPageProps> & { column?: ScoreColumn },
    status = 200,
  ) {
    await this.web.page(response, ScoreSheetPage, await this.sheetProps(response, params, extra), { status });
  }

  private async showRanking(response: Response, params: ClusterYearParams, actionForm?: FormState, status = 200, settingsForm?: FormState) {
    const locale = localeOf(response.req);
    const [at, ranking, tree, meetings] = await Promise.all([
      clusterYearRef(this.clusters, params),
      this.ranking.ranking(actorOf(response.req), params.id, params.year),
      this.criteria.tree(params.id, params.year),
      this.meetings.list({ clusterId: params.id, year: params.year, page: 1, pageSize: MAX_PAGE_SIZE, sort: 'newest' }),
    ]);
    const chart =
      ranking.rows.length === 0
        ? null
        : charts.barChart({
            title: M.chartTitle(params.year)[locale],
            valueLabel: M.chartValue[locale],
            categories: ranking.rows.map((row) => row.unit.shortName),
            series: [{ name: M.total[locale], values: ranking.rows.map((row) => row.totals.total) }],
          });
    const scoredGroupIds = tree.groups.filter((group) => group.nature === 'standard').map((group) => group.id);
    await this.web.page(
      response,
      RankingPage,
      { at, ranking, chart, scoredGroupIds, meetings: meetings.items, actionForm, settingsForm },
      { status },
    );
  }
}
