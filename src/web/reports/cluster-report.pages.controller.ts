import { Get, Param, Post, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import type { Request, Response } from 'express';
import { mayManageClusterYear } from '../../access/policies/access.rules.js';
import { actorOf } from '../../access/policies/actor.js';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { ClusterYearParams } from '../../registry/clusters/cluster.dto.js';
import { TermNotFoundError } from '../../registry/terms/term.errors.js';
import { TermsService } from '../../registry/terms/terms.service.js';
import { clusterDocumentEntries, clusterDocumentName } from '../../reports/cluster-year/cluster-documents.js';
import { ClusterDocumentParams } from '../../reports/cluster-year/cluster-year.dto.js';
import { ClusterYearReportsService } from '../../reports/cluster-year/cluster-year.service.js';
import { ReportFileInterceptor } from '../../reports/delivery/report-file.js';
import { PutSectionsBody } from '../../reports/sections/report-sections.dto.js';
import { ReportSectionsService } from '../../reports/sections/report-sections.service.js';
import { PutIssuanceBody } from '../../reports/issuance/issuance.dto.js';
import { DocumentIssuanceService } from '../../reports/issuance/issuance.service.js';
import type { FormState } from '../http/forms.js';
import { PageController } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { ClusterDocumentPage } from './cluster-document.page.js';
import { ClusterReportPage } from './cluster-report.page.js';
import { DocumentDownloadParams, IssuanceParams, IssuanceQuery, SectionParams } from './report-pages.dto.js';
import { ReportIssuancePage } from './report-issuance.page.js';
import { isVersionConflict } from './report-sections.form.js';
import { ReportSectionsPage } from './report-sections.page.js';
import { reportRoutes } from './report.routes.js';
import { reportText, sectionName } from './reports.messages.js';

/** The report of a cluster's year: its documents on screen and to download, what it misses, the secretariat's sections. */
@PageController('clusters/:id/years/:year')
export class ClusterReportPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly reports: ClusterYearReportsService,
    private readonly sections: ReportSectionsService,
    private readonly issuance: DocumentIssuanceService,
    private readonly terms: TermsService,
  ) {}

  @Get('report')
  @SignedIn()
  async report(@Req() request: Request, @Param() params: ClusterYearParams, @Res() response: Response) {
    const report = await this.reports.report(params.id, params.year);
    const mayWrite = await this.mayWriteSections(actorOf(request), params.id, params.year);
    await this.web.page(response, ClusterReportPage, { report, documents: clusterDocumentEntries(report), mayWrite });
  }

  @Get('report/sections')
  @SignedIn()
  async sectionsPage(@Req() request: Request, @Param() params: ClusterYearParams, @Res() response: Response) {
    const report = await this.reports.report(params.id, params.year);
    const mayWrite = await this.mayWriteSections(actorOf(request), params.id, params.year);
    await this.web.page(response, ReportSectionsPage, { report, mayWrite });
  }

  /** Saves one section; the others stay as they are. */
  @Post('report/sections/:section')
  @SignedIn()
  async saveSection(@Req() request: Request, @Param() params: SectionParams, @Res() response: Response) {
    const actor = actorOf(request);
    const { id, year, section } = params;
    await this.web.submit(response, {
      dto: PutSectionsBody,
      read: (form) => ({ [section]: form.text(section) ?? '', version: form.integer('version') }),
      // Only the section sent changes: the service saves sections one by one.
      run: (body) => this.sections.put(actor, id, year, body),
      done: () => ({ to: reportRoutes.sectionForm(id, year, section), flash: reportText.sectionSaved(sectionName(section)) }),
      show: async (form, status) => {
        const report = await this.reports.report(id, year);
        const conflict = isVersionConflict(form.errors);
        const shown: FormState = conflict
          ? {
              ...form,
              errors: form.errors.filter((e) => e.field !== 'version'),
              formError: reportText.conflict(report.sections.updatedBy, report.sections.updatedAt),
            }
          : form;
        const attempt = { key: section, form: shown, conflict };
        await this.web.page(response, ReportSectionsPage, { report, mayWrite: true, attempt }, { status: conflict ? 409 : status });
      },
    });
  }

  @Get('report/issuance')
  @SignedIn()
  async issuancePage(
    @Req() request: Request,
    @Param() params: ClusterYearParams,
    @Query() query: IssuanceQuery,
    @Res() response: Response,
  ) {
    const report = await this.reports.report(params.id, params.year);
    const mayWrite = await this.mayWriteSections(actorOf(request), params.id, params.year);
    await this.web.page(response, ReportIssuancePage, { report, mayWrite, scope: query.scope ?? 'year' });
  }

  /** Saves who issues and signs the year's documents, or one of them; the other records stay as they are. */
  @Post('report/issuance/:scope')
  @SignedIn()
  async saveIssuance(@Req() request: Request, @Param() params: IssuanceParams, @Res() response: Response) {
    const actor = actorOf(request);
    const { id, year, scope } = params;
    const fields = ['issuingBody', 'superiorBody', 'place', 'symbol', 'signingFor', 'signerTitle', 'signerName', 'regulation'];
    await this.web.submit(response, {
      dto: PutIssuanceBody,
      read: (form) => ({
        ...Object.fromEntries(fields.map((field) => [field, form.nullable(field)])),
        capacity: form.nullable('capacity'),
        ...(scope === 'year' ? {} : { number: form.integer('number') ?? null, issuedOn: form.nullable('issuedOn') }),
        ...(scope === 'year' || scope === 'flag-proposal' ? {} : { regulation: undefined }),
        version: form.integer('version'),
      }),
      run: (body) => this.issuance.put(actor, id, year, scope, body),
      done: () => ({ to: reportRoutes.issuanceForm(id, year, scope), flash: reportText.issuanceSaved }),
      show: async (form, status) => {
        const report = await this.reports.report(id, year);
        const conflict = isVersionConflict(form.errors);
        const shown: FormState = conflict
          ? { ...form, errors: form.errors.filter((e) => e.field !== 'version'), formError: reportText.issuanceConflict }
          : form;
        await this.web.page(
          response,
          ReportIssuancePage,
          { report, mayWrite: true, scope, attempt: { scope, form: shown, conflict } },
          { status: conflict ? 409 : status },
        );
      },
    });
  }

  /** Declared before the page of the document, whose `:document` would otherwise take "summary-report.pdf". */
  @Get('documents/:document.:format')
  @SignedIn()
  @UseInterceptors(ReportFileInterceptor)
  download(@Param() params: DocumentDownloadParams) {
    return this.reports.document(params.id, params.year, params.document, params.format, undefined);
  }

  @Get('documents/:document')
  @SignedIn()
  async document(@Param() params: ClusterDocumentParams, @Res() response: Response) {
    const { report, sheet } = await this.reports.sheet(params.id, params.year, params.document);
    await this.web.page(response, ClusterDocumentPage, {
      report,
      document: params.document,
      name: clusterDocumentName(params.document),
      sheet,
    });
  }

  /** The same rule the sections service applies, to show the forms only to those it will let save. */
  private async mayWriteSections(actor: Actor, clusterId: string, year: number): Promise<boolean> {
    const term = await this.terms.get(clusterId, year).catch((error: unknown) => {
      if (error instanceof TermNotFoundError) return null;
      throw error;
    });
    return mayManageClusterYear(actor, { chairOrganizationId: term?.chair.id ?? null, termOpen: term !== null && term.closedAt === null });
  }
}
