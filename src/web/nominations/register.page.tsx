import { isStaff } from '../../access/policies/access.rules.js';
import { amountText } from '../../platform/numbers/ratio.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { Page } from '../../platform/pagination/page.js';
import { formatDate } from '../../platform/time/calendar.js';
import type { AwardTypeView } from '../../nominations/award-types/award-type.dto.js';
import type { ImportReport } from '../../nominations/register/register-import.dto.js';
import type { RegisterEntryView } from '../../nominations/register/register.dto.js';
import { CSRF_FIELD } from '../../platform/security/csrf.js';
import type { FormState } from '../http/forms.js';
import { ErrorSummary, Form, SelectField, SubmitButton, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';
import { AwardTypeFilter, PagedTable, YearFilter } from './ui.js';

export interface RegisterFilters {
  personName?: string;
  birthYear?: number;
  year?: number;
  awardTypeId?: string;
  recipientKind?: string;
}

export function RegisterTable({ entries, empty }: { entries: Page<RegisterEntryView>; empty: LocalizedText }) {
  const { t, locale } = usePage();
  return (
    <PagedTable
      page={entries}
      empty={empty}
      columns={[M.registerNumber, M.recipient, M.awardType, M.year, M.decision, M.cash]}
      row={(e) => (
        <>
          <td>{e.registerNumber ?? '—'}</td>
          <td>
            {e.recipient.person
              ? `${e.recipient.person.fullName} (${e.recipient.person.birthYear}), ${e.recipient.organization.shortName}`
              : e.recipient.organization.fullName}
          </td>
          <td>{t(e.awardType.name)}</td>
          <td>{e.year}</td>
          <td>
            {e.decision.id ? <a href={`/award-decisions/${e.decision.id}`}>{e.decision.reference}</a> : e.decision.reference}
            {e.decision.date ? ` (${formatDate(e.decision.date, locale)})` : ''}
          </td>
          <td>{e.cash ? `${t(amountText(e.cash.amountVnd))} đ` : '—'}</td>
        </>
      )}
    />
  );
}

/** Sổ khen thưởng searched by person, year of birth, award, year or kind of recipient. */
export function RegisterPage({
  entries,
  filters,
  awardTypes,
  years,
}: {
  entries: Page<RegisterEntryView>;
  filters: RegisterFilters;
  awardTypes: readonly AwardTypeView[];
  years: readonly number[];
}) {
  const { t, user } = usePage();
  return (
    <Layout title={t(M.register)}>
      {/* Importing past years is VUSTA staff's work (the route is staff-only). */}
      {user && isStaff(user.actor) && (
        <p>
          <a href="/award-register/import">{t(M.importRegister)}</a>
        </p>
      )}
      <Form method="get" action="/award-register" class="filters">
        <div class="grid">
          <TextField name="personName" type="search" label={M.personName} value={filters.personName} />
          <TextField
            name="birthYear"
            label={M.birthYear}
            value={filters.birthYear}
            inputAttributes={{ inputmode: 'numeric', maxlength: '4' }}
          />
          <YearFilter years={years} value={filters.year} />
          <AwardTypeFilter awardTypes={awardTypes} value={filters.awardTypeId} />
          <SelectField
            name="recipientKind"
            label={M.recipientKind}
            placeholder={M.anyKind}
            value={filters.recipientKind}
            choices={[
              { value: 'collective', label: t(M.collective) },
              { value: 'individual', label: t(M.individual) },
            ]}
          />
        </div>
        <SubmitButton label={M.search} secondary />
      </Form>
      <RegisterTable entries={entries} empty={M.noEntries} />
    </Layout>
  );
}

/** Nhập sổ khen thưởng of past years, and the row-by-row report of the import just made. */
export function RegisterImportPage({
  columns,
  report,
  form,
}: {
  columns: readonly string[];
  report: ImportReport | null;
  form?: FormState;
}) {
  const { t, csrfToken } = usePage();
  return (
    <Layout title={t(M.importRegister)} breadcrumbs={[{ href: '/award-register', label: t(M.register) }]}>
      {form && <ErrorSummary form={form} />}
      <form method="post" action={`/award-register/import?${CSRF_FIELD}=${encodeURIComponent(csrfToken)}`} enctype="multipart/form-data">
        <div class="field">
          <label for="f-file">{t(M.importFile)}</label>
          <small id="f-file-hint" class="hint">
            {t(M.importColumns(columns.join(', ')))}
          </small>
          <input id="f-file" name="file" type="file" required accept=".xlsx,.csv" aria-describedby="f-file-hint" />
        </div>
        <button type="submit">{t(M.importRun)}</button>
      </form>
      {report && (
        <section aria-labelledby="report-title" id="import-report">
          <h2 id="report-title">{report.fileName}</h2>
          <p role="status">
            <strong>{t(M.importReport(report.accepted, report.refused, report.rowsRead))}</strong>
          </p>
          <div class="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t(M.row)}</th>
                  <th scope="col">{t(M.outcome)}</th>
                  <th scope="col">{t(M.reasonsColumn)}</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((r) => (
                  <tr key={r.row} class={r.accepted ? 'row-accepted' : 'row-refused'}>
                    <td>{r.row}</td>
                    <td>{t(r.accepted ? M.rowAccepted : M.rowRefused)}</td>
                    <td>{r.reasons.map((reason) => t(reason)).join(' ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </Layout>
  );
}
