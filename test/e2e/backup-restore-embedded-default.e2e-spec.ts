import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmbeddedPostgres } from '../../src/platform/database/embedded-postgres.js';
import { EMBEDDED_DATABASE_NAME } from '../../src/platform/database/resolve-database.js';
import { snapshotOfDatabase } from '../helpers/database-snapshot.js';

/** The app's TypeScript run as it is (the fault tests' loader): the command files of the npm scripts, without their build step. */
const HOOKS = fileURLToPath(new URL('../faults/support/register-typescript.mjs', import.meta.url));
const cli = (name: string) => fileURLToPath(new URL(`../../src/cli/${name}.ts`, import.meta.url));

/** What the embedded default needs: no DATABASE_URL, the data in ./.data/postgres of the working folder. */
function embeddedDefaultEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn' };
  for (const name of ['DATABASE_URL', 'DATABASE_MIGRATION_URL', 'EMBEDDED_PG_DATA_DIR', 'EMBEDDED_PG_PORT']) delete env[name];
  return env;
}

/** `npm run <script>` in the folder `cwd`: `db:backup` is `backup.js backup`, `db:restore` is `backup.js restore`, `seed` is `seed.js`. */
function npmRun(cwd: string, file: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', HOOKS, cli(file), ...args], { cwd, env: embeddedDefaultEnv() });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${file} ${args.join(' ')} exited with ${code}:\n${output}`)),
    );
  });
}

/** Every table and sequence of the embedded default database, read with its server started for the purpose. */
async function snapshotOfEmbeddedDefault(cwd: string): Promise<Record<string, string>> {
  const server = await startEmbeddedPostgres({ dataDir: join(cwd, '.data', 'postgres'), port: 0, persistent: true });
  try {
    return await snapshotOfDatabase(server.databaseUrl(EMBEDDED_DATABASE_NAME));
  } finally {
    await server.stop();
  }
}

/**
 * Issue 14's "done when": `npm run db:backup && rm -rf .data && npm run db:restore` brings back an
 * identical database on the embedded default, in a project folder of its own holding the demo data.
 */
describe('npm run db:backup && rm -rf .data && npm run db:restore on the embedded default', () => {
  let project: string;
  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'thidua-project-'));
    // As root, the embedded PostgreSQL runs as the `postgres` user, who must reach the data folder.
    await chmod(project, 0o755);
  });
  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it('brings back every table and sequence as they were', async () => {
    await npmRun(project, 'seed');
    const before = await snapshotOfEmbeddedDefault(project);
    expect(Number(before.users?.split(':')[0])).toBeGreaterThan(0);

    expect(await npmRun(project, 'backup', 'backup')).toMatch(/Đã sao lưu \d+ dòng/);
    expect(await readdir(join(project, 'backups'))).toEqual([expect.stringMatching(/^thidua-\d{8}-\d{6}\.jsonl\.gz$/)]);
    await rm(join(project, '.data'), { recursive: true, force: true });
    expect(await npmRun(project, 'backup', 'restore')).toMatch(/Đã khôi phục \d+ dòng/);

    expect(await snapshotOfEmbeddedDefault(project)).toEqual(before);
  }, 600_000);
});
