import type { FieldError } from '../../platform/errors/domain-error.js';
import { fieldId } from '../http/forms.js';
import type { ComponentChildren } from 'preact';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { FormState } from '../http/forms.js';
import { Form, SelectField, SubmitButton } from '../layout/forms.js';
import { MEETING_PAGES } from './meetings.messages.js';
import { usePage } from '../layout/page-context.js';

/** The error of a field laid out by hand (a table cell), tied to its input like the layout's fields. */
export function FieldMessage({ errors, name }: { errors: readonly FieldError[]; name: string }) {
  const { t } = usePage();
  const found = errors.filter((error) => error.field === name);
  if (found.length === 0) return null;
  return (
    <small class="error-message" id={`${fieldId(name)}-error`}>
      {found.map((error) => t(error.message)).join(' ')}
    </small>
  );
}

/** The attributes that tie a hand-laid input to its error. */
export function invalidAttributes(errors: readonly FieldError[], name: string): Record<string, string | undefined> {
  const invalid = errors.some((error) => error.field === name);
  return { 'aria-invalid': invalid ? 'true' : undefined, 'aria-describedby': invalid ? `${fieldId(name)}-error` : undefined };
}

/** One button that posts (open a round, finalize…): a form of its own, so that it works without script. */
export function ActionButton({
  action,
  label,
  kind,
  hidden,
}: {
  action: string;
  label: string;
  kind?: string;
  hidden?: Record<string, string>;
}) {
  return (
    <Form action={action} class="inline-form">
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class={kind}>
        {label}
      </button>
    </Form>
  );
}

/** A table of inputs under one legend (attendance, guests), with its hint and its own error. */
export function TableFieldset(props: {
  name: string;
  legend: LocalizedText;
  hint: LocalizedText;
  errors: readonly FieldError[];
  children: ComponentChildren;
}) {
  const { t } = usePage();
  return (
    <fieldset id={fieldId(props.name)}>
      <legend>{t(props.legend)}</legend>
      <small class="hint">{t(props.hint)}</small>
      <FieldMessage errors={props.errors} name={props.name} />
      <div class="table-scroll">{props.children}</div>
    </fieldset>
  );
}

/** The buttons under a form: send it, or go back without sending. */
export function FormActions({ submit, back }: { submit: LocalizedText; back: string }) {
  const { t } = usePage();
  return (
    <div class="actions">
      <SubmitButton label={submit} />
      <a href={back} role="button" class="secondary">
        {t(MEETING_PAGES.cancel)}
      </a>
    </div>
  );
}

/** One unit among the cluster's members, or none (the placeholder). */
export function UnitSelect(props: {
  form: FormState;
  name: string;
  label: LocalizedText;
  value: string;
  placeholder: LocalizedText;
  units: readonly UnitView[];
}) {
  const { units, ...field } = props;
  return <SelectField {...field} choices={units.map((unit) => ({ value: unit.id, label: unit.shortName }))} />;
}
