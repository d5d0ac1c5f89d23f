import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app.config.js';
import { dataSourceOptions } from './data-source-options.js';
import { type EmbeddedServer, startEmbeddedPostgres } from './embedded-postgres.js';
import { ensureDatabaseExists, runMigrationsLocked } from './run-migrations.js';

export const EMBEDDED_DATABASE_NAME = 'thidua';

export interface ResolvedDatabase {
  /** What the app connects as: in production a role without superuser rights that owns nothing (README, deployment). */
  url: string;
  /** What migrations run as: the schema's owner; DATABASE_MIGRATION_URL, else the same as `url`. */
  migrationUrl: string;
  /** Set when thidua started its own PostgreSQL; stop it after the app has closed. */
  embedded?: EmbeddedServer;
}

/** DATABASE_URL when it is set; otherwise a real PostgreSQL started from the embedded binaries. */
export async function resolveDatabase(config: AppConfig, logger: Logger): Promise<ResolvedDatabase> {
  if (config.database.url) return { url: config.database.url, migrationUrl: config.database.migrationUrl ?? config.database.url };
  const embedded = await startEmbeddedPostgres({
    dataDir: config.database.embeddedDataDir,
    port: config.database.embeddedPort,
    persistent: true,
    logger,
  });
  await ensureDatabaseExists(embedded.databaseUrl('postgres'), EMBEDDED_DATABASE_NAME);
  logger.info({ dataDir: config.database.embeddedDataDir, fresh: embedded.freshlyInitialised }, 'Embedded PostgreSQL started');
  const url = embedded.databaseUrl(EMBEDDED_DATABASE_NAME);
  return { url, migrationUrl: url, embedded };
}

export async function migrate(url: string, logger: Logger): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(url, 2)).initialize();
  try {
    const applied = await runMigrationsLocked(dataSource);
    if (applied.length > 0) logger.info({ applied }, 'Migrations applied');
  } finally {
    await dataSource.destroy();
  }
}
