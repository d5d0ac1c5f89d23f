import type { EntityManager } from 'typeorm';
import { AWARD_CATALOG } from '../../src/nominations/award-types/award-catalog.data.js';
import { AwardTypeRepository } from '../../src/nominations/award-types/award-type.repository.js';

/**
 * Reference data: the award types of `award-catalog.data.ts` (upserted by code) and their rule sets.
 * A rule set is inserted only where its period is still free: once stored it is legal history that
 * staff may have ended or followed with a newer one, so a second run never rewrites it.
 * Returns the award types' ids by code.
 */
export function seedAwardCatalog(tx: EntityManager): Promise<Map<string, string>> {
  return new AwardTypeRepository(tx).upsertCatalogue(AWARD_CATALOG);
}
