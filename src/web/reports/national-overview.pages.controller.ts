import { Get, Header, Param, Query, Res, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { SignedIn } from '../../access/policies/policy.decorator.js';
import { YearQuery } from '../../registry/clusters/cluster.dto.js';
import { ReportFileInterceptor } from '../../reports/delivery/report-file.js';
import { YearParams } from '../../reports/national/national-overview.dto.js';
import { NationalOverviewService } from '../../reports/national/national-overview.service.js';
import { Clock } from '../../platform/time/clock.js';
import { PageController } from '../http/page-controller.js';
import { WebPages } from '../http/web-pages.js';
import { NationalOverviewPage } from './national-overview.page.js';
import { OverviewPageQuery } from './report-pages.dto.js';
import { reportRoutes } from './report.routes.js';
import { REPORTS_CSS } from './reports.stylesheet.js';

/** How many years, back from the current one, the year selector offers. */
const SELECTABLE_YEARS = 10;

/** The national overview of a year (readable by every signed-in user, as its API route), and the report pages' stylesheet. */
@PageController('reports')
export class NationalOverviewPagesController {
  constructor(
    private readonly web: WebPages,
    private readonly overviews: NationalOverviewService,
    private readonly clock: Clock,
  ) {}

  /** Only the signed-in see report pages; versioned by its address (`?v=` its hash), kept for a year. */
  @Get('reports.css')
  @SignedIn()
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=31536000, immutable')
  stylesheet(): string {
    return REPORTS_CSS;
  }

  /** The year selector: `?year=2023` leads to that year's page, no year to the current one. */
  @Get('years')
  @SignedIn()
  select(@Query() query: YearQuery, @Res() response: Response) {
    response.redirect(303, reportRoutes.nationalOverview(query.year ?? this.clock.currentYear()));
  }

  /** Declared before the page, whose `:year` would otherwise take "2023.xlsx". */
  @Get('years/:year.xlsx')
  @SignedIn()
  @UseInterceptors(ReportFileInterceptor)
  workbook(@Param() params: YearParams) {
    return this.overviews.overview(params.year, 'xlsx', undefined);
  }

  @Get('years/:year')
  @SignedIn()
  async overview(@Param() params: YearParams, @Query() query: OverviewPageQuery, @Res() response: Response) {
    const onScreen = await this.overviews.onScreen(params.year);
    const current = this.clock.currentYear();
    const years = Array.from({ length: SELECTABLE_YEARS }, (_, i) => current - i);
    if (!years.includes(params.year)) years.push(params.year);
    await this.web.page(response, NationalOverviewPage, { ...onScreen, years: years.sort((a, b) => b - a), page: query.page });
  }
}
