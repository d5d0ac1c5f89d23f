import { Get, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { ForbiddenError } from '../../access/policies/access.errors.js';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn, StaffOnly } from '../../access/policies/policy.decorator.js';
import { type CriteriaTreeView, PutCriteriaBody } from '../../emulation/criteria/criterion.dto.js';
import { CriteriaService } from '../../emulation/criteria/criteria.service.js';
import { ClusterYearParams, type UploadedEmulationFile } from '../../emulation/emulation.dto.js';
import { DossierUploadInterceptor } from '../../nominations/dossiers/dossier-upload.interceptor.js';
import { DomainError } from '../../platform/errors/domain-error.js';
import { Clock } from '../../platform/time/clock.js';
import { ClustersService } from '../../registry/clusters/clusters.service.js';
import { YearParams } from '../../reports/national/national-overview.dto.js';
import { type FormReader, formState, type FormState } from '../http/forms.js';
import { PageController } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { MeetingAccess } from '../meetings/meeting-access.js';
import {
  CriteriaFormPage,
  type CriteriaPageProps,
  CriteriaPage,
  CriteriaTemplateFormPage,
  CriteriaTemplatePage,
  type CriterionRow,
  flatten,
} from './criteria.page.js';
import { EMULATION_PAGES as M } from './emulation.messages.js';
import { clusterYearRef, onRows, typedPoints } from './emulation.parts.js';
import { emulationRoutes as R } from './emulation.routes.js';

/** Empty rows at the end of the edit form, to add items. */
const NEW_ROWS = 5;

/** The criteria tree of a cluster-year: read by everyone signed in, changed by the secretariat until scoring starts. */
@PageController()
export class CriteriaPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly clusters: ClustersService,
    private readonly criteria: CriteriaService,
    private readonly access: MeetingAccess,
  ) {}

  @Get('clusters/:id/years/:year/emulation/criteria')
  @SignedIn()
  async tree(@Param() params: ClusterYearParams, @Res() response: Response) {
    await this.showTree(response, params, {});
  }

  @Post('clusters/:id/years/:year/emulation/criteria/copy-template')
  @SignedIn()
  async copyTemplate(@Param() params: ClusterYearParams, @Res() response: Response) {
    const actor = actorOf(response.req);
    await this.access.requireManager(actor, params.id, params.year);
    try {
      await this.criteria.copyTemplate(actor, params.id, params.year);
    } catch (error) {
      const form = refusal(error);
      return this.showTree(response, params, { copyForm: form }, form.errors.length > 0 ? 422 : 409);
    }
    this.web.redirect(response, R.criteria(params.id, params.year), M.templateCopied);
  }

  /** The criteria form as XLSX: the accepted rows replace the tree, and the page shows what each row became. */
  @Post('clusters/:id/years/:year/emulation/criteria/import')
  @SignedIn()
  @UseInterceptors(DossierUploadInterceptor)
  async import(@Param() params: ClusterYearParams, @UploadedFile() file: UploadedEmulationFile | undefined, @Res() response: Response) {
    const actor = actorOf(response.req);
    await this.access.requireManager(actor, params.id, params.year);
    let outcome: Awaited<ReturnType<CriteriaService['importTree']>>;
    try {
      outcome = await this.criteria.importTree(actor, params.id, params.year, file);
    } catch (error) {
      const form = refusal(error);
      return this.showTree(response, params, { importForm: form }, form.errors.length > 0 ? 422 : 409);
    }
    await this.showTree(response, params, { report: outcome });
  }

  @Get('clusters/:id/years/:year/emulation/criteria/edit')
  @SignedIn()
  async editForm(@Param() params: ClusterYearParams, @Res() response: Response) {
    await this.access.requireManager(actorOf(response.req), params.id, params.year);
    await this.showForm(response, params, rowsOf(await this.criteria.tree(params.id, params.year)));
  }

  @Post('clusters/:id/years/:year/emulation/criteria/edit')
  @SignedIn()
  async save(@Param() params: ClusterYearParams, @Res() response: Response) {
    const actor = actorOf(response.req);
    await this.access.requireManager(actor, params.id, params.year);
    const posted = postedCriteria();
    await this.web.submit(response, {
      dto: PutCriteriaBody,
      read: posted.read,
      run: (body) => this.criteria.replaceTree(actor, params.id, params.year, body),
      done: () => ({ to: R.criteria(params.id, params.year), flash: M.criteriaSaved }),
      show: (form, status) => {
        const again = posted.again(form);
        return this.showForm(response, params, again.rows, again.form, status);
      },
    });
  }

  private async showTree(
    response: Response,
    params: ClusterYearParams,
    extra: Pick<CriteriaPageProps, 'report' | 'importForm' | 'copyForm'>,
    status = 200,
  ) {
    const [at, tree, manages] = await Promise.all([
      clusterYearRef(this.clusters, params),
      this.criteria.tree(params.id, params.year),
      this.access.manages(actorOf(response.req), params.id, params.year),
    ]);
    await this.web.page(response, CriteriaPage, { at, tree, manages, ...extra }, { status });
  }

  private async showForm(response: Response, params: ClusterYearParams, rows: CriterionRow[], form?: FormState, status = 200) {
    await this.web.page(response, CriteriaFormPage, { at: await clusterYearRef(this.clusters, params), rows, form }, { status });
  }
}

/** VUSTA's criteria template of a year: national staff read and write it, with the cluster-year's form. */
@PageController()
export class CriteriaTemplatePagesController {
  constructor(
    private readonly web: WebPages,
    private readonly criteria: CriteriaService,
    private readonly clusters: ClustersService,
    private readonly clock: Clock,
  ) {}

  /** The owner whose template the clusters copy (VUSTA, the owner of every cluster), as `copyTemplate` reads it. */
  private async owner(): Promise<string> {
    const [cluster] = (await this.clusters.list({ page: 1, pageSize: 1, sort: 'number' })).items;
    if (!cluster) throw new ForbiddenError();
    return cluster.owner.id;
  }

  @Get('emulation/criteria-templates/:year')
  @StaffOnly()
  async template(@Param() params: YearParams, @Res() response: Response) {
    const tree = await this.criteria.template(await this.owner(), params.year);
    const thisYear = this.clock.currentYear();
    const years = Array.from({ length: TEMPLATE_YEARS }, (_, i) => thisYear + 1 - i);
    await this.web.page(response, CriteriaTemplatePage, { year: params.year, tree, years });
  }

  @Get('emulation/criteria-templates/:year/edit')
  @StaffOnly()
  async editForm(@Param() params: YearParams, @Res() response: Response) {
    const rows = rowsOf(await this.criteria.template(await this.owner(), params.year));
    await this.web.page(response, CriteriaTemplateFormPage, { year: params.year, rows });
  }

  @Post('emulation/criteria-templates/:year/edit')
  @StaffOnly()
  async save(@Param() params: YearParams, @Res() response: Response) {
    const actor = actorOf(response.req);
    const owner = await this.owner();
    const posted = postedCriteria();
    await this.web.submit(response, {
      dto: PutCriteriaBody,
      read: posted.read,
      run: (body) => this.criteria.replaceTemplate(actor, owner, params.year, body),
      done: () => ({ to: R.criteriaTemplate(params.year), flash: M.templateSaved }),
      show: (form, status) => this.web.page(response, CriteriaTemplateFormPage, { year: params.year, ...posted.again(form) }, { status }),
    });
  }
}

/** Years offered on the template page: next year and the ones before. */
const TEMPLATE_YEARS = 6;

/** A stored tree as the rows of the form, with empty rows to add items. */
function rowsOf(tree: CriteriaTreeView): CriterionRow[] {
  return withNewRows(
    flatten(tree.groups).map((node, index) => ({
      key: String(index),
      code: node.code,
      title: node.title,
      nature: node.nature,
      maxPoints: node.maxPoints,
      evidenceRequired: node.evidenceRequired,
      evidenceNote: node.evidenceNote ?? '',
    })),
  );
}

/**
 * A posted criteria form (a cluster-year's tree or the template): `read` makes the body from the rows that say
 * something, `again` gives the rows and their errors for the form shown again.
 */
function postedCriteria() {
  let keys: string[] = [];
  return {
    read: (form: FormReader) => {
      keys = filledRowKeys(form);
      return criteriaBody(form, keys);
    },
    again: (form: FormState) => ({ rows: postedRows(form.values), form: onRows(form, 'items', keys) }),
  };
}

/** The body of a tree's replacement from the posted rows that say something. */
function criteriaBody(form: FormReader, keys: readonly string[]) {
  return {
    items: keys.map((key) => ({
      code: form.text(`code.${key}`)?.trim() ?? '',
      title: form.text(`title.${key}`) ?? '',
      nature: form.text(`nature.${key}`),
      maxPoints: typedPoints(form.text(`maxPoints.${key}`)),
      evidenceRequired: form.checkbox(`evidenceRequired.${key}`),
      evidenceNote: form.nullable(`evidenceNote.${key}`),
    })),
  };
}

/** Why an action was refused, for the form that asked: field errors, or the message about the whole form. */
function refusal(error: unknown): FormState {
  if (!(error instanceof DomainError) || error.kind === 'forbidden' || error.kind === 'not_found') throw error;
  return formState(
    {},
    error.fieldErrors.length > 0 ? error.fieldErrors.map((e) => ({ ...e, field: 'file' })) : [],
    error.fieldErrors.length > 0 ? undefined : error.text,
  );
}

/** The keys of the posted rows that say something (a row whose every field is empty is dropped). */
function filledRowKeys(form: FormReader): string[] {
  return rowKeys(form.values).filter((key) =>
    ['code', 'title', 'maxPoints', 'evidenceNote'].some((field) => (form.text(`${field}.${key}`) ?? '').trim() !== ''),
  );
}

function rowKeys(values: Record<string, unknown>): string[] {
  return Object.keys(values)
    .filter((name) => name.startsWith('code.'))
    .map((name) => name.slice('code.'.length));
}

/** The rows as posted, for the form shown again (the posted values fill them; only the keys matter). */
function postedRows(values: Record<string, unknown>): CriterionRow[] {
  return rowKeys(values).map((key) => ({
    key,
    code: '',
    title: '',
    nature: 'standard',
    maxPoints: null,
    evidenceRequired: false,
    evidenceNote: '',
  }));
}

function withNewRows(rows: CriterionRow[]): CriterionRow[] {
  const used = new Set(rows.map((row) => row.key));
  const fresh: CriterionRow[] = [];
  for (let n = rows.length; fresh.length < NEW_ROWS; n++) {
    if (!used.has(String(n))) {
      fresh.push({ key: String(n), code: '', title: '', nature: 'standard', maxPoints: null, evidenceRequired: false, evidenceNote: '' });
    }
  }
  return [...rows, ...fresh];
}
