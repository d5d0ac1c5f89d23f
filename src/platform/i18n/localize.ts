import type { Locale, LocalizedText } from './locale.js';

/** `T` with every `{ vi, en }` pair replaced by the text of one locale. */
export type Localized<T> = T extends LocalizedText
  ? string
  : T extends Date
    ? Date
    : T extends readonly (infer U)[]
      ? Localized<U>[]
      : T extends object
        ? { [K in keyof T]: Localized<T[K]> }
        : T;

function isLocalizedText(value: object): value is LocalizedText {
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as LocalizedText).vi === 'string' && typeof (value as LocalizedText).en === 'string';
}

/**
 * Results keep both languages (they are stored once and read by minutes in Vietnamese and by English readers);
 * an answer gives the caller's language only.
 */
export function localize<T>(value: T, locale: Locale): Localized<T> {
  if (Array.isArray(value)) return value.map((item: unknown) => localize(item, locale)) as Localized<T>;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value as Localized<T>;
  if (isLocalizedText(value)) return value[locale] as Localized<T>;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, localize(item, locale)])) as Localized<T>;
}
