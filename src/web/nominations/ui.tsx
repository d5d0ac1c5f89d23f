import type { ComponentChildren } from 'preact';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { fieldId, type FormState } from '../http/forms.js';
import { valueOf } from '../layout/forms.js';
import { usePage } from '../layout/page-context.js';

/** A titled part of a page, labelled by its heading. */
export function Section({ title, children, id }: { title: string; children: ComponentChildren; id: string }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * One choice among a few, as radios under a legend, with its hint and error (the group has the
 * field's id, so the error summary's link lands on it).
 */
export function RadioGroup(props: {
  form?: FormState;
  name: string;
  legend: LocalizedText | string;
  hint?: LocalizedText;
  choices: readonly { value: string; label: string }[];
  value?: string | null;
  /** The legend visible only to screen readers (a table row already names it). */
  hiddenLegend?: boolean;
  inline?: boolean;
}) {
  const { t } = usePage();
  const { form, name, legend, hint, choices, value, hiddenLegend, inline } = props;
  const id = fieldId(name);
  const errors = form?.errors.filter((e) => e.field === name) ?? [];
  const selected = valueOf(form, name, value);
  const describedBy = [hint && `${id}-hint`, errors.length > 0 && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      id={id}
      class={['field', errors.length > 0 && 'field-error', inline && 'inline-choices'].filter(Boolean).join(' ')}
      aria-describedby={describedBy}
    >
      <legend class={hiddenLegend ? 'visually-hidden' : undefined}>{typeof legend === 'string' ? legend : t(legend)}</legend>
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
      {choices.map((choice) => (
        <label key={choice.value}>
          <input type="radio" name={name} value={choice.value} checked={choice.value === selected} /> {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
