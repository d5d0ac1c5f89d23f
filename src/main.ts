import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { runSeeds } from '../seeds/run-seeds.js';
import { createApp } from './bootstrap.js';
import { ConfigError, loadConfig } from './platform/config/app.config.js';
import { migrate, resolveDatabase } from './platform/database/resolve-database.js';
import { createRootLogger } from './platform/logging/logger.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createRootLogger(config.logLevel);
  const database = await resolveDatabase(config, logger);
  await migrate(database.url, logger);
  const app = await createApp({ ...config, database: { ...config.database, url: database.url } }, logger);
  if (database.embedded?.freshlyInitialised) {
    await runSeeds(app.get(DataSource), { demo: true }, logger);
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'Shutting down');
    await app.close();
    await database.embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen(config.port, config.host);
  const url = `http://localhost:${config.port}`;
  logger.info({ url }, 'thidua is listening');
  process.stdout.write(`\nthidua đang chạy tại ${url}  (tài liệu API: ${url}/api/docs)\n\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`thidua could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
