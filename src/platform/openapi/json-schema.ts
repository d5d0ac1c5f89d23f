import { ApiOkResponse } from '@nestjs/swagger';

/*
 * Small builders for the response schemas of the OpenAPI document, where an answer is described as JSON Schema
 * rather than as a decorated class. Texts are in the caller's language (Accept-Language); ids are uuids; days
 * ISO 8601 dates, instants ISO 8601 times.
 */

export type Schema = Record<string, unknown>;

export const string: Schema = { type: 'string' };
export const nullableString: Schema = { type: 'string', nullable: true };
export const integer: Schema = { type: 'integer' };
export const nullableInteger: Schema = { type: 'integer', nullable: true };
export const number: Schema = { type: 'number' };
export const boolean: Schema = { type: 'boolean' };
export const uuid: Schema = { type: 'string', format: 'uuid' };
export const day: Schema = { type: 'string', format: 'date' };
export const nullableDay: Schema = { ...day, nullable: true };
export const time: Schema = { type: 'string', format: 'date-time' };
export const nullableTime: Schema = { ...time, nullable: true };
export const object = (properties: Schema, extra: Schema = {}): Schema => ({ type: 'object', properties, ...extra });
export const list = (items: Schema): Schema => ({ type: 'array', items });
export const oneOf = (values: readonly string[]): Schema => ({ type: 'string', enum: [...values] });
export const nullable = (schema: Schema): Schema => ({ ...schema, nullable: true });

/** A unit (đơn vị) as the registry names it in the year shown. */
export const UNIT: Schema = object(
  { id: uuid, code: string, fullName: string, shortName: string },
  { description: 'Đơn vị, tên theo năm.' },
);
export const RATIO: Schema = object({ numerator: integer, denominator: integer }, { nullable: true });

/** A page of `items`. */
export function pageSchema(items: Schema): Schema {
  return object({ items: list(items), total: integer, page: integer, pageSize: integer });
}

/** A file answered as it is (a download) in one of `fileTypes`; with `json`, that model when JSON is asked for. */
export function ApiFileResponse(description: string, fileTypes: readonly string[], json?: Schema) {
  const file = { schema: { type: 'string', format: 'binary' } };
  const content = Object.fromEntries(fileTypes.map((type) => [type, file]));
  return ApiOkResponse({ description, content: json ? { 'application/json': { schema: json }, ...content } : content });
}
