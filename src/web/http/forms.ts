import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { FieldError } from '../../platform/errors/domain-error.js';
import { createValidationPipe } from '../../platform/validation/validation.pipe.js';

/** What a form posted, by field name (`successor.code` for a nested DTO field; repeated names give lists). */
export type FormValues = Record<string, string | string[] | undefined>;

/**
 * A form as it is shown: the values to put back in the fields (what the user typed, nothing lost)
 * and the errors next to their fields; `formError` is an error about the whole form (a conflict),
 * shown in the summary at the top.
 */
export interface FormState {
  values: FormValues;
  errors: FieldError[];
  formError?: LocalizedText;
}

export function formState(values: FormValues = {}, errors: FieldError[] = [], formError?: LocalizedText): FormState {
  return { values, errors, formError };
}

/** Only the posted fields with text values (never `__proto__` & co.), so that the form can be shown again. */
export function postedValues(body: unknown): FormValues {
  const values: FormValues = {};
  if (!body || typeof body !== 'object') return values;
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (typeof value === 'string') values[name] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) values[name] = value as string[];
  }
  return values;
}

/**
 * Turns posted text into the shape of an API body, field by field, so that the same DTO class
 * validates it with the same messages. Anything that is not what the field wants is passed on as
 * typed, for the validator to refuse with its message ("Phải là số nguyên.").
 */
export class FormReader {
  constructor(readonly values: FormValues) {}

  /** Text as typed ('' stays '': the DTO says whether it may be empty). */
  text(name: string): string | undefined {
    const value = this.values[name];
    return Array.isArray(value) ? value[0] : value;
  }

  /** Left empty means not sent. */
  optional(name: string): string | undefined {
    const value = this.text(name);
    return value === undefined || value.trim() === '' ? undefined : value;
  }

  /** Left empty means "none" (null). */
  nullable(name: string): string | null {
    return this.optional(name) ?? null;
  }

  integer(name: string): number | string | undefined {
    const value = this.optional(name)?.trim();
    return value !== undefined && /^-?\d{1,15}$/.test(value) ? Number(value) : value;
  }

  list(name: string): string[] {
    const value = this.values[name];
    if (value === undefined) return [];
    return (Array.isArray(value) ? value : [value]).filter((v) => v.trim() !== '');
  }

  checkbox(name: string): boolean {
    return this.values[name] !== undefined;
  }
}

const validation = createValidationPipe();

/** Validates a plain object as the API would validate the same body (throws RequestValidationError). */
export async function validateAs<T extends object>(dto: new () => T, plain: Record<string, unknown>): Promise<T> {
  return (await validation.transform(plain, { type: 'body', metatype: dto })) as T;
}

/** The id of the input of a field: `successor.code` → `f-successor-code`. */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
