import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import type { FieldError } from '../errors/domain-error.js';
import { RequestValidationError } from '../errors/platform.errors.js';
import { text } from '../i18n/locale.js';

/** Exactly four digits: `0x7E7`, `2023 ` or `2.023e3` are not 2023. */
const YEAR = /^\d{4}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const YEAR_MESSAGE = text('Năm phải gồm đúng 4 chữ số (ví dụ 2023).', 'A year is exactly four digits (e.g. 2023).');
const ID_MESSAGE = text('Phải là mã định danh (UUID) hợp lệ.', 'Must be a valid UUID.');

/** What a parameter's name says it must be: `year` four digits, `id` and `…Id` a UUID. */
function problemWith(name: string, value: unknown): FieldError | undefined {
  if (name === 'year') return typeof value === 'string' && YEAR.test(value) ? undefined : { field: name, message: YEAR_MESSAGE };
  if (name === 'id' || name.endsWith('Id')) {
    return typeof value === 'string' && UUID.test(value) ? undefined : { field: name, message: ID_MESSAGE };
  }
  return undefined;
}

/**
 * Global, before the validation pipe: every path parameter named `year`, `id` or `…Id`, on every
 * route (whether read one by one or as a params object), and a `year` in the query string, are
 * checked here once, before any DTO converts them, so no route can forget one.
 */
@Injectable()
export class StrictParamsPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'param' && metadata.type !== 'query') return value;
    const entries: [string, unknown][] = metadata.data
      ? [[metadata.data, value]]
      : Object.entries(value !== null && typeof value === 'object' ? value : {});
    const checked = metadata.type === 'param' ? entries : entries.filter(([name, raw]) => name === 'year' && raw !== undefined);
    const errors = checked.flatMap(([name, raw]) => problemWith(name, raw) ?? []);
    if (errors.length > 0) throw new RequestValidationError(errors);
    return value;
  }
}
