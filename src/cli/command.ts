import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { loadConfig } from '../platform/config/app.config.js';
import { dataSourceOptions } from '../platform/database/data-source-options.js';
import { resolveDatabase } from '../platform/database/resolve-database.js';
import { createRootLogger } from '../platform/logging/logger.js';
import { describeFailure, type InputNames } from './terminal.js';

export interface CommandContext {
  /** The database the app would use: DATABASE_URL, or the embedded PostgreSQL started for this command. */
  url: string;
  /** The role that owns the schema, for migrations: DATABASE_MIGRATION_URL, else `url`. */
  migrationUrl: string;
  logger: Logger;
}

/** Entities as compiled beside this file (dist/src/**\/*.entity.js): commands run without Nest. */
const ENTITIES = fileURLToPath(new URL('../**/*.entity.js', import.meta.url));

/**
 * Runs a command-line task with the app's configuration and database, stops the embedded
 * PostgreSQL afterwards if it started one, and exits. The exit is explicit because the embedded
 * PostgreSQL package exits with 0 on its own when the event loop empties, hiding a failure.
 * A failure is described with `inputs` naming the flags behind the fields of a domain error.
 */
export function runCommand(work: (context: CommandContext) => Promise<void>, inputs: InputNames = {}): void {
  const run = async () => {
    const config = loadConfig();
    const logger = createRootLogger(config.logLevel);
    const database = await resolveDatabase(config, logger);
    try {
      await work({ url: database.url, migrationUrl: database.migrationUrl, logger });
    } finally {
      await database.embedded?.stop();
    }
  };
  run().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${describeFailure(error, inputs)}\n`);
      process.exit(1);
    },
  );
}

/** Stops a command whose arguments are wrong, before it touches any database. */
export function exitWithUsage(usage: string): never {
  process.stderr.write(`${usage}\n`);
  process.exit(2);
}

/** A data source with the app's entities, closed when `work` ends. */
export async function withDataSource<T>(url: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = await new DataSource({ ...dataSourceOptions(url, 2), entities: [ENTITIES] }).initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
