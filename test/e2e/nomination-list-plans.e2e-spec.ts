import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../src/platform/request-context/request-context.js';
import { NominationRepository } from '../../src/nominations/nominations/nomination.repository.js';
import { ReviewRepository } from '../../src/nominations/reviews/review.repository.js';
import type { ListNominationsQuery } from '../../src/nominations/nominations/nomination.dto.js';
import type { ReviewQueueQuery } from '../../src/nominations/reviews/review.dto.js';
import { givenAwardCatalog } from '../helpers/nomination-factories.js';
import { givenCluster3In2023 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

interface Plan {
  /** The page of rows, or its count. */
  page: boolean;
  nodes: PlanNode[];
}

/**
 * Runs the repositories' own SQL under EXPLAIN: every query is planned instead of run, so the test
 * reads the plans of the very queries production sends.
 */
function explaining(t: TestApp): { db: EntityManager; plans: Plan[] } {
  const plans: Plan[] = [];
  const db = {
    query: async (sql: string, parameters?: unknown[]) => {
      const [row]: { 'QUERY PLAN': { Plan: PlanNode }[] }[] = await t.dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
      const page = !sql.startsWith('SELECT count(*)');
      plans.push({ page, nodes: nodesOf(row['QUERY PLAN'][0].Plan) });
      return page ? [] : [{ total: 0 }];
    },
  };
  return { db: db as unknown as EntityManager, plans };
}

const STAFF: Actor = {
  userId: '00000000-0000-4000-8000-000000000001',
  username: 'vusta.thuongtruc',
  roles: ['national_staff'],
  organizationId: null,
};

/** The lists that grow with every year read the index they were given, not all the nominations. */
describe('the nominations list and the review queue on many years of nominations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const c3 = await givenCluster3In2023(t.dataSource);
    const awards = await givenAwardCatalog(t);
    const [ruleSet] = await t.dataSource.query('SELECT id FROM award_rule_sets ORDER BY effective_from LIMIT 1');
    // 8 unions × 2 awards × 250 years = 4000 nominations; one year in twenty waits for the staff's check.
    await t.dataSource.query(
      `INSERT INTO nominations (award_type_id, year, nominee_kind, nominee_organization_id, proposing_organization_id, cluster_id,
         state, submitted_on, rule_set_id, legal_basis_code, legal_basis_citation, legal_basis_citation_en, created_at)
       SELECT award.id, y, 'collective', unit.id, unit.id, $1,
         CASE WHEN y % 20 = 0 THEN 'submitted' ELSE 'draft' END::nomination_state,
         CASE WHEN y % 20 = 0 THEN make_date(y, 12, 1) END, CASE WHEN y % 20 = 0 THEN $2::uuid END,
         CASE WHEN y % 20 = 0 THEN 'ND-98-2023' END, CASE WHEN y % 20 = 0 THEN 'Nghị định 98/2023/NĐ-CP' END,
         CASE WHEN y % 20 = 0 THEN 'Decree 98/2023/ND-CP' END, make_timestamptz(y, 6, 1, 0, 0, 0)
       FROM generate_series(1950, 2199) AS y, unnest($3::uuid[]) AS unit (id), unnest($4::uuid[]) AS award (id)`,
      [c3.cluster, ruleSet.id, Object.values(c3.units), [awards.LHHVN_CO_THI_DUA, awards.LHHVN_BANG_KHEN]],
    );
    await t.dataSource.query('ANALYZE');
  });
  afterAll(async () => {
    await t.close();
  });

  it('pages the default list, newest first, down the created_at index', async () => {
    const { db, plans } = explaining(t);
    const query = { page: 1, pageSize: 20, sort: '-createdAt' } as ListNominationsQuery;
    await new NominationRepository(db).list(STAFF, query);
    const rows = (plans.find((plan) => plan.page) as Plan).nodes;
    expect(rows.some((node) => node['Index Name'] === 'nominations_created_at_idx')).toBe(true);
    expect(rows.filter((node) => node['Node Type'] === 'Seq Scan').map((node) => node['Relation Name'])).not.toContain('nominations');
  });

  it('reads only the dossiers waiting for a check for the review queue', async () => {
    const { db, plans } = explaining(t);
    const query = { page: 1, pageSize: 20, status: 'awaiting_review', sort: 'waitingSince' } as ReviewQueueQuery;
    await new ReviewRepository(db).queue(query);
    expect(plans).toHaveLength(2);
    for (const { nodes } of plans) {
      expect(nodes.some((node) => node['Index Name'] === 'nominations_state_idx')).toBe(true);
      expect(nodes.filter((node) => node['Node Type'] === 'Seq Scan').map((node) => node['Relation Name'])).not.toContain('nominations');
    }
  });
});
