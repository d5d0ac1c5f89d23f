import type { NestExpressApplication } from '@nestjs/platform-express';
import { type DestinationStream, pino } from 'pino';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/platform/config/app.config.js';
import { givenSignedInUser } from './auth.js';
import { createTestDatabase } from './test-database.js';

export interface TestApp {
  app: NestExpressApplication;
  /** Anonymous: no credentials. */
  http: ReturnType<typeof supertest>;
  /** Signed in as a VUSTA national staff member (cán bộ thường trực), who manages the registry. */
  staff: ReturnType<typeof supertest.agent>;
  dataSource: DataSource;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Receives the app's log at `trace` level. */
  log?: DestinationStream;
  /** The URL the app connects with, given the migrated database's (a superuser's); default that one. */
  connectAs?: (url: string) => Promise<string>;
  /** More environment for the app's configuration (say `RATE_LIMITS: 'true'`). */
  env?: Record<string, string>;
}

/** The real HTTP application on its own fresh database. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const created = await createTestDatabase();
  const database = { ...created, url: options.connectAs ? await options.connectAs(created.url) : created.url };
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: options.log ? 'trace' : (process.env.LOG_LEVEL ?? 'silent'), ...options.env });
  const logger = options.log ? pino({ level: config.logLevel }, options.log) : pino({ level: config.logLevel });
  const app = await createApp({ ...config, database: { ...config.database, url: database.url } }, logger);
  await app.init();
  const partial = { app, http: supertest(app.getHttpServer()), dataSource: app.get(DataSource) };
  const staffUser = await givenSignedInUser(partial, { username: 'vusta.thuongtruc', roles: ['national_staff'] });
  return {
    ...partial,
    staff: supertest.agent(app.getHttpServer()).set('authorization', staffUser.bearer),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
