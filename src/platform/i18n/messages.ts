import type { ErrorKind } from '../errors/domain-error.js';
import { type LocalizedText, text } from './locale.js';

/**
 * A context's user text, by key: Vietnamese first, English second. Each context keeps one
 * catalogue (`<context>.messages.ts`) so that every sentence a user reads can be reviewed in one
 * place; a message with parameters is a function of them.
 */
export type MessageCatalogue = Readonly<Record<string, LocalizedText | ((...args: never[]) => LocalizedText)>>;

/** One domain error of a context's catalogue: its stable code is the key, with its HTTP kind and message. */
export interface ErrorEntry<P extends unknown[] = never[]> {
  readonly kind: ErrorKind;
  readonly message: LocalizedText | ((...args: P) => LocalizedText);
}

export type ErrorCatalogue = Readonly<Record<string, ErrorEntry<never[]>>>;

const published = new Map<string, { kind: ErrorKind; context: string }>();

/**
 * Declares a context's error catalogue and publishes its codes (for the OpenAPI document and the
 * README's list of error codes). A code declared twice is a programming error.
 */
export function defineErrors<T extends Record<string, ErrorEntry<never[]>>>(context: string, entries: T): T {
  for (const [code, entry] of Object.entries(entries)) {
    const existing = published.get(code);
    if (existing && existing.context !== context) throw new Error(`Error code ${code} is declared by ${existing.context} and ${context}`);
    published.set(code, { kind: entry.kind, context });
  }
  return entries;
}

/** Every published error code with its kind and context, sorted by code. */
export function publishedErrorCodes(): { code: string; kind: ErrorKind; context: string }[] {
  return [...published].map(([code, entry]) => ({ code, ...entry })).sort((a, b) => a.code.localeCompare(b.code));
}

type MessageArgs<E> = E extends { message: (...args: infer P) => LocalizedText } ? P : [];

/**
 * The code, kind and text of one error of a catalogue, ready for `DomainError`'s constructor:
 * `super(...errorOf(CATALOGUE, 'CONTEXT.CODE', id), fieldErrors)`.
 */
export function errorOf<T extends ErrorCatalogue, C extends keyof T & string>(
  catalogue: T,
  code: C,
  ...args: MessageArgs<T[C]>
): [C, ErrorKind, LocalizedText] {
  const { kind, message } = catalogue[code];
  return [code, kind, typeof message === 'function' ? message(...(args as never[])) : message];
}

/**
 * The version a client sent is no longer the current one: someone else saved first (optimistic locking). The one
 * sentence of every context; `changed` says what changed, as a Vietnamese clause and an English noun phrase
 * ("Cụm đã được sửa bởi người khác" / "the cluster").
 */
export function staleVersion(changed: LocalizedText, current: number): LocalizedText {
  return text(
    `${changed.vi} (phiên bản hiện tại là ${current}). Hãy tải lại rồi sửa lại; chưa có gì được lưu.`,
    `Someone else changed ${changed.en} (current version ${current}). Reload and try again; nothing was saved.`,
  );
}
