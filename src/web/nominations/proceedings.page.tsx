import type { Page } from '../../platform/pagination/page.js';
import { PROCEEDING_KINDS } from '../../nominations/nominees/proceeding.rules.js';
import type { ProceedingView } from '../../nominations/nominees/proceeding.dto.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { FormState } from '../http/forms.js';
import { formatDate } from '../layout/format.js';
import { DateField, Form, SelectField, SubmitButton, TextArea, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { NOMINATION_PAGES as M, PROCEEDING_KIND_NAMES } from './nominations.messages.js';
import { PagedTable, RadioGroup } from './ui.js';

export interface ProceedingFilters {
  kind?: string;
  organizationId?: string;
  pendingOn?: string;
}

/** Việc xem xét kỷ luật, điều tra, thanh tra, khiếu nại: what bars a nomination while it runs. */
export function ProceedingsPage({
  proceedings,
  filters,
  units,
}: {
  proceedings: Page<ProceedingView>;
  filters: ProceedingFilters;
  units: readonly UnitView[];
}) {
  const { t, locale } = usePage();
  const unitName = (id: string) => units.find((u) => u.id === id)?.shortName ?? id;
  const kinds = PROCEEDING_KINDS.map((kind) => ({ value: kind, label: t(PROCEEDING_KIND_NAMES[kind]) }));
  return (
    <Layout title={t(M.proceedings)} breadcrumbs={[{ href: '/reviews', label: t(M.reviewQueue) }]}>
      <p>{t(M.proceedingsLead)}</p>
      <p>
        <a href="/proceedings/new" role="button">
          {t(M.newProceeding)}
        </a>
      </p>
      <Form method="get" action="/proceedings" class="filters">
        <div class="grid">
          <SelectField name="kind" label={M.proceedingKind} placeholder={M.anyProceedingKind} value={filters.kind} choices={kinds} />
          <SelectField
            name="organizationId"
            label={M.unit}
            placeholder={M.anyUnit}
            value={filters.organizationId}
            choices={units.map((u) => ({ value: u.id, label: u.shortName }))}
          />
          <DateField name="pendingOn" label={M.pendingOn} value={filters.pendingOn} />
        </div>
        <SubmitButton label={M.filter} secondary />
      </Form>
      <PagedTable
        page={proceedings}
        empty={M.noProceedings}
        columns={[M.proceedingKind, M.unit, M.individual, M.startedOn, M.endedOn, M.reference]}
        row={(p) => (
          <>
            <td>{t(PROCEEDING_KIND_NAMES[p.kind])}</td>
            <td>{unitName(p.organizationId)}</td>
            <td>{p.person ? `${p.person.fullName} (${p.person.birthYear})` : '—'}</td>
            <td>{formatDate(p.startedOn, locale)}</td>
            <td>{p.endedOn ? formatDate(p.endedOn, locale) : t(M.ongoing)}</td>
            <td>{p.reference ?? '—'}</td>
          </>
        )}
      />
    </Layout>
  );
}

export function NewProceedingPage({ units, form }: { units: readonly UnitView[]; form?: FormState }) {
  const { t } = usePage();
  return (
    <Layout title={t(M.newProceeding)} breadcrumbs={[{ href: '/proceedings', label: t(M.proceedings) }]}>
      <Form action="/proceedings" form={form}>
        <RadioGroup
          form={form}
          name="kind"
          legend={M.proceedingKind}
          choices={PROCEEDING_KINDS.map((kind) => ({ value: kind, label: t(PROCEEDING_KIND_NAMES[kind]) }))}
        />
        <SelectField
          form={form}
          name="organizationId"
          label={M.proceedingUnit}
          placeholder={M.chooseUnit}
          choices={units.map((u) => ({ value: u.id, label: u.fullName }))}
          required
        />
        <fieldset class="person">
          <legend>{t(M.personOptional)}</legend>
          <TextField form={form} name="person.fullName" label={M.fullName} />
          <TextField form={form} name="person.birthYear" label={M.birthYear} inputAttributes={{ inputmode: 'numeric', maxlength: '4' }} />
        </fieldset>
        <DateField form={form} name="startedOn" label={M.startedOn} required />
        <DateField form={form} name="endedOn" label={M.endedOn} hint={M.endedOnHint} />
        <TextField form={form} name="reference" label={M.reference} />
        <TextArea form={form} name="note" label={M.note} rows={3} />
        <SubmitButton label={M.save} />
      </Form>
    </Layout>
  );
}
