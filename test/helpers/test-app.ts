import type { NestExpressApplication } from '@nestjs/platform-express';
import { pino } from 'pino';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/platform/config/app.config.js';
import { createTestDatabase } from './test-database.js';

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof supertest>;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The real HTTP application on its own fresh database. */
export async function startTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' });
  const app = await createApp({ ...config, database: { ...config.database, url: database.url } }, pino({ level: config.logLevel }));
  await app.init();
  return {
    app,
    http: supertest(app.getHttpServer()),
    dataSource: app.get(DataSource),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
