import { randomUUID } from 'node:crypto';
import type { ComponentChildren } from 'preact';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { IDEMPOTENCY_FIELD } from '../../platform/idempotency/idempotency.rules.js';
import { CSRF_FIELD } from '../../platform/security/csrf.js';
import { fieldId, type FormState, type FormValues } from '../http/forms.js';
import { formText } from '../web.messages.js';
import { usePage } from './page-context.js';

export interface FormProps {
  action: string;
  /** The form as posted, with its errors; omit for a fresh form. */
  form?: FormState;
  /** `get` for search forms (no CSRF field, no error summary). */
  method?: 'post' | 'get';
  children: ComponentChildren;
  class?: string;
  id?: string;
  /** Extra attributes, e.g. htmx ones: `{ 'hx-get': '/x', 'hx-target': '#y' }`. */
  attributes?: Record<string, string>;
  /** Names the row and column of a field in the error summary (a table form: "Tiêu chí 2.1 – Điểm tối đa"). */
  fieldLabel?: FieldLabel;
}

/** The words that say where a field is, already in the page's language; undefined when the message says enough. */
export type FieldLabel = (field: string) => string | undefined;

/**
 * A form that works without JavaScript: POST with the CSRF token and an idempotency key of its own
 * (a double submit writes once, see WebPages.submit), the error summary at the top (GOV.UK style:
 * each error links to its field). Fields inside read the same `form`.
 */
export function Form({ action, form, method = 'post', children, class: className, id, attributes, fieldLabel }: FormProps) {
  const { csrfToken } = usePage();
  return (
    <form method={method} action={action} class={className} id={id} novalidate {...attributes}>
      {method === 'post' && <input type="hidden" name={CSRF_FIELD} value={csrfToken} />}
      {method === 'post' && <input type="hidden" name={IDEMPOTENCY_FIELD} value={randomUUID()} />}
      {form && <ErrorSummary form={form} fieldLabel={fieldLabel} />}
      {children}
    </form>
  );
}

/** The list of what is wrong, at the top of the form, focused first by screen readers. */
export function ErrorSummary({ form, fieldLabel }: { form: FormState; fieldLabel?: FieldLabel }) {
  const { t } = usePage();
  if (form.errors.length === 0 && !form.formError) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{t(formText.errorSummaryTitle)}</h2>
      <ul>
        {form.formError && <li>{t(form.formError)}</li>}
        {form.errors.map((error, index) => (
          <li key={`${error.field}-${index}`}>
            <a href={`#${fieldId(error.field)}`}>{summaryEntry(fieldLabel?.(error.field), t(error.message))}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Tiêu chí 2.1 – Điểm tối đa: Không được để trống." (the message alone without a label). */
export function summaryEntry(label: string | undefined, message: string): string {
  return label ? `${label}: ${message}` : message;
}

interface FieldProps {
  form?: FormState;
  name: string;
  label: LocalizedText;
  hint?: LocalizedText;
  required?: boolean;
}

/** The label, hint and error of one field around its input; the ids tie them together for screen readers. */
function Field({
  form,
  name,
  label,
  hint,
  required,
  children,
}: FieldProps & { children: (a11y: Record<string, string | boolean | undefined>) => ComponentChildren }) {
  const { t } = usePage();
  const id = fieldId(name);
  const errors = form?.errors.filter((e) => e.field === name) ?? [];
  const describedBy = [hint && `${id}-hint`, errors.length > 0 && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={errors.length > 0 ? 'field field-error' : 'field'}>
      <label for={id}>
        {t(label)} {required && <span class="required-mark">{t(formText.required)}</span>}
      </label>
      <FieldNotes id={id} hint={hint} errors={errors} />
      {children({ id, name, 'aria-invalid': errors.length > 0 ? 'true' : undefined, 'aria-describedby': describedBy, required })}
    </div>
  );
}

/** A field's hint and errors, with the ids its input or group points at (`aria-describedby`). */
export function FieldNotes({ id, hint, errors }: { id: string; hint?: LocalizedText; errors: readonly FormState['errors'][number][] }) {
  const { t } = usePage();
  return (
    <>
      {hint && (
        <small id={`${id}-hint`} class="hint">
          {t(hint)}
        </small>
      )}
      {errors.length > 0 && (
        <small id={`${id}-error`} class="error-message">
          {errors.map((e) => t(e.message)).join(' ')}
        </small>
      )}
    </>
  );
}

/** The value to show: what was posted, else the record's current value. */
export function valueOf(form: FormState | undefined, name: string, current?: string | number | null): string {
  const posted = form?.values[name];
  if (posted !== undefined) return Array.isArray(posted) ? (posted[0] ?? '') : posted;
  return current === undefined || current === null ? '' : String(current);
}

export function TextField(
  props: FieldProps & {
    value?: string | number | null;
    type?: 'text' | 'password' | 'date' | 'number' | 'email' | 'search';
    autocomplete?: string;
    inputAttributes?: Record<string, string>;
  },
) {
  const { form, name, value, type = 'text', autocomplete, inputAttributes } = props;
  return (
    <Field {...props}>
      {(a11y) => {
        // Never send a password back to the browser, not even the one just typed.
        const input: Record<string, unknown> = {
          type,
          value: type === 'password' ? '' : valueOf(form, name, value),
          autocomplete,
          ...a11y,
          ...inputAttributes,
        };
        return <input {...input} />;
      }}
    </Field>
  );
}

/** A day, typed or picked in the browser's calendar (`yyyy-mm-dd` on the wire, whatever the browser shows). */
export function DateField(props: FieldProps & { value?: string | null }) {
  return <TextField {...props} type="date" />;
}

export function TextArea(props: FieldProps & { value?: string | null; rows?: number }) {
  const { form, name, value, rows = 5 } = props;
  return (
    <Field {...props}>
      {(a11y) => (
        <textarea rows={rows} {...a11y}>
          {valueOf(form, name, value)}
        </textarea>
      )}
    </Field>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField(props: FieldProps & { value?: string | null; choices: Choice[]; placeholder?: LocalizedText }) {
  const { form, name, value, choices, placeholder } = props;
  const { t } = usePage();
  const selected = valueOf(form, name, value);
  return (
    <Field {...props}>
      {(a11y) => (
        <select {...a11y}>
          {placeholder && <option value="">{t(placeholder)}</option>}
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value} selected={choice.value === selected}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Several choices as checkboxes under one legend (roles, units of a merger). */
export function CheckboxGroup(props: { form?: FormState; name: string; legend: LocalizedText; choices: Choice[]; checked?: string[] }) {
  const { form, name, legend, choices, checked = [] } = props;
  const { t } = usePage();
  const posted = form?.values[name];
  const selected = posted === undefined ? (form ? [] : checked) : Array.isArray(posted) ? posted : [posted];
  const errors = form?.errors.filter((e) => e.field === name || e.field.startsWith(`${name}.`)) ?? [];
  const id = fieldId(name);
  return (
    <fieldset
      id={id}
      class={errors.length > 0 ? 'field field-error' : 'field'}
      aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
    >
      <legend>{t(legend)}</legend>
      {errors.length > 0 && (
        <small id={`${id}-error`} class="error-message">
          {errors.map((e) => t(e.message)).join(' ')}
        </small>
      )}
      {choices.map((choice) => (
        <label key={choice.value}>
          <input type="checkbox" name={name} value={choice.value} checked={selected.includes(choice.value)} /> {choice.label}
        </label>
      ))}
    </fieldset>
  );
}

export function Hidden({ name, value }: { name: string; value: string | number }) {
  return <input type="hidden" name={name} value={String(value)} />;
}

export function SubmitButton({ label, secondary }: { label: LocalizedText; secondary?: boolean }) {
  const { t } = usePage();
  return (
    <button type="submit" class={secondary ? 'secondary' : undefined}>
      {t(label)}
    </button>
  );
}

/**
 * Posted values carried on as hidden inputs, one per value (lists repeat the name): a preview's
 * confirmation, or a form kept through a sign-in (`prefix` `_pending` gives `_pending[name]`).
 */
export function HiddenFields({ values, prefix }: { values?: FormValues; prefix?: string }) {
  if (!values) return null;
  return (
    <>
      {Object.entries(values).flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [value ?? '']).map((item, index) => (
          <input key={`${name}-${index}`} type="hidden" name={prefix ? `${prefix}[${name}]` : name} value={item} />
        )),
      )}
    </>
  );
}
