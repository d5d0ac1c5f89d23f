import { resolve } from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface AppConfig {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  logLevel: LogLevel;
  database: {
    /** Unset: thidua starts its own embedded PostgreSQL. */
    url?: string;
    poolSize: number;
    embeddedDataDir: string;
    /** 0 picks a free port at start. */
    embeddedPort: number;
  };
}

/** Raised at boot: the message names the variable so an operator can fix it at once. */
export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
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

/** Reads and validates the environment once; nothing else in the app reads process.env. */
export function loadConfig(env: Env = process.env): AppConfig {
  return {
    nodeEnv: oneOf(env, 'NODE_ENV', ['development', 'production', 'test'], 'development'),
    host: env.HOST || '0.0.0.0',
    port: integer(env, 'PORT', 3000, 0, 65535),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
    database: {
      url: postgresUrl(env, 'DATABASE_URL'),
      poolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
      embeddedDataDir: resolve(env.EMBEDDED_PG_DATA_DIR || './.data/postgres'),
      embeddedPort: integer(env, 'EMBEDDED_PG_PORT', 0, 0, 65535),
    },
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
