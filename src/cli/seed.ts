import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { runSeeds } from '../../seeds/run-seeds.js';
import { migrate } from '../platform/database/resolve-database.js';
import { exitWithUsage, runCommand, withDataSource } from './command.js';

const USAGE = 'Cách dùng: node dist/src/cli/seed.js [--reference-only]';

function referenceOnly(): boolean {
  try {
    return parseArgs({ options: { 'reference-only': { type: 'boolean', default: false } } }).values['reference-only'];
  } catch {
    return exitWithUsage(USAGE);
  }
}

const demo = !referenceOnly();
runCommand(async ({ url, migrationUrl, logger }) => {
  // Seeds need the schema; the app would apply the same migrations at its next start anyway.
  await migrate(migrationUrl, logger);
  await withDataSource(url, (dataSource) => runSeeds(dataSource, { demo }, logger));
});
