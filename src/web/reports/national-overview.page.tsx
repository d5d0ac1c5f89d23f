import type { Sheet as WorkbookSheet, TabularReport } from '../../reports/documents/document.model.js';
import { cellAlign, cellText } from '../../reports/documents/document.layout.js';
import type { NationalOverview } from '../../reports/national/national-overview.rules.js';
import { Form, SelectField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
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
}

/** Tổng hợp thi đua các Cụm: the year's table of every cluster, nominations, awards by cluster and their chart. */
export function NationalOverviewPage({ overview, workbook, chart, years }: NationalOverviewPageProps) {
  const { t } = usePage();
  const { year } = overview;
  const [clusters, ...others] = workbook.sheets;
  // The first sheet has a row per cluster in the overview's order, then the totals: each cluster links to its report.
  const reportLinks = overview.clusters.map((c) => reportRoutes.report(c.cluster.id, year));
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
      <figure class="overview-chart" aria-labelledby="chart-caption">
        <figcaption id="chart-caption">{t(reportText.chartHeading)}</figcaption>
        <div lang="vi" dangerouslySetInnerHTML={{ __html: chart }} />
      </figure>
      {clusters && <WorkbookTable sheet={clusters} heading={t(reportText.clustersHeading(year))} links={reportLinks} />}
      {others.map((sheet) => (
        <WorkbookTable key={sheet.name} sheet={sheet} heading={sheet.title ?? sheet.name} />
      ))}
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
        <table>
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
                    <td key={c} class={`align-${cellAlign(sheet.columns[c], cell)}`}>
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
