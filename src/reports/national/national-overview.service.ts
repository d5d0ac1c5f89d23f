import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { fileNames, negotiateFormat } from '../delivery/delivery.rules.js';
import { ReportFile } from '../delivery/report-file.js';
import type { TabularReport } from '../documents/document.model.js';
import { HtmlRenderer } from '../renderers/html.renderer.js';
import { SvgChartRenderer } from '../renderers/svg-chart.renderer.js';
import { XlsxRenderer } from '../renderers/xlsx.renderer.js';
import { OVERVIEW_FORMATS, type OverviewFormat } from './national-overview.dto.js';
import { loadNationalFacts } from './national-overview.queries.js';
import { assembleNationalOverview, flagsChart, CHART_YEARS, type NationalOverview, overviewWorkbook } from './national-overview.rules.js';

/** The national overview of a year, for VUSTA staff and every signed-in user. */
@Injectable()
export class NationalOverviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly html: HtmlRenderer,
    private readonly xlsx: XlsxRenderer,
    private readonly charts: SvgChartRenderer,
  ) {}

  async overview(year: number, requested: OverviewFormat | undefined, accept: string | undefined): Promise<NationalOverview | ReportFile> {
    const overview = await this.load(year);
    const format = negotiateFormat(requested, accept, OVERVIEW_FORMATS);
    if (format === 'json') return overview;
    const names = fileNames(`tong-hop-thi-dua-cac-cum-${year}`, `Tổng hợp thi đua các Cụm năm ${year}`, format);
    const workbook = overviewWorkbook(overview);
    const body =
      format === 'xlsx'
        ? await this.xlsx.workbook(workbook)
        : Buffer.from(this.html.tables(workbook, [this.charts.barChart(flagsChart(overview))]));
    return new ReportFile(format, body, names);
  }

  /** For a web page: the overview, its tables and its chart (SVG, every label escaped). */
  async onScreen(year: number): Promise<{ overview: NationalOverview; workbook: TabularReport; chart: string }> {
    const overview = await this.load(year);
    return { overview, workbook: overviewWorkbook(overview), chart: this.charts.barChart(flagsChart(overview)) };
  }

  private async load(year: number): Promise<NationalOverview> {
    const facts = await this.dataSource.transaction('REPEATABLE READ', (tx) => loadNationalFacts(tx, year, year - CHART_YEARS + 1));
    return assembleNationalOverview(facts);
  }
}
