import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import { ListOrganizationsQuery } from '../../src/registry/organizations/organization.dto.js';
import { OrganizationRepository } from '../../src/registry/organizations/organization.repository.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const UNITS = 20_000;

/**
 * The repository's own queries, explained instead of run: a stand-in manager prefixes each statement
 * with EXPLAIN and keeps the plans, so the test checks exactly the SQL the app sends.
 */
function explaining(t: TestApp): { manager: EntityManager; plans: string[] } {
  const plans: string[] = [];
  const manager = {
    query: async (sql: string, parameters?: unknown[]) => {
      const rows: { 'QUERY PLAN': string }[] = await t.dataSource.query(`EXPLAIN ${sql}`, parameters);
      plans.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
      return [{ total: 0 }];
    },
  };
  return { manager: manager as unknown as EntityManager, plans };
}

function listQuery(fields: Partial<ListOrganizationsQuery>): ListOrganizationsQuery {
  return Object.assign(new ListOrganizationsQuery(), fields);
}

describe('the organization list and search with thousands of units', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.query(
      `WITH units AS (
         INSERT INTO organizations (code, kind, province, active_from)
         SELECT 'HOI-' || i, 'association', NULL, DATE '2000-01-01' FROM generate_series(1, $1::int) AS i
         RETURNING id, code
       )
       INSERT INTO organization_names (organization_id, full_name, short_name, valid_from)
       SELECT id, 'Hội khoa học ' || md5(code), 'Hội ' || left(md5(code), 8), DATE '2000-01-01' FROM units`,
      [UNITS],
    );
    // As autovacuum would: the statistics, and the trigram index's pending entries merged in.
    await t.dataSource.query('VACUUM ANALYZE organizations');
    await t.dataSource.query('VACUUM ANALYZE organization_names');
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds a name through the trigram index on search_key', async () => {
    const { manager, plans } = explaining(t);
    await new OrganizationRepository(manager).list(listQuery({ q: 'khoa học 81dc9bdb' }), '2026-01-01');
    expect(plans).toHaveLength(2);
    for (const plan of plans) expect(plan).toContain('organization_names_search_key_idx');
  });

  it('names each unit of the default list through the index of names by date', async () => {
    const { manager, plans } = explaining(t);
    await new OrganizationRepository(manager).list(listQuery({}), '2026-01-01');
    expect(plans[0]).toContain('organization_names_organization_valid_from_idx');
    expect(plans[0]).not.toMatch(/Seq Scan on organization_names/);
  });
});
