import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import pg from 'pg';
import { migrate } from '../../src/platform/database/resolve-database.js';

/** Set by the global setup: the maintenance database of the one PostgreSQL server of this run. */
const ADMIN_URL_VARIABLE = 'THIDUA_TEST_ADMIN_URL';
const TEMPLATE_DATABASE = 'thidua_test_template';
/** Serialises template work across jest workers: CREATE DATABASE … TEMPLATE needs the template idle. */
const TEMPLATE_LOCK_KEY = 7_412_002;

function adminUrl(): string {
  const url = process.env[ADMIN_URL_VARIABLE];
  if (!url) throw new Error(`${ADMIN_URL_VARIABLE} is not set: run the e2e tests through jest (global setup)`);
  return url;
}

function urlForDatabase(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Each test file gets its own database, copied from a template that holds the real migrations.
 * The first file of a run creates and migrates the template; the others find it up to date.
 */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `thidua_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE_DATABASE]);
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
      await migrate(urlForDatabase(TEMPLATE_DATABASE), pino({ level: 'warn' }));
      await client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
    }
  });
  return {
    url: urlForDatabase(name),
    drop: async () => {
      await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
