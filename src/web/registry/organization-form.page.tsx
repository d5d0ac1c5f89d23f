import { ORGANIZATION_KINDS } from '../../registry/organizations/organization.rules.js';
import type { OrganizationDetail } from '../../registry/organizations/organization.dto.js';
import type { FormState } from '../http/forms.js';
import { DateField, Form, Hidden, SelectField, SubmitButton, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { formText, navText } from '../web.messages.js';
import { ORGANIZATION_KIND_LABELS, organizationsText } from './registry.messages.js';

function useKindChoices() {
  const { t } = usePage();
  return ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(ORGANIZATION_KIND_LABELS[kind]) }));
}

/** A new unit (POST /api/v1/organizations): code, kind, names, province, the day it started. */
export function NewOrganizationPage({ form }: { form?: FormState }) {
  const { t } = usePage();
  return (
    <Layout title={t(organizationsText.newUnit)} breadcrumbs={[{ href: '/organizations', label: t(navText.organizations) }]}>
      <Form action="/organizations" form={form}>
        <TextField form={form} name="code" label={organizationsText.code} hint={organizationsText.codeHint} autocomplete="off" required />
        <SelectField
          form={form}
          name="kind"
          label={organizationsText.kind}
          choices={useKindChoices()}
          placeholder={organizationsText.chooseKind}
          required
        />
        <TextField form={form} name="fullName" label={organizationsText.name} hint={organizationsText.fullNameHint} required />
        <TextField form={form} name="shortName" label={organizationsText.shortName} required />
        <TextField form={form} name="province" label={organizationsText.province} hint={organizationsText.provinceHint} />
        <DateField form={form} name="activeFrom" label={organizationsText.activeFrom} hint={organizationsText.activeFromHint} required />
        <SubmitButton label={organizationsText.create} />
      </Form>
    </Layout>
  );
}

export interface EditOrganizationPageProps {
  unit: OrganizationDetail;
  /** The form that was posted, if any, with its errors; the other form shows the record. */
  details?: FormState;
  rename?: FormState;
}

/** Two small forms, each one service call: kind and province (PATCH), and a new name from a date. */
export function EditOrganizationPage({ unit, details, rename }: EditOrganizationPageProps) {
  const { t } = usePage();
  return (
    <Layout
      title={t(organizationsText.editTitle(unit.shortName))}
      breadcrumbs={[
        { href: '/organizations', label: t(navText.organizations) },
        { href: `/organizations/${unit.id}`, label: unit.shortName },
      ]}
    >
      <section aria-labelledby="details-form">
        <h2 id="details-form">{t(organizationsText.detailsForm)}</h2>
        <Form action={`/organizations/${unit.id}`} form={details}>
          <Hidden name="version" value={unit.version} />
          <SelectField form={details} name="kind" label={organizationsText.kind} value={unit.kind} choices={useKindChoices()} required />
          <TextField
            form={details}
            name="province"
            label={organizationsText.province}
            hint={organizationsText.provinceHint}
            value={unit.province}
          />
          <SubmitButton label={formText.save} />
        </Form>
      </section>
      <section aria-labelledby="rename-form">
        <h2 id="rename-form">{t(organizationsText.renameForm)}</h2>
        <p>{t(organizationsText.renameLead)}</p>
        <Form action={`/organizations/${unit.id}/names`} form={rename}>
          <TextField form={rename} name="fullName" label={organizationsText.newFullName} value={unit.fullName} required />
          <TextField form={rename} name="shortName" label={organizationsText.newShortName} value={unit.shortName} required />
          <DateField form={rename} name="validFrom" label={organizationsText.validFrom} hint={organizationsText.validFromHint} required />
          <SubmitButton label={organizationsText.rename} />
        </Form>
      </section>
    </Layout>
  );
}
