/**
 * Whether an error means "the database cannot answer now" (down, restarting, frozen, out of
 * connections, too slow) rather than "the request broke a rule" or "the code is wrong". Such an
 * error is told as 503 with Retry-After, never as a sign-in problem or an internal error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || NETWORK_ERRORS.has(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = (current as { driverError?: unknown }).driverError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * SQLSTATE class 08 (connection exception), 53 (insufficient resources), 57P01–57P05 (server
 * shutting down, cannot connect now, idle timeouts) and 57014 (query cancelled: the statement timeout).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|53...|57P0[1-5]|57014)$/;

const NETWORK_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * What the pg driver and its pool say without a code, and the connection refusal of a database closed
 * for maintenance (ALTER DATABASE … ALLOW_CONNECTIONS false: SQLSTATE 55000, a class too broad to take whole).
 */
const UNAVAILABLE_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /is not currently accepting connections/i,
  /Connection terminated/i,
  /Query read timeout/i,
  /is not queryable/i,
  /Connection is not established|ConnectionIsNotSet/i,
];
