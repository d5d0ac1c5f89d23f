import 'reflect-metadata';
import { mkdir, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { BackupError, backupDatabase, restoreDatabase } from '../platform/backup/logical-backup.js';
import { migrate } from '../platform/database/resolve-database.js';
import { exitWithUsage, runCommand } from './command.js';

const USAGE = [
  'Cách dùng / usage:',
  '  node dist/src/cli/backup.js backup [tệp]              (mặc định backups/thidua-<thời điểm>.jsonl.gz)',
  '  node dist/src/cli/backup.js restore [tệp] [--replace] (mặc định tệp mới nhất trong backups/)',
].join('\n');
const FOLDER = 'backups';
const SUFFIX = '.jsonl.gz';

function defaultBackupFile(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return join(FOLDER, `thidua-${stamp}${SUFFIX}`);
}

async function newestBackup(): Promise<string> {
  const files = (await readdir(FOLDER).catch(() => [] as string[])).filter((f) => f.startsWith('thidua-') && f.endsWith(SUFFIX)).sort();
  const newest = files.at(-1);
  if (!newest) throw new BackupError(`Không có bản sao lưu nào trong ${FOLDER}/.`, `There is no backup in ${FOLDER}/.`);
  return join(FOLDER, newest);
}

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

const [command, ...rest] = process.argv.slice(2);
const replace = rest.includes('--replace');
const named = rest.find((arg) => !arg.startsWith('--'));

if (command === 'backup') {
  runCommand(async ({ url }) => {
    const file = resolve(named ?? defaultBackupFile());
    await mkdir(dirname(file), { recursive: true });
    const summary = await backupDatabase(url, file);
    print(
      `Đã sao lưu ${summary.rows} dòng của ${summary.tables} bảng vào ${file}. / Backed up ${summary.rows} rows of ${summary.tables} tables.`,
    );
  });
} else if (command === 'restore') {
  runCommand(async ({ url, logger }) => {
    const file = resolve(named ?? (await newestBackup()));
    await migrate(url, logger);
    const summary = await restoreDatabase(url, file, { replace });
    print(
      `Đã khôi phục ${summary.rows} dòng của ${summary.tables} bảng từ ${file}. / Restored ${summary.rows} rows of ${summary.tables} tables.`,
    );
  });
} else {
  exitWithUsage(USAGE);
}
