import type { EntityManager } from 'typeorm';
import { AWARD_CATALOG } from '../../src/nominations/award-types/award-catalog.data.js';
import { AwardTypeRepository } from '../../src/nominations/award-types/award-type.repository.js';
import { LegalInstrumentRepository } from '../../src/nominations/award-types/legal-instrument.repository.js';
import { LEGAL_INSTRUMENTS } from '../../src/nominations/award-types/legal-instruments.data.js';

/**
 * Reference data: the award types of `award-catalog.data.ts` (upserted by code) and their rule sets, with the dated
 * Laws and decrees they rest on (`legal-instruments.data.ts`, upserted by code).
 * A rule set is inserted only where its period is still free: once stored it is legal history that
 * staff may have ended or followed with a newer one, so a second run never rewrites it.
 * Returns the award types' ids by code.
 */
export async function seedAwardCatalog(tx: EntityManager): Promise<Map<string, string>> {
  await new LegalInstrumentRepository(tx).upsert(LEGAL_INSTRUMENTS);
  return new AwardTypeRepository(tx).upsertCatalogue(AWARD_CATALOG);
}
