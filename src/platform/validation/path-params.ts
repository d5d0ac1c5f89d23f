import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID, ValidationError } from 'class-validator';
import { MalformedPathIdError } from '../errors/platform.errors.js';
import { toFieldErrors } from './validation-messages.js';

/**
 * Plain decimal digits without a leading zero: `0x7E7`, `2023 `, `2.023e3`, `+2023` or `02023` are not
 * 2023, though `Number()` reads them so. (A number of other length, like `23`, goes on as it is, and
 * the year validator says it is out of range.)
 */
const YEAR = /^[1-9]\d*$/;
/** Handed on in place of a year that is not plain digits: no year validator accepts it. */
const NOT_A_YEAR = 'NaN';

/** An empty value is a field left blank (a page's filter form sends `year=`): the route decides what blank means. */
function strictYear(value: unknown): unknown {
  return typeof value === 'string' && value !== '' && !YEAR.test(value) ? NOT_A_YEAR : value;
}

/**
 * Global, before the validation pipe: every `year` of a path or query string, on every route, is
 * taken only as plain digits. Anything else goes on as a value the route's year validator refuses,
 * so the error reads like every other bad year and comes with the request's other field errors.
 */
@Injectable()
export class StrictYearPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'param' && metadata.type !== 'query') return value;
    if (metadata.data) return metadata.data === 'year' ? strictYear(value) : value;
    if (value === null || typeof value !== 'object' || !('year' in value)) return value;
    return { ...value, year: strictYear((value as { year: unknown }).year) };
  }
}

/** A path parameter that names a record: `id`, or any `…Id` (`fileId`, `organizationId`). */
const ID_PARAMETER = /^(id|[a-z][A-Za-z]*Id)$/;

/**
 * Global, before the validation pipe: every id in a path, on every route, is a UUID, judged as the
 * DTOs' `@IsUUID()` judges it. Anything else answers 400 naming the parameter, on routes that
 * validate their parameters with a DTO and on those that take a bare `@Param('id')` alike, before
 * any service or SQL sees it (web pages answer their 404 page instead: see PageErrorFilter).
 */
@Injectable()
export class StrictIdPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'param') return value;
    const params: Record<string, unknown> = metadata.data ? { [metadata.data]: value } : ((value ?? {}) as Record<string, unknown>);
    const malformed = Object.entries(params).filter(([name, id]) => ID_PARAMETER.test(name) && !(typeof id === 'string' && isUUID(id)));
    if (malformed.length > 0) throw new MalformedPathIdError(toFieldErrors(malformed.map(([name]) => notAUuid(name))));
    return value;
  }
}

/** The error `@IsUUID()` gives, so that the message is the validators' own. */
function notAUuid(property: string): ValidationError {
  return Object.assign(new ValidationError(), { property, constraints: { isUuid: `${property} must be a UUID` }, children: [] });
}
