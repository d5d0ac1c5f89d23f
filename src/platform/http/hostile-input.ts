import type { FieldError } from '../errors/domain-error.js';
import { BodyTooComplexError } from '../errors/platform.errors.js';
import { text } from '../i18n/locale.js';

/** No form of thidua nests deeper or sends more fields; a body beyond either is refused unread. */
export interface JsonLimits {
  maxDepth: number;
  maxKeys: number;
}

export const JSON_LIMITS: Readonly<JsonLimits> = { maxDepth: 32, maxKeys: 20_000 };

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;

/**
 * One pass over the raw bytes, before JSON.parse and long before class-transformer (whose recursion
 * a deeply nested body overflows): linear in the body's size, and stops at the first level too deep.
 * UTF-8 never uses bytes below 0x80 inside a multi-byte character, so the structural bytes are exact.
 */
export function assertJsonShape(body: Uint8Array, limits: JsonLimits = JSON_LIMITS): void {
  let depth = 0;
  let members = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > limits.maxDepth) throw new BodyTooComplexError(limits);
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth--;
    } else if ((byte === COLON || byte === COMMA) && ++members > limits.maxKeys) {
      throw new BodyTooComplexError(limits);
    }
  }
}

/**
 * Names that are not plain own data fields: JSON.parse makes them own properties, but
 * class-transformer skips them (an inherited member), so the DTO whitelist never sees them and the
 * write would go through without them. Refused like every other unknown field.
 */
const NOT_DATA_FIELDS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/**
 * What PostgreSQL cannot store in text: NUL, and UTF-16 halves without their pair (which the driver
 * would silently turn into U+FFFD).
 */
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const NOT_ALLOWED = text('Trường này không được phép gửi lên.', 'This field is not allowed.');
const UNSTORABLE_TEXT = text(
  'Có ký tự không lưu được (ký tự NUL hoặc mã Unicode lẻ); hãy xoá ký tự đó rồi gửi lại.',
  'Contains a character that cannot be stored (NUL or an unpaired Unicode surrogate); remove it and send again.',
);

/** Enough to show the user what to fix without building a huge answer for a huge body. */
const MAX_REPORTED = 20;

/**
 * Every key and string of a parsed body or query, walked iteratively (no recursion to overflow):
 * the fields that would be dropped silently or break the database, by path (`members.0.name`).
 */
export function unacceptableFields(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const pending: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (pending.length > 0 && errors.length < MAX_REPORTED) {
    const current = pending.pop()!;
    if (typeof current.value === 'string') {
      if (UNSTORABLE.test(current.value)) errors.push({ field: current.path, message: UNSTORABLE_TEXT });
    } else if (current.value !== null && typeof current.value === 'object' && !ArrayBuffer.isView(current.value)) {
      for (const key of Object.keys(current.value)) {
        const path = current.path ? `${current.path}.${key}` : key;
        if (NOT_DATA_FIELDS.has(key)) errors.push({ field: path, message: NOT_ALLOWED });
        else if (UNSTORABLE.test(key)) errors.push({ field: path.replace(UNSTORABLE_GLOBAL, '\ufffd'), message: UNSTORABLE_TEXT });
        else pending.push({ value: (current.value as Record<string, unknown>)[key], path });
      }
    }
  }
  return errors;
}

const UNSTORABLE_GLOBAL = new RegExp(UNSTORABLE.source, 'g');
