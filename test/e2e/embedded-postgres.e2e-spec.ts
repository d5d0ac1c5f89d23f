import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/platform/database/embedded-postgres.js';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('the embedded PostgreSQL of npm start', () => {
  let parent: string;
  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'thidua-embedded-'));
    // As root, the data folder belongs to the `postgres` system user, who must be able to reach it.
    await chmod(parent, 0o755);
  });
  afterAll(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('keeps the data of the first start at the second start', async () => {
    const dataDir = join(parent, 'postgres');

    const first = await startEmbeddedPostgres({ dataDir, port: 0, persistent: true });
    try {
      expect(first.freshlyInitialised).toBe(true);
      await query(first.databaseUrl('postgres'), `CREATE TABLE kept (note text); INSERT INTO kept VALUES ('Cụm thi đua số 3')`);
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedPostgres({ dataDir, port: 0, persistent: true });
    try {
      expect(second.freshlyInitialised).toBe(false);
      expect(await query(second.databaseUrl('postgres'), 'SELECT note FROM kept')).toEqual([{ note: 'Cụm thi đua số 3' }]);
    } finally {
      await second.stop();
    }
  });
});
