import type { LocalizedText } from '../../platform/i18n/locale.js';
import { ORGANIZATION_KINDS } from '../../registry/organizations/organization.rules.js';
import type { FormState, FormValues } from '../http/forms.js';
import { CheckboxGroup, DateField, Form, HiddenFields, SelectField, SubmitButton, TextField, type Choice } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { navText } from '../web.messages.js';
import { ORGANIZATION_KIND_LABELS, mergersText, organizationsText } from './registry.messages.js';

export interface MergerFormProps {
  form?: FormState;
  units: Choice[];
  clusters: Choice[];
  /** Units ticked when the form opens (from a unit's page). */
  preselected?: string[];
}

/** Step 1: what merges into what, from when. Nothing is written until the preview is confirmed. */
export function MergerFormPage({ form, units, clusters, preselected }: MergerFormProps) {
  const { t } = usePage();
  const kinds = ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(ORGANIZATION_KIND_LABELS[kind]) }));
  return (
    <Layout title={t(mergersText.title)} breadcrumbs={[{ href: '/organizations', label: t(navText.organizations) }]}>
      <p>{t(mergersText.lead)}</p>
      <Form action="/mergers/preview" form={form}>
        <CheckboxGroup form={form} name="sourceIds" legend={mergersText.sources} choices={units} checked={preselected} />
        <fieldset>
          <legend>{t(mergersText.successor)}</legend>
          <SelectField
            form={form}
            name="successor.id"
            label={mergersText.existingSuccessor}
            hint={mergersText.existingHint}
            choices={units}
            placeholder={mergersText.noExisting}
          />
          <h3>{t(mergersText.newSuccessor)}</h3>
          <TextField
            form={form}
            name="successor.code"
            label={organizationsText.code}
            hint={organizationsText.codeHint}
            autocomplete="off"
          />
          <TextField form={form} name="successor.fullName" label={organizationsText.name} />
          <TextField form={form} name="successor.shortName" label={organizationsText.shortName} />
          <SelectField
            form={form}
            name="successor.kind"
            label={organizationsText.kind}
            choices={kinds}
            placeholder={organizationsText.chooseKind}
          />
          <TextField form={form} name="successor.province" label={organizationsText.province} />
        </fieldset>
        <DateField form={form} name="effectiveDate" label={mergersText.effectiveDate} hint={mergersText.effectiveHint} required />
        <TextField form={form} name="legalBasis" label={mergersText.legalBasis} hint={mergersText.legalBasisHint} />
        <CheckboxGroup form={form} name="successorClusterIds" legend={mergersText.successorClusters} choices={clusters} />
        <small class="hint">{t(mergersText.successorClustersHint)}</small>
        <SubmitButton label={mergersText.preview} />
      </Form>
    </Layout>
  );
}

/** Step 2: the effect in plain words, then confirm (the same fields, posted to the merger) or go back. */
export function MergerPreviewPage({ effects, values }: { effects: LocalizedText[]; values: FormValues }) {
  const { t } = usePage();
  return (
    <Layout title={t(mergersText.previewTitle)} breadcrumbs={[{ href: '/organizations', label: t(navText.organizations) }]}>
      <p class="notice">{t(mergersText.previewLead)}</p>
      <ul class="effects">
        {effects.map((effect, index) => (
          <li key={index}>{t(effect)}</li>
        ))}
        <li>{t(mergersText.pastYears)}</li>
      </ul>
      <Form action="/mergers">
        <HiddenFields values={values} />
        <div class="grid">
          <SubmitButton label={mergersText.confirm} />
          <button type="submit" class="secondary" formaction="/mergers/preview" name="step" value="edit">
            {t(mergersText.change)}
          </button>
        </div>
      </Form>
    </Layout>
  );
}
