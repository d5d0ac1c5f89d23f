import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "The name a unit bore on a date" (the latest name begun by then) is joined for every unit of every
 * list: an index on (organization_id, valid_from) answers it with one index probe per unit.
 */
export class OrganizationNamesByDate1795901100000 implements MigrationInterface {
  name = 'OrganizationNamesByDate1795901100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX organization_names_organization_valid_from_idx ON organization_names (organization_id, valid_from)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX organization_names_organization_valid_from_idx`);
  }
}
