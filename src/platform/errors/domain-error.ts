import type { LocalizedText } from '../i18n/locale.js';

/** How a domain error maps to HTTP; the mapping itself lives only in the problem-details filter. */
export type ErrorKind =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'too_many_requests'
  | 'unsupported_media_type'
  | 'service_unavailable';

export interface FieldError {
  field: string;
  message: LocalizedText;
}

/**
 * Base of every error the domain raises on purpose. `code` is stable (clients may branch on it);
 * `message` is what the user reads, Vietnamese first.
 */
export class DomainError extends Error {
  /** Sent as Retry-After when set (throttling, outages). */
  retryAfterSeconds?: number;
  /** Extra members of the problem document (RFC 9457 extensions), e.g. what is down. */
  extensions?: Record<string, unknown>;

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
