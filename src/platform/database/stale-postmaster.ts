import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';

/** Written by PostgreSQL while it runs: first line the postmaster's process id. */
const POSTMASTER_PID = 'postmaster.pid';
/** Written by thidua beside it: the process that started this PostgreSQL and stops it on exit. */
const OWNER_PID = 'thidua-owner.pid';
const SHUTDOWN_WAIT_MS = 30_000;

/** The data folder is in use by another thidua process that is still alive: it must not be stopped under it. */
export class DataFolderInUseError extends Error {
  constructor(dataDir: string, owner: number) {
    super(
      `Thư mục dữ liệu ${dataDir} đang được một tiến trình thidua khác dùng (pid ${owner}). Hãy dừng tiến trình đó trước, ` +
        `hoặc dùng DATABASE_URL.\nThe data folder ${dataDir} is in use by another thidua process (pid ${owner}). Stop it first, or use DATABASE_URL.`,
    );
    this.name = 'DataFolderInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (the `postgres` system user when not root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function pidIn(file: string): Promise<number | undefined> {
  const content = await readFile(file, 'utf8').catch(() => undefined);
  const pid = Number(content?.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** The running postmaster of a data folder, if any. */
export async function livePostmaster(dataDir: string): Promise<number | undefined> {
  const pid = await pidIn(join(dataDir, POSTMASTER_PID));
  return pid !== undefined && isAlive(pid) ? pid : undefined;
}

/**
 * A PostgreSQL left running on this data folder by a thidua process that was killed (its owner is
 * gone) is shut down, so that this start can use the folder; one whose owner still runs is left
 * alone and the start stops with a message saying so.
 */
export async function stopStalePostmaster(dataDir: string, logger?: Logger): Promise<void> {
  const postmaster = await livePostmaster(dataDir);
  if (postmaster === undefined) return;
  const owner = await pidIn(join(dataDir, OWNER_PID));
  if (owner !== undefined && owner !== process.pid && isAlive(owner)) throw new DataFolderInUseError(dataDir, owner);
  const message =
    `PostgreSQL cũ (pid ${postmaster}) của lần chạy trước bị ngắt vẫn chạy trên ${dataDir}: đang dừng nó.\n` +
    `A PostgreSQL (pid ${postmaster}) left running on ${dataDir} by a previous run that was killed: stopping it.`;
  logger?.warn({ pid: postmaster, dataDir }, message);
  process.stderr.write(`${message}\n`);
  // SIGINT: PostgreSQL's fast shutdown (open transactions roll back; everything committed stays).
  process.kill(postmaster, 'SIGINT');
  for (let waited = 0; isAlive(postmaster); waited += 100) {
    if (waited === SHUTDOWN_WAIT_MS) process.kill(postmaster, 'SIGQUIT');
    await sleep(100);
  }
}

/** Records this process as the owner of the PostgreSQL it just started. */
export async function claimDataFolder(dataDir: string): Promise<void> {
  await writeFile(join(dataDir, OWNER_PID), `${process.pid}\n`);
}

export async function releaseDataFolder(dataDir: string): Promise<void> {
  await rm(join(dataDir, OWNER_PID), { force: true });
}
