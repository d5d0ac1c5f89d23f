import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';

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
