import type { EntityManager } from 'typeorm';
import { AWARD_CATALOG } from '../../src/nominations/award-types/award-catalog.data.js';
import { AwardRuleSetEntity } from '../../src/nominations/award-types/award-rule-set.entity.js';
import { AwardTypeEntity } from '../../src/nominations/award-types/award-type.entity.js';
import { ruleSetColumns } from '../../src/nominations/award-types/award-type.repository.js';
import { idOf, upsertByCode } from '../upsert-by-code.js';

/**
 * Reference data: the award types of `award-catalog.data.ts` (upserted by code) and their rule sets.
 * A rule set is inserted only where its period is still free: once stored it is legal history that
 * staff may have ended or followed with a newer one, so a second run never rewrites it.
 * Returns the award types' ids by code.
 */
export async function seedAwardCatalog(tx: EntityManager): Promise<Map<string, string>> {
  const ids = await upsertByCode(
    tx,
    AwardTypeEntity,
    AWARD_CATALOG.map((type) => ({
      code: type.code,
      name: type.name.vi,
      nameEn: type.name.en,
      level: type.level,
      form: type.form,
      awardingAuthority: type.awardingAuthority.vi,
      awardingAuthorityEn: type.awardingAuthority.en,
      nomineeKinds: [...type.nomineeKinds],
      nominatedThroughVusta: type.nominatedThroughVusta,
    })),
  );
  const ruleSets = AWARD_CATALOG.flatMap((type) => type.ruleSets.map((ruleSet) => ruleSetColumns(idOf(ids, type.code), ruleSet)));
  // ON CONFLICT DO NOTHING without a target also yields to the exclusion constraint on periods.
  await tx.createQueryBuilder().insert().into(AwardRuleSetEntity).values(ruleSets).orIgnore().execute();
  return ids;
}
