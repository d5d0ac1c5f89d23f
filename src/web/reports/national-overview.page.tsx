import type { Sheet as WorkbookSheet, TabularReport } from '../../reports/documents/document.model.js';
import { cellAlign, cellText } from '../../reports/documents/document.layout.js';
import { hasFlagData, type NationalOverview } from '../../reports/national/national-overview.rules.js';
import { Form, SelectField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { Pagination } from '../layout/pagination.js';
import { usePage } from '../layout/page-context.js';
import { reportRoutes } from './report.routes.js';
import { REPORTS_CSS_URL } from './reports.stylesheet.js';
import { reportText } from './reports.messages.js';

export interface NationalOverviewPageProps {
  overview: NationalOverview;
  workbook: TabularReport;
  /** SVG from the reports' chart renderer, every label escaped. */
  chart: string;
  /** The years the selector offers, newest first. */
  years: number[];
  /** The page of `CLUSTERS_PER_PAGE` clusters shown in the tables by cluster. */
  page: number;
}

/**
 * Clusters shown at a time in the tables by cluster: a national overview of 1,000 clusters on one page would hold
 * the server for a fifth of a second to render it, and the reader would scroll through it; the XLSX holds them all.
 */
export const CLUSTERS_PER_PAGE = 100;

/** Tổng hợp thi đua các Cụm: the year's table of every cluster, nominations, awards by cluster and their chart. */
export function NationalOverviewPage({ overview, workbook, chart, years, page }: NationalOverviewPageProps) {
  const { t } = usePage();
  const { year } = overview;
  const [clusters, nominations, awards] = workbook.sheets;
  const from = (page - 1) * CLUSTERS_PER_PAGE;
  const shown = <T,>(rows: T[]): T[] => rows.slice(from, from + CLUSTERS_PER_PAGE);
  const paging = { items: [], total: overview.clusters.length, page, pageSize: CLUSTERS_PER_PAGE };
  // The first sheet has a row per cluster in the overview's order, then the totals (kept on every page): each
  // cluster links to its report. The third has a row per cluster, in the same order.
  const reportLinks = shown(overview.clusters.map((c) => reportRoutes.report(c.cluster.id, year)));
  const clustersShown = clusters && { ...clusters, rows: [...shown(clusters.rows.slice(0, -1)), ...clusters.rows.slice(-1)] };
  return (
    <Layout title={t(reportText.overviewTitle(year))}>
      <link rel="stylesheet" href={REPORTS_CSS_URL} />
      <p class="lead">{t(reportText.overviewIntro)}</p>
      <Form action={reportRoutes.nationalOverviewSelector} method="get" class="year-selector">
        <SelectField
          name="year"
          label={reportText.yearLabel}
          value={String(year)}
          choices={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <button type="submit">{t(reportText.showYear)}</button>
      </Form>
      <p>
        <a href={reportRoutes.nationalOverviewXlsx(year)} download role="button" class="secondary">
          {t(reportText.downloadXlsx(year))}
        </a>
      </p>
      {hasFlagData(overview) ? (
        <figure class="overview-chart" aria-labelledby="chart-caption" tabIndex={0}>
          <figcaption id="chart-caption">{t(reportText.chartHeading)}</figcaption>
          <div lang="vi" dangerouslySetInnerHTML={{ __html: chart }} />
        </figure>
      ) : (
        <p class="empty-state">{t(reportText.noFlagData(overview.flagsByCluster.years))}</p>
      )}
      {clustersShown && <WorkbookTable sheet={clustersShown} heading={t(reportText.clustersHeading(year))} links={reportLinks} />}
      <Pagination page={paging} />
      {nominations && <WorkbookTable sheet={nominations} heading={nominations.title ?? nominations.name} />}
      {awards && <WorkbookTable sheet={{ ...awards, rows: shown(awards.rows) }} heading={awards.title ?? awards.name} />}
      <Pagination page={paging} />
    </Layout>
  );
}

/**
 * A sheet of the workbook as a table on screen under `heading` (the first sheet's title is the page's own, which the
 * page does not repeat), its first column linked where `links` says.
 */
function WorkbookTable({ sheet, heading, links = [] }: { sheet: WorkbookSheet; heading: string; links?: string[] }) {
  return (
    <section lang="vi">
      <h2>{heading}</h2>
      <div class="table-scroll">
        <table class="stacked">
          <thead>
            <tr>
              {sheet.columns.map((column, c) => (
                <th key={column.header} scope="col" class={`align-${cellAlign(column, sheet.rows[0]?.[c] ?? null)}`}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row">
                      {links[r] ? <a href={links[r]}>{cellText(cell)}</a> : cellText(cell)}
                    </th>
                  ) : (
                    <td key={c} class={`align-${cellAlign(sheet.columns[c], cell)}`} data-label={sheet.columns[c].header}>
                      {cellText(cell)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
