import { SECTION_KEYS, type SectionKey } from '../../reports/cluster-year/cluster-year.facts.js';
import type { ClusterYearReport } from '../../reports/cluster-year/cluster-year.model.js';
import type { FormState } from '../http/forms.js';
import { formatDateTime } from '../layout/format.js';
import { Form, Hidden, SubmitButton, TextArea, valueOf } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { reportBreadcrumbs } from './cluster-report.page.js';
import { reportRoutes } from './report.routes.js';
import { REPORTS_CSS_URL } from './reports.stylesheet.js';
import { reportText, sectionHint, sectionName } from './reports.messages.js';

/** The section whose form is shown again: with what was typed, its errors, and after a conflict the saved text. */
export interface SectionAttempt {
  key: SectionKey;
  form: FormState;
  /** Someone saved meanwhile: the version to send now is the current one, and their text is shown beside. */
  conflict: boolean;
}

export interface ReportSectionsPageProps {
  report: ClusterYearReport;
  mayWrite: boolean;
  attempt?: SectionAttempt;
}

const sectionFormId = (key: SectionKey) => `section-${key}`;

/** The five sections of the summary report the secretariat writes, one form each. */
export function ReportSectionsPage({ report, mayWrite, attempt }: ReportSectionsPageProps) {
  const { t, locale } = usePage();
  const { cluster, year, sections } = report;
  return (
    <Layout title={t(reportText.sectionsHeading)} breadcrumbs={reportBreadcrumbs(report, t)}>
      <link rel="stylesheet" href={REPORTS_CSS_URL} />
      <p>{mayWrite ? t(reportText.sectionsIntro) : t(reportText.readOnlySections)}</p>
      {sections.updatedAt && (
        <p>
          <small>{t(reportText.lastSaved(sections.updatedBy ?? '—', formatDateTime(sections.updatedAt, locale)))}</small>
        </p>
      )}
      {SECTION_KEYS.map((key) =>
        mayWrite ? (
          <SectionForm key={key} report={report} section={key} attempt={attempt?.key === key ? attempt : undefined} />
        ) : (
          <section key={key} id={sectionFormId(key)} aria-labelledby={`${sectionFormId(key)}-title`}>
            <h2 id={`${sectionFormId(key)}-title`}>{t(sectionName(key))}</h2>
            <Paragraphs text={sections.texts[key]} empty={t(reportText.notWritten)} />
          </section>
        ),
      )}
      <p>
        <a href={reportRoutes.report(cluster.id, year)}>{t(reportText.backToReport)}</a>
      </p>
    </Layout>
  );
}

/** One section's form: a plain POST, shown again on the page with what was typed when it cannot be saved. */
export function SectionForm({ report, section, attempt }: { report: ClusterYearReport; section: SectionKey; attempt?: SectionAttempt }) {
  const { t, locale } = usePage();
  const { cluster, year, sections } = report;
  const id = sectionFormId(section);
  const action = reportRoutes.section(cluster.id, year, section);
  // After a conflict the form carries the current version: saving again replaces the text on purpose.
  const version = attempt && !attempt.conflict ? valueOf(attempt.form, 'version') : (sections.version ?? '');
  return (
    <section id={id} class="report-section">
      {/* The page shown again after a refusal opens at this form, even without JavaScript. */}
      <Form action={`${action}#${id}`} form={attempt?.form}>
        <TextArea
          form={attempt?.form}
          name={section}
          label={sectionName(section)}
          hint={sectionHint(section)}
          value={sections.texts[section]}
          rows={8}
        />
        <Hidden name="version" value={version} />
        <SubmitButton label={reportText.saveSection(sectionName(section))} />
      </Form>
      {attempt?.conflict && (
        <div class="notice their-text">
          <p>
            <strong>{t(reportText.theirText)}</strong>
          </p>
          {sections.updatedAt && (
            <p>
              <small>{t(reportText.lastSaved(sections.updatedBy ?? '—', formatDateTime(sections.updatedAt, locale)))}</small>
            </p>
          )}
          <Paragraphs text={sections.texts[section]} empty={t(reportText.theirTextEmpty)} />
        </div>
      )}
    </section>
  );
}

/** Text as the secretariat typed it: a paragraph a line. */
function Paragraphs({ text, empty }: { text: string | null; empty: string }) {
  if (!text) return <p class="empty-state">{empty}</p>;
  return (
    <div lang="vi">
      {text.split('\n').map((line, index) => (
        <p key={index}>{line}</p>
      ))}
    </div>
  );
}
