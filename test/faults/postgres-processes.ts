import { readdir, readFile } from 'node:fs/promises';
import { livePostmaster } from '../../src/platform/database/stale-postmaster.js';

async function parentOf(pid: number): Promise<number | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields ? Number(fields[1]) : undefined;
}

/** The postmaster of a data folder and every process it started (backends, checkpointer, WAL writer…). */
export async function postgresProcesses(dataDir: string): Promise<number[]> {
  const postmaster = await livePostmaster(dataDir);
  if (postmaster === undefined) throw new Error(`no PostgreSQL runs on ${dataDir}`);
  const children: number[] = [];
  for (const entry of await readdir('/proc')) {
    const pid = Number(entry);
    if (Number.isInteger(pid) && (await parentOf(pid)) === postmaster) children.push(pid);
  }
  return [postmaster, ...children];
}

/** SIGSTOP: the server and its backends stop answering, with their sockets left open (a frozen VM, a stuck disk). */
export async function freeze(dataDir: string): Promise<number[]> {
  const processes = await postgresProcesses(dataDir);
  for (const pid of processes) process.kill(pid, 'SIGSTOP');
  return processes;
}

export function thaw(processes: number[]): void {
  for (const pid of processes) {
    try {
      process.kill(pid, 'SIGCONT');
    } catch {
      // Gone already: nothing to resume.
    }
  }
}

/** SIGKILL of the postmaster and every backend (the OOM killer, a crashed host process): no shutdown, crash recovery at the next start. */
export async function kill(dataDir: string): Promise<void> {
  const processes = await postgresProcesses(dataDir);
  for (const pid of processes) process.kill(pid, 'SIGKILL');
  while (await livePostmaster(dataDir)) await new Promise((resolve) => setTimeout(resolve, 50));
}
