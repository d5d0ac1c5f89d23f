import type { ClusterYearReport } from '../../reports/cluster-year/cluster-year.model.js';
import { ISSUANCE_SCOPES, type IssuanceRecord, type IssuanceScope, SIGNING_CAPACITIES } from '../../reports/issuance/issuance.rules.js';
import type { FormState } from '../http/forms.js';
import { DateField, Form, Hidden, SelectField, SubmitButton, TextField, valueOf } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { reportBreadcrumbs } from './cluster-report.page.js';
import { reportRoutes } from './report.routes.js';
import { REPORTS_CSS_URL } from './reports.stylesheet.js';
import { reportText } from './reports.messages.js';

/** The form shown again, with what was typed and its errors. */
export interface IssuanceAttempt {
  scope: IssuanceScope;
  form: FormState;
  /** Someone saved meanwhile: the version to send now is the current one. */
  conflict: boolean;
}

export interface ReportIssuancePageProps {
  report: ClusterYearReport;
  mayWrite: boolean;
  /** The record shown: the year's, or one document's. */
  scope: IssuanceScope;
  attempt?: IssuanceAttempt;
}

/** Who issues and signs the year's documents: the year's record, or one document's where it differs, one at a time. */
export function ReportIssuancePage({ report, mayWrite, scope, attempt }: ReportIssuancePageProps) {
  const { t } = usePage();
  const { cluster, year } = report;
  return (
    <Layout title={t(reportText.issuanceHeading)} breadcrumbs={reportBreadcrumbs(report, t)}>
      <link rel="stylesheet" href={REPORTS_CSS_URL} />
      <p>{mayWrite ? t(reportText.issuanceIntro) : t(reportText.readOnlySections)}</p>
      <nav aria-label={t(reportText.issuanceHeading)}>
        <ul>
          {ISSUANCE_SCOPES.map((each) => (
            <li key={each}>
              <a href={reportRoutes.issuanceForm(cluster.id, year, each)} aria-current={each === scope ? 'page' : undefined}>
                {t(reportText.issuanceScope(each))}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <IssuanceForm report={report} scope={scope} mayWrite={mayWrite} attempt={attempt?.scope === scope ? attempt : undefined} />
      <p>
        <a href={reportRoutes.report(cluster.id, year)}>{t(reportText.backToReport)}</a>
      </p>
    </Layout>
  );
}

function IssuanceForm({
  report,
  scope,
  mayWrite,
  attempt,
}: {
  report: ClusterYearReport;
  scope: IssuanceScope;
  mayWrite: boolean;
  attempt?: IssuanceAttempt;
}) {
  const { t } = usePage();
  const { cluster, year } = report;
  const record: Partial<IssuanceRecord> = report.issuance.records.find((r) => r.scope === scope) ?? {};
  const form = attempt?.form;
  const id = `issuance-${scope}`;
  const oneDocument = scope !== 'year';
  const cites = scope === 'year' || scope === 'flag-proposal';
  return (
    <section id={id} class="report-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(reportText.issuanceScope(scope))}</h2>
      <Form action={reportRoutes.issuanceScope(cluster.id, year, scope)} form={form}>
        <fieldset disabled={!mayWrite}>
          <TextField
            form={form}
            name="issuingBody"
            label={reportText.issuingBody}
            hint={reportText.issuingBodyHint}
            value={record.issuingBody}
          />
          <TextField form={form} name="superiorBody" label={reportText.superiorBody} value={record.superiorBody} />
          <TextField form={form} name="place" label={reportText.place} value={record.place} />
          <TextField form={form} name="symbol" label={reportText.symbol} hint={reportText.symbolHint} value={record.symbol} />
          {oneDocument && <TextField form={form} name="number" type="number" label={reportText.number} value={record.number} />}
          {oneDocument && <DateField form={form} name="issuedOn" label={reportText.issuedOn} value={record.issuedOn} />}
          <SelectField
            form={form}
            name="capacity"
            label={reportText.capacity}
            value={record.capacity}
            placeholder={reportText.capacityNone}
            choices={SIGNING_CAPACITIES.map((capacity) => ({ value: capacity, label: `${capacity}.` }))}
          />
          <TextField
            form={form}
            name="signingFor"
            label={reportText.signingFor}
            hint={reportText.signingForHint}
            value={record.signingFor}
          />
          <TextField form={form} name="signerTitle" label={reportText.signerTitle} value={record.signerTitle} />
          <TextField form={form} name="signerName" label={reportText.signerName} value={record.signerName} />
          {cites && <TextField form={form} name="regulation" label={reportText.regulation} value={record.regulation} />}
          <Hidden name="version" value={attempt && !attempt.conflict ? valueOf(form, 'version') : (record.version ?? '')} />
          {mayWrite && <SubmitButton label={reportText.saveIssuance} />}
        </fieldset>
      </Form>
    </section>
  );
}
