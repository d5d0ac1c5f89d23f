import type { NestExpressApplication } from '@nestjs/platform-express';
import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { runSeeds } from '../../../seeds/run-seeds.js';
import { createApp } from '../../../src/bootstrap.js';
import { loadConfig } from '../../../src/platform/config/app.config.js';
import { createTestDatabase } from '../../helpers/test-database.js';

export { DEMO_PASSWORD } from '../../../seeds/demo/users.js';

export interface BrowserApp {
  app: NestExpressApplication;
  /** `http://127.0.0.1:<port>` of the running server. */
  baseUrl: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * The real application, listening on a free port, on a fresh database with the demo data (the
 * demo accounts, Cluster 3 and the rest), as `npm start` sets it up on a first start. The clock is
 * the real one: the browser judges cookie lifetimes by its own clock, so pages that depend on the
 * year are visited with an explicit `?year=`.
 */
export async function startBrowserApp(): Promise<BrowserApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' });
  const logger = pino({ level: config.logLevel });
  const app = await createApp({ ...config, database: { ...config.database, url: database.url } }, logger);
  const dataSource = app.get(DataSource);
  await app.listen(0, '127.0.0.1');
  await runSeeds(dataSource, { demo: true }, logger);
  const { port } = app.getHttpServer().address() as { port: number };
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    dataSource,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
