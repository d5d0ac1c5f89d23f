import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../../migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/** How long a request may wait on the database before it is told the database is unavailable. */
export interface DatabaseTimeouts {
  statementTimeoutMs: number;
  connectTimeoutMs: number;
}

/**
 * A frozen server cancels nothing, so the client gives up too: a little after the server's own
 * statement_timeout, which normally fires first and leaves the connection usable.
 */
export const CLIENT_GRACE_MS = 5_000;

/** The pg driver's settings for the timeouts: statement_timeout on the server, read and connect limits in the client. */
function timeoutOptions(timeouts: DatabaseTimeouts): Record<string, number> {
  return {
    statement_timeout: timeouts.statementTimeoutMs,
    query_timeout: timeouts.statementTimeoutMs + CLIENT_GRACE_MS,
    // pg-pool applies it both to opening a connection and to waiting for a free one.
    connectionTimeoutMillis: timeouts.connectTimeoutMs,
  };
}

/**
 * Shared by the app, the migration CLI and the tests, so that all three see the same schema.
 * Timeouts are for the app's requests; migrations and commands run without them.
 */
export function dataSourceOptions(url: string, poolSize = 10, timeouts?: DatabaseTimeouts): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: poolSize, application_name: 'thidua', keepAlive: true, ...(timeouts && timeoutOptions(timeouts)) },
  };
}
