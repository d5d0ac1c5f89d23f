import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module.js';
import { UsersService } from '../../src/access/users/users.service.js';
import { loadConfig } from '../../src/platform/config/app.config.js';
import type { Actor, Role } from '../../src/platform/request-context/request-context.js';
import { TEST_PASSWORD } from './auth.js';
import { createTestDatabase } from './test-database.js';

/**
 * The medium tier: the app's services, built by Nest as production builds them, with their real repositories on a
 * PostgreSQL database of their own (cloned from the migrated template), and no HTTP in front of them.
 */
export interface Services {
  app: INestApplicationContext;
  dataSource: DataSource;
  close(): Promise<void>;
}

export async function startServices(): Promise<Services> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ ...config, database: { ...config.database, url: database.url } }),
    {
      logger: false,
    },
  );
  return {
    app,
    dataSource: app.get(DataSource),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** A user made through the users service, as the one who acts in a service call. */
export async function givenActor(
  services: Pick<Services, 'app'>,
  user: { username: string; roles: Role[]; organizationId?: string | null },
): Promise<Actor> {
  const created = await services.app.get(UsersService).create({
    username: user.username,
    displayName: user.username,
    roles: user.roles,
    organizationId: user.organizationId ?? undefined,
    password: TEST_PASSWORD,
  });
  return { userId: created.id, username: created.username, organizationId: user.organizationId ?? null, roles: user.roles };
}
