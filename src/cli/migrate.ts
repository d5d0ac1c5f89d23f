import 'reflect-metadata';
import { MigrationExecutor } from 'typeorm';
import { runMigrationsLocked } from '../platform/database/run-migrations.js';
import { exitWithUsage, runCommand, withDataSource } from './command.js';

const USAGE = 'Cách dùng: node dist/src/cli/migrate.js run|revert|show';

const commands = {
  /** Applies the pending migrations, under the same advisory lock as the app's start-up. */
  run: (url: string) =>
    withDataSource(url, async (dataSource) => {
      const applied = await runMigrationsLocked(dataSource);
      print(applied.length > 0 ? applied.map((name) => `Đã chạy: ${name}`) : ['Không có migration nào cần chạy.']);
    }),
  /** Undoes the last applied migration with its down(). */
  revert: (url: string) =>
    withDataSource(url, async (dataSource) => {
      const [last] = await new MigrationExecutor(dataSource).getExecutedMigrations();
      if (!last) return print(['Chưa có migration nào được chạy.']);
      await dataSource.undoLastMigration({ transaction: 'each' });
      print([`Đã hoàn tác: ${last.name}`]);
    }),
  /** Lists every migration the app knows, [X] when applied. */
  show: (url: string) =>
    withDataSource(url, async (dataSource) => {
      const executed = new Set((await new MigrationExecutor(dataSource).getExecutedMigrations()).map((m) => m.name));
      print(dataSource.migrations.map((m) => `[${executed.has(m.name ?? '') ? 'X' : ' '}] ${m.name}`));
    }),
};

function print(lines: string[]): void {
  process.stdout.write(`${lines.join('\n')}\n`);
}

const command = process.argv[2];
if (command === 'run' || command === 'revert' || command === 'show') {
  runCommand(({ migrationUrl }) => commands[command](migrationUrl));
} else {
  exitWithUsage(USAGE);
}
