import type { ClusterDocument } from '../../reports/cluster-year/cluster-year.dto.js';
import type { ClusterYearReport } from '../../reports/cluster-year/cluster-year.model.js';
import type { Sheet } from '../../reports/renderers/html.renderer.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { reportBreadcrumbs } from './cluster-report.page.js';
import { reportRoutes } from './report.routes.js';
import { reportText } from './reports.messages.js';
import { REPORTS_CSS_URL } from './reports.stylesheet.js';

export interface ClusterDocumentPageProps {
  report: ClusterYearReport;
  document: ClusterDocument;
  /** "Báo cáo tổng kết" */
  name: string;
  sheet: Sheet;
}

/**
 * One document on screen as the renderer lays it out (A4, Decree 30), with its downloads. Printed, the page is the
 * document alone: the site's header, links and title are left off the paper.
 */
export function ClusterDocumentPage({ report, document, name, sheet }: ClusterDocumentPageProps) {
  const { t } = usePage();
  const { cluster, year } = report;
  return (
    <Layout title={`${name} – ${cluster.name} – ${year}`} breadcrumbs={reportBreadcrumbs(report, t)}>
      <link rel="stylesheet" href={REPORTS_CSS_URL} />
      <p class="report-actions">
        <a href={reportRoutes.download(cluster.id, year, document, 'docx')} download role="button" class="secondary">
          {t(reportText.downloadDocx)}
        </a>{' '}
        <a href={reportRoutes.download(cluster.id, year, document, 'pdf')} download role="button" class="secondary">
          {t(reportText.downloadPdf)}
        </a>{' '}
        <small>{t(reportText.printHint)}</small>
      </p>
      <div class="report-document" dangerouslySetInnerHTML={{ __html: sheet.html }} />
      <p class="report-actions">
        <a href={reportRoutes.report(cluster.id, year)}>{t(reportText.backToReport)}</a>
      </p>
    </Layout>
  );
}
