import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface AppConfig {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  logLevel: LogLevel;
  /**
   * `auto`: in a terminal, `npm start` prints a few lines for a person (progress, the address, the
   * demo sign-in) and only errors as JSON; otherwise JSON logs. `json`: JSON logs always.
   */
  logFormat: 'auto' | 'json';
  database: {
    /** Unset: thidua starts its own embedded PostgreSQL. */
    url?: string;
    /** The role migrations run as (it owns the schema); unset: the same as `url`. */
    migrationUrl?: string;
    poolSize: number;
    embeddedDataDir: string;
    /** 0 picks a free port at start. */
    embeddedPort: number;
    /** PostgreSQL cancels a statement that runs longer (statement_timeout). */
    statementTimeoutMs: number;
    /** How long a request waits for a connection (a free one in the pool, or a new one) before 503. */
    connectTimeoutMs: number;
  };
  http: {
    /** Time allowed to receive a request's headers (node's server.headersTimeout). */
    headersTimeoutMs: number;
    /** Time allowed to receive a whole request, body included (node's server.requestTimeout). */
    requestTimeoutMs: number;
    /**
     * Proxies in front of the app whose X-Forwarded-For is believed (Express's `trust proxy` hop
     * count): 0 when clients connect directly. Throttling counts clients by this address.
     */
    trustProxyHops: number;
  };
  auth: {
    /** Signs access tokens and session cookies. Required in production; a random one otherwise. */
    tokenSecret: string;
    accessTokenMinutes: number;
    sessionHours: number;
    /** Failed sign-ins from one address for one name before each further try must wait (a growing delay). */
    maxFailedLogins: number;
    /** The same for one address, whatever the names typed. */
    maxFailedLoginsPerAddress: number;
    /** Failures are forgotten after this long without another. */
    failedLoginWindowMinutes: number;
    /** The longest wait between two tries. */
    lockoutMinutes: number;
    /** Secure cookies need HTTPS; on by default in production. */
    secureCookies: boolean;
    /** The first administrator, created at start when both are set and the name is free. */
    initialAdmin?: { username: string; password: string };
  };
  /** Requests per minute and client address on the public routes (`@nestjs/throttler`, counted in PostgreSQL). */
  rateLimits: {
    enabled: boolean;
    signInPerMinute: number;
    refreshPerMinute: number;
    ballotsPerMinute: number;
    receiptChecksPerMinute: number;
  };
  idempotency: {
    /** How long a create's answer is kept for retries with the same Idempotency-Key. */
    ttlHours: number;
  };
  ballots: {
    /**
     * Key-encryption key (KEK) source: each open round's ballot key is kept in memory and stored only wrapped under
     * a key derived from it, so an open round survives a restart. Required in production; random per process
     * otherwise (`keySecretGenerated`), and then a restart loses the open rounds' keys.
     */
    keySecret: string;
    keySecretGenerated: boolean;
  };
  dossier: {
    /** Largest file accepted in a nomination dossier (hồ sơ); larger uploads are refused unread. */
    maxBytes: number;
  };
}

/** Raised at boot: the message names the variable so an operator can fix it at once. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Cấu hình không hợp lệ: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(name, `phải là một trong: ${allowed.join(', ')} (đang là "${value}")`);
  }
  return value as T;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new ConfigError(name, `phải là số nguyên từ ${min} đến ${max} (đang là "${value}")`);
  }
  return parsed;
}

function postgresUrl(env: Env, name: string): string | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(name, 'không phải là một URL hợp lệ');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(name, 'phải bắt đầu bằng postgres:// hoặc postgresql://');
  }
  return value;
}

function booleanFlag(env: Env, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ConfigError(name, `phải là true hoặc false (đang là "${value}")`);
}

const MIN_SECRET_LENGTH = 32;

const MEBIBYTE = 1024 * 1024;
const DEFAULT_DOSSIER_MAX_BYTES = 20 * MEBIBYTE;
/** Files are held in memory while checked and stored in one bytea value: keep them well below its 1 GB cap. */
const MAX_DOSSIER_MAX_BYTES = 200 * MEBIBYTE;

function tokenSecret(env: Env, nodeEnv: NodeEnv): string {
  const value = env.AUTH_TOKEN_SECRET;
  if (value === undefined || value === '') {
    if (nodeEnv === 'production') throw new ConfigError('AUTH_TOKEN_SECRET', 'bắt buộc phải đặt khi NODE_ENV=production');
    return randomBytes(48).toString('base64url');
  }
  if (value.length < MIN_SECRET_LENGTH) {
    throw new ConfigError('AUTH_TOKEN_SECRET', `phải dài ít nhất ${MIN_SECRET_LENGTH} ký tự`);
  }
  return value;
}

function ballotKeySecret(env: Env, nodeEnv: NodeEnv): { keySecret: string; keySecretGenerated: boolean } {
  const value = env.BALLOT_KEY_SECRET;
  if (value === undefined || value === '') {
    if (nodeEnv === 'production') throw new ConfigError('BALLOT_KEY_SECRET', 'bắt buộc phải đặt khi NODE_ENV=production');
    return { keySecret: randomBytes(48).toString('base64url'), keySecretGenerated: true };
  }
  if (value.length < MIN_SECRET_LENGTH) {
    throw new ConfigError('BALLOT_KEY_SECRET', `phải dài ít nhất ${MIN_SECRET_LENGTH} ký tự`);
  }
  if (value === env.AUTH_TOKEN_SECRET) throw new ConfigError('BALLOT_KEY_SECRET', 'phải khác AUTH_TOKEN_SECRET');
  return { keySecret: value, keySecretGenerated: false };
}

function initialAdmin(env: Env): AppConfig['auth']['initialAdmin'] {
  const username = env.ADMIN_USERNAME;
  const password = env.ADMIN_PASSWORD;
  if (!username && !password) return undefined;
  if (!username) throw new ConfigError('ADMIN_USERNAME', 'phải được đặt cùng ADMIN_PASSWORD');
  if (!password) throw new ConfigError('ADMIN_PASSWORD', 'phải được đặt cùng ADMIN_USERNAME');
  return { username, password };
}

function httpTimeouts(env: Env): AppConfig['http'] {
  const headersTimeoutMs = integer(env, 'HTTP_HEADERS_TIMEOUT_MS', 20_000, 1_000, 600_000);
  const requestTimeoutMs = integer(env, 'HTTP_REQUEST_TIMEOUT_MS', 120_000, 1_000, 3_600_000);
  // node refuses a headers timeout longer than the request timeout.
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new ConfigError('HTTP_HEADERS_TIMEOUT_MS', `không được lớn hơn HTTP_REQUEST_TIMEOUT_MS (${requestTimeoutMs})`);
  }
  return { headersTimeoutMs, requestTimeoutMs, trustProxyHops: integer(env, 'HTTP_TRUST_PROXY', 0, 0, 10) };
}

/** Reads and validates the environment once; nothing else in the app reads process.env. */
export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf<NodeEnv>(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  return {
    nodeEnv,
    host: env.HOST || '0.0.0.0',
    port: integer(env, 'PORT', 3000, 0, 65535),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
    logFormat: oneOf(env, 'LOG_FORMAT', ['auto', 'json'], 'auto'),
    database: {
      url: postgresUrl(env, 'DATABASE_URL'),
      migrationUrl: postgresUrl(env, 'DATABASE_MIGRATION_URL'),
      poolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
      embeddedDataDir: resolve(env.EMBEDDED_PG_DATA_DIR || './.data/postgres'),
      embeddedPort: integer(env, 'EMBEDDED_PG_PORT', 0, 0, 65535),
      statementTimeoutMs: integer(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 15_000, 100, 600_000),
      connectTimeoutMs: integer(env, 'DATABASE_CONNECT_TIMEOUT_MS', 15_000, 100, 120_000),
    },
    http: httpTimeouts(env),
    auth: {
      tokenSecret: tokenSecret(env, nodeEnv),
      accessTokenMinutes: integer(env, 'AUTH_ACCESS_TOKEN_MINUTES', 15, 1, 24 * 60),
      sessionHours: integer(env, 'AUTH_SESSION_HOURS', 8, 1, 24 * 30),
      maxFailedLogins: integer(env, 'AUTH_MAX_FAILED_LOGINS', 5, 1, 100),
      maxFailedLoginsPerAddress: integer(env, 'AUTH_MAX_FAILED_LOGINS_PER_ADDRESS', 30, 1, 10_000),
      failedLoginWindowMinutes: integer(env, 'AUTH_FAILED_LOGIN_WINDOW_MINUTES', 60, 1, 24 * 60),
      lockoutMinutes: integer(env, 'AUTH_LOCKOUT_MINUTES', 15, 1, 24 * 60),
      secureCookies: booleanFlag(env, 'AUTH_SECURE_COOKIES', nodeEnv === 'production'),
      initialAdmin: initialAdmin(env),
    },
    rateLimits: {
      // Off outside production unless asked for: tests and the bench send thousands of requests from one address.
      enabled: booleanFlag(env, 'RATE_LIMITS', nodeEnv === 'production'),
      signInPerMinute: integer(env, 'RATE_LIMIT_SIGN_IN_PER_MINUTE', 30, 1, 100_000),
      refreshPerMinute: integer(env, 'RATE_LIMIT_REFRESH_PER_MINUTE', 30, 1, 100_000),
      ballotsPerMinute: integer(env, 'RATE_LIMIT_BALLOTS_PER_MINUTE', 300, 1, 100_000),
      receiptChecksPerMinute: integer(env, 'RATE_LIMIT_RECEIPT_CHECKS_PER_MINUTE', 120, 1, 100_000),
    },
    idempotency: { ttlHours: integer(env, 'IDEMPOTENCY_TTL_HOURS', 24, 1, 24 * 30) },
    ballots: ballotKeySecret(env, nodeEnv),
    dossier: {
      maxBytes: integer(env, 'DOSSIER_MAX_BYTES', DEFAULT_DOSSIER_MAX_BYTES, 1024, MAX_DOSSIER_MAX_BYTES),
    },
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
