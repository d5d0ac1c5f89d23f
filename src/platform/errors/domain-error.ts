import type { LocalizedText } from '../i18n/locale.js';

/** How a domain error maps to HTTP; the mapping itself lives only in the problem-details filter. */
export type ErrorKind =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'too_many_requests';

export interface FieldError {
  field: string;
  message: LocalizedText;
}

/**
 * Base of every error the domain raises on purpose. `code` is stable (clients may branch on it);
 * `message` is what the user reads, Vietnamese first.
 */
export class DomainError extends Error {
  /** Sent as Retry-After when set (throttling). */
  retryAfterSeconds?: number;

  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    readonly text: LocalizedText,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(text.en);
    this.name = new.target.name;
  }
}
