import type { FieldError } from '../../platform/errors/domain-error.js';
import { fieldId } from '../http/forms.js';
import { Form } from '../layout/forms.js';
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
export function ActionButton({ action, label, kind, hidden }: { action: string; label: string; kind?: string; hidden?: Record<string, string> }) {
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
