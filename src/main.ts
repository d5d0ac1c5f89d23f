import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../seeds/demo/users.js';
import { runSeeds } from '../seeds/run-seeds.js';
import { UsersService } from './access/users/users.service.js';
import { createApp } from './bootstrap.js';
import { describeFailure, StartupProgress } from './cli/terminal.js';
import { type AppConfig, loadConfig } from './platform/config/app.config.js';
import { migrate, resolveDatabase } from './platform/database/resolve-database.js';
import { createRootLogger } from './platform/logging/logger.js';

/** The variables behind the fields of a refused first administrator. */
const ADMIN_INPUTS = { username: 'ADMIN_USERNAME', password: 'ADMIN_PASSWORD' };

/**
 * The data start-up owns: the seeds on a brand-new embedded database (reference data only in
 * production, which never gets the demo accounts by itself), the first administrator, and in
 * production the refusal to run while a demo password still signs in.
 */
async function prepareData(
  app: NestExpressApplication,
  config: AppConfig,
  freshDatabase: boolean,
  logger: Logger,
  progress: StartupProgress,
): Promise<void> {
  if (freshDatabase) {
    progress.step(
      config.nodeEnv === 'production'
        ? 'Lần chạy đầu tiên: đang nạp dữ liệu tham chiếu…'
        : 'Lần chạy đầu tiên: đang nạp dữ liệu mẫu (63 LHH tỉnh, 9 cụm, tài khoản demo)…',
    );
    await runSeeds(app.get(DataSource), { demo: config.nodeEnv !== 'production' }, logger);
  }
  const users = app.get(UsersService);
  const admin = config.auth.initialAdmin;
  if (admin) {
    const created = await users.ensureInitialAdmin(admin);
    logger.info(
      { username: admin.username, created },
      created ? 'First administrator created' : 'ADMIN_USERNAME already exists; the account is left unchanged',
    );
  }
  if (config.nodeEnv === 'production') await users.assertNoDemoPasswords();
}

async function main(): Promise<void> {
  const config = loadConfig();
  // A person in a terminal reads a few lines; a server's log collector reads JSON (LOG_FORMAT=json forces it).
  const progress = new StartupProgress(config.logFormat === 'auto' && process.stdout.isTTY === true);
  const logger = createRootLogger(progress.enabled ? 'error' : config.logLevel);
  progress.step(
    config.database.url
      ? 'Đang kết nối cơ sở dữ liệu (DATABASE_URL)…'
      : `Đang khởi động PostgreSQL nhúng (dữ liệu trong ${config.database.embeddedDataDir})…`,
  );
  if (config.ballots.keySecretGenerated) {
    logger.warn(
      'BALLOT_KEY_SECRET is not set: ballot keys are wrapped under a random key for this process only; ' +
        'a restart while an electronic vote is open loses its ballots (set BALLOT_KEY_SECRET to recover them)',
    );
  }
  const database = await resolveDatabase(config, logger);
  let app: NestExpressApplication | undefined;
  try {
    progress.step('Đang cập nhật cấu trúc cơ sở dữ liệu…');
    await migrate(database.migrationUrl, logger);
    app = await createApp({ ...config, database: { ...config.database, url: database.url } }, logger);
    await prepareData(app, config, database.embedded?.freshlyInitialised ?? false, logger, progress);
  } catch (error) {
    await app?.close();
    await database.embedded?.stop();
    throw error;
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
  if (progress.enabled) progress.ready(url, config.nodeEnv === 'production' ? null : { username: 'sonla.canbo', password: DEMO_PASSWORD });
  else process.stdout.write(`\nthidua đang chạy tại ${url}  (tài liệu API: ${url}/api/docs)\n\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`thidua không khởi động được.\n${describeFailure(error, ADMIN_INPUTS)}\n`);
  process.exit(1);
});
