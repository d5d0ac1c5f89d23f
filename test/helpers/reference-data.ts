import type { DataSource } from 'typeorm';
import { seedAwardCatalog } from '../../seeds/reference/award-catalog.js';

/**
 * VUSTA's award catalog as every install loads it (the reference seed, idempotent): the rule sets a flag vote and
 * the nominations it makes both read. Award type ids by code.
 */
export async function givenReferenceAwardCatalog(dataSource: DataSource): Promise<Record<string, string>> {
  return Object.fromEntries(await dataSource.transaction((tx) => seedAwardCatalog(tx)));
}
