import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { standaloneUsersService } from '../src/access/users/users.standalone.js';
import { standaloneMergersService } from '../src/registry/registry.standalone.js';
import { seedClusters, seededClusterOf } from './demo/clusters.js';
import { seedEmulation2023 } from './demo/emulation.js';
import { seedMergers } from './demo/mergers.js';
import { seedDemoUsers } from './demo/users.js';
import { seedAwardCatalog } from './reference/award-catalog.js';
import { seedOrganizations } from './reference/organizations.js';

export interface SeedOptions {
  /** Also load the demo data (the clusters and the demo accounts); reference data alone is what production needs. */
  demo: boolean;
}

/** Any constant: two seed runs at once take turns instead of racing on the same codes. */
const SEED_LOCK_KEY = 7_412_003;

/** Loads the seeds in one transaction; idempotent, so running it again changes nothing. */
export async function runSeeds(dataSource: DataSource, options: SeedOptions, logger: Logger): Promise<void> {
  const createdUsers = await dataSource.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    const organizations = await seedOrganizations(tx);
    await seedAwardCatalog(tx);
    if (!options.demo) return [];
    const clusters = await seedClusters(tx, organizations);
    await seedEmulation2023(tx, organizations, clusters);
    await seedMergers(
      tx,
      organizations,
      (unionCode) => {
        const code = seededClusterOf(unionCode);
        return code && clusters.get(code);
      },
      standaloneMergersService(dataSource),
    );
    return seedDemoUsers(tx, organizations, standaloneUsersService(dataSource));
  });
  logger.info({ ...options, createdUsers }, options.demo ? 'Reference and demo data loaded' : 'Reference data loaded');
}
