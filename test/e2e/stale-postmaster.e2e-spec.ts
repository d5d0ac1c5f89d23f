import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describeFailure } from '../../src/cli/terminal.js';
import { EmbeddedPostgresStartError, startEmbeddedPostgres } from '../../src/platform/database/embedded-postgres.js';
import { DataFolderInUseError, livePostmaster } from '../../src/platform/database/stale-postmaster.js';

async function selectOne(url: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SELECT 1 AS one')).rows[0];
  } finally {
    await client.end();
  }
}

/** The process id of a process that has exited: what the owner file of a killed app holds. */
function deadPid(): number {
  return spawnSync('true').pid!;
}

describe('the embedded PostgreSQL belongs to the app that started it', () => {
  let parent: string;
  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'thidua-stale-'));
    await chmod(parent, 0o755);
  });
  afterAll(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('stops a PostgreSQL left running by a killed app, says so, and starts', async () => {
    const dataDir = join(parent, 'left-running');
    // Started here and then forgotten, as a killed app forgets it (its stop() is never called).
    await startEmbeddedPostgres({ dataDir, port: 0, persistent: true });
    const orphan = await livePostmaster(dataDir);
    expect(orphan).toBeDefined();
    // The app that started it was killed: its owner record names a process that is gone.
    await writeFile(join(dataDir, 'thidua-owner.pid'), `${deadPid()}\n`);

    const said = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const second = await startEmbeddedPostgres({ dataDir, port: 0, persistent: true });
    try {
      expect(String(said.mock.calls.map((call) => call[0]).join(''))).toMatch(/PostgreSQL cũ \(pid \d+\).*\n.*left running/);
      said.mockRestore();
      expect(await livePostmaster(dataDir)).not.toBe(orphan);
      expect(await selectOne(second.databaseUrl('postgres'))).toEqual({ one: 1 });
    } finally {
      said.mockRestore();
      await second.stop();
    }
  });

  it('leaves alone a PostgreSQL whose app still runs, and says why it cannot start', async () => {
    const dataDir = join(parent, 'in-use');
    const running = await startEmbeddedPostgres({ dataDir, port: 0, persistent: true });
    const otherApp = spawn('sleep', ['60']);
    try {
      await writeFile(join(dataDir, 'thidua-owner.pid'), `${otherApp.pid}\n`);
      const refused = await startEmbeddedPostgres({ dataDir, port: 0, persistent: true }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(DataFolderInUseError);
      expect(describeFailure(refused)).toContain(`đang được một tiến trình thidua khác dùng (pid ${otherApp.pid})`);
      expect(await selectOne(running.databaseUrl('postgres'))).toEqual({ one: 1 });
    } finally {
      otherApp.kill();
      await running.stop();
    }
  });

  it('tells why PostgreSQL did not start, never "undefined"', async () => {
    const dataDir = join(parent, 'broken');
    const server = await startEmbeddedPostgres({ dataDir, port: 0, persistent: true });
    await server.stop();
    await writeFile(join(dataDir, 'postgresql.auto.conf'), 'shared_buffers = nonsense\n');
    const failure = await startEmbeddedPostgres({ dataDir, port: 0, persistent: true }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EmbeddedPostgresStartError);
    const told = describeFailure(failure);
    expect(told).toContain('PostgreSQL nhúng không khởi động được');
    expect(told).toContain('shared_buffers');
    expect(describeFailure(undefined)).toContain('Không rõ nguyên nhân');
  });
});
