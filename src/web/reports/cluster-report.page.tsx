import type { DocumentEntry } from '../../reports/cluster-year/cluster-documents.js';
import type { ClusterYearReport } from '../../reports/cluster-year/cluster-year.model.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { navText } from '../web.messages.js';
import { recordingPlace } from './missing.links.js';
import { reportRoutes } from './report.routes.js';
import { REPORTS_CSS_URL } from './reports.stylesheet.js';
import { reportText } from './reports.messages.js';

export interface ClusterReportPageProps {
  report: ClusterYearReport;
  documents: DocumentEntry[];
  /** Whether the signed-in user may write the secretariat's sections (the service decides again on saving). */
  mayWrite: boolean;
}

/** Breadcrumbs of every page of a cluster's year report. */
export function reportBreadcrumbs(report: ClusterYearReport, t: (text: { vi: string; en: string }) => string, withReport = true) {
  const { cluster, year } = report;
  return [
    { href: '/clusters', label: t(navText.clusters) },
    { href: `/clusters/${cluster.id}?year=${year}`, label: cluster.name },
    ...(withReport ? [{ href: reportRoutes.report(cluster.id, year), label: t(reportText.reportCrumb(year)) }] : []),
  ];
}

/** A cluster's year: its documents to view, print and download, and what the records still miss. */
export function ClusterReportPage({ report, documents, mayWrite }: ClusterReportPageProps) {
  const { t } = usePage();
  const { cluster, year } = report;
  return (
    <Layout title={t(reportText.reportTitle(cluster.name, year))} breadcrumbs={reportBreadcrumbs(report, t, false)}>
      <link rel="stylesheet" href={REPORTS_CSS_URL} />
      <section aria-labelledby="documents">
        <h2 id="documents">{t(reportText.documentsHeading)}</h2>
        <p>{t(reportText.documentsIntro)}</p>
        <ul class="report-documents">
          {documents.map((entry) => (
            <li key={entry.document}>
              <strong>{entry.name}</strong>
              {entry.refusal ? (
                <p class="hint">
                  {t(reportText.notYet)}: {t(entry.refusal)}
                </p>
              ) : (
                <p class="document-links">
                  <a href={reportRoutes.document(cluster.id, year, entry.document)}>{t(reportText.view)}</a>
                  {' · '}
                  <a href={reportRoutes.download(cluster.id, year, entry.document, 'docx')} download>
                    {t(reportText.downloadDocx)}
                  </a>
                  {' · '}
                  <a href={reportRoutes.download(cluster.id, year, entry.document, 'pdf')} download>
                    {t(reportText.downloadPdf)}
                  </a>
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="missing">
        <h2 id="missing">{t(reportText.missingHeading)}</h2>
        {report.missing.length === 0 ? (
          <p class="notice">{t(reportText.nothingMissing)}</p>
        ) : (
          <>
            <p>{t(reportText.missingIntro)}</p>
            <ul class="checklist">
              {report.missing.map((fact) => {
                const place = recordingPlace(report, fact);
                return (
                  <li key={fact.key}>
                    <span lang="vi">{fact.text}</span>{' '}
                    {/* Where to record it, for those who record the year's facts: a member union would be led to forms that
                        answer "not allowed" (a new meeting, the issuance, the sections). */}
                    {mayWrite && (
                      <small>
                        {t(reportText.recordAt)}: <a href={place.href}>{t(place.label)}</a>
                      </small>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="issuance">
        <h2 id="issuance">{t(reportText.issuanceHeading)}</h2>
        <p>{t(reportText.issuanceIntro)}</p>
        <p>
          <a href={reportRoutes.issuance(cluster.id, year)} role={mayWrite ? 'button' : undefined}>
            {mayWrite ? t(reportText.writeIssuance) : t(reportText.issuanceHeading)}
          </a>
        </p>
      </section>
      <section aria-labelledby="sections">
        <h2 id="sections">{t(reportText.sectionsHeading)}</h2>
        <p>{mayWrite ? t(reportText.sectionsIntro) : t(reportText.readOnlySections)}</p>
        <p>
          <a href={reportRoutes.sections(cluster.id, year)} role={mayWrite ? 'button' : undefined}>
            {mayWrite ? t(reportText.writeSections) : t(reportText.sectionsHeading)}
          </a>
        </p>
      </section>
    </Layout>
  );
}
