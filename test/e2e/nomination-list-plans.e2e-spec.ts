import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../src/platform/request-context/request-context.js';
import { NominationRepository } from '../../src/nominations/nominations/nomination.repository.js';
import { ReviewRepository } from '../../src/nominations/reviews/review.repository.js';
import { loadNationalFacts } from '../../src/reports/national/national-overview.queries.js';
import type { ListNominationsQuery } from '../../src/nominations/nominations/nomination.dto.js';
import type { ReviewQueueQuery } from '../../src/nominations/reviews/review.dto.js';
import { givenAwardCatalog } from '../helpers/nomination-factories.js';
import { givenCluster3In2023 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Sort Key'?: string[];
  Plans?: PlanNode[];
}

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

/** The tables a plan reads, as often as it reads them. */
function relationsOf(nodes: PlanNode[]): string[] {
  return nodes.flatMap((node) => node['Relation Name'] ?? []);
}

/** The tables a plan reads in full. */
function seqScanned(nodes: PlanNode[]): string[] {
  return nodes.filter((node) => node['Node Type'] === 'Seq Scan').flatMap((node) => node['Relation Name'] ?? []);
}

interface Plan {
  /** The page of rows, or its count. */
  page: boolean;
  nodes: PlanNode[];
}

/**
 * Runs the repositories' own SQL under EXPLAIN: every query is planned instead of run, so the test
 * reads the plans of the very queries production sends. `pricedOut` plans with sequential scans priced out, to
 * show that an index can serve the query at all where the test's tables are too small for the planner to prefer it.
 */
function explaining(t: TestApp, pricedOut = false): { db: EntityManager; plans: Plan[] } {
  const plans: Plan[] = [];
  const explain = async (sql: string, parameters?: unknown[]) =>
    t.dataSource.transaction(async (tx) => {
      if (pricedOut) await tx.query('SET LOCAL enable_seqscan = off');
      const [row]: { 'QUERY PLAN': { Plan: PlanNode }[] }[] = await tx.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
      return row;
    });
  const db = {
    query: async (sql: string, parameters?: unknown[]) => {
      const row = await explain(sql, parameters);
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

/** The lists that grow with every year read the index they were given, not all the nominations (issue 16). */
describe('the nominations list and the review queue on many years of nominations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const c3 = await givenCluster3In2023(t.dataSource);
    const awards = await givenAwardCatalog(t);
    const [ruleSet] = await t.dataSource.query('SELECT id FROM award_rule_sets ORDER BY effective_from LIMIT 1');
    // 4,000 units with their names and one officer each named in `people`, in Cluster 3 for the test's sake.
    await t.dataSource.query(
      `WITH unit AS (
         INSERT INTO organizations (code, kind, province, active_from)
         SELECT 'PLAN-U' || n, 'association', 'Tỉnh ' || (n % 63), make_date(1950, 1, 1) FROM generate_series(1, 4000) n RETURNING id, code),
       named AS (
         INSERT INTO organization_names (organization_id, full_name, short_name, valid_from)
         SELECT id, 'Hội Khoa học Kỹ thuật ' || (ARRAY['Nông nghiệp','Thủy lợi','Y dược','Môi trường'])[substr(code, 7)::int % 4 + 1]
                  || ' số ' || substr(code, 7), 'Hội KHKT ' || substr(code, 7), make_date(1950, 1, 1)
         FROM unit RETURNING organization_id)
       INSERT INTO people (organization_id, full_name, birth_year)
       SELECT id, 'Nguyễn Văn Thử ' || substr(code, 7), 1970 FROM unit`,
    );
    // The 8 unions × 2 awards × 250 years, and the 4,000 units × 2 awards × 20 years: 164,000 nominations, of which
    // one year in twenty of the unions' and the last year of the units' wait for the staff's check. A statement a
    // year, each well within the statement timeout however busy the machine.
    const insertNominations = (targets: string, parameters: unknown[]) =>
      t.dataSource.query(
        `INSERT INTO nominations (award_type_id, year, nominee_kind, nominee_organization_id, proposing_organization_id, cluster_id,
           state, submitted_on, rule_set_id, legal_basis_code, legal_basis_citation, legal_basis_citation_en, created_at, waiting_since)
         SELECT award.id, y, 'collective', unit_id, unit_id, $1, CASE WHEN waits THEN 'submitted' ELSE 'draft' END::nomination_state,
           CASE WHEN waits THEN make_date(y, 12, 1) END, CASE WHEN waits THEN $2::uuid END,
           CASE WHEN waits THEN 'ND-98-2023' END, CASE WHEN waits THEN 'Nghị định 98/2023/NĐ-CP' END,
           CASE WHEN waits THEN 'Decree 98/2023/ND-CP' END, make_timestamptz(y, 6, 1, 0, 0, 0),
           CASE WHEN waits THEN make_timestamptz(y, 12, 1, 0, 0, 0) END
         FROM (${targets}) AS target (y, unit_id, waits) CROSS JOIN unnest($3::uuid[]) AS award (id)`,
        [c3.cluster, ruleSet.id, [awards.LHHVN_CO_THI_DUA, awards.LHHVN_BANG_KHEN], ...parameters],
      );
    await insertNominations('SELECT y, unit_id, y % 20 = 0 FROM generate_series(1950, 2199) AS y, unnest($4::uuid[]) AS unit_id', [
      Object.values(c3.units),
    ]);
    for (let year = 2004; year <= 2023; year++) {
      await insertNominations(`SELECT $4::int, o.id, $4 = 2023 FROM organizations o WHERE o.code LIKE 'PLAN-U%'`, [year]);
    }
    await t.dataSource.query(
      `INSERT INTO nomination_history (nomination_id, action, from_state, to_state, actor_username, occurred_at)
       SELECT id, 'submit', 'draft', 'submitted', 'vusta.canbo', waiting_since FROM nominations WHERE waiting_since IS NOT NULL`,
    );
    await t.dataSource.query('VACUUM ANALYZE nominations, nomination_history, organizations, organization_names, people');
  });
  afterAll(async () => {
    await t.close();
  });

  it('pages the default list, newest first, down the created_at index, and counts without joining', async () => {
    const { db, plans } = explaining(t);
    const query = { page: 1, pageSize: 20, sort: '-createdAt' } as ListNominationsQuery;
    await new NominationRepository(db).list(STAFF, query);
    const rows = (plans.find((plan) => plan.page) as Plan).nodes;
    expect(rows.some((node) => node['Index Name'] === 'nominations_created_at_idx')).toBe(true);
    expect(seqScanned(rows)).not.toContain('nominations');
    const count = (plans.find((plan) => !plan.page) as Plan).nodes;
    expect(new Set(relationsOf(count))).toEqual(new Set(['nominations']));
  });

  it('reads only the dossiers waiting for a check, in their stored order, for the review queue', async () => {
    for (const sort of ['waitingSince', '-waitingSince'] as const) {
      const { db, plans } = explaining(t);
      const query = { page: 1, pageSize: 20, status: 'awaiting_review', sort } as ReviewQueueQuery;
      await new ReviewRepository(db).queue(query);
      expect(plans).toHaveLength(2);
      const [rows, count] = [plans.find((plan) => plan.page) as Plan, plans.find((plan) => !plan.page) as Plan];
      const index = sort === 'waitingSince' ? 'nominations_waiting_idx' : 'nominations_waiting_newest_idx';
      expect(rows.nodes.some((node) => node['Index Name'] === index)).toBe(true);
      // The history is read for the page's rows, by its index, never aggregated for every waiting dossier first.
      expect(rows.nodes.flatMap((node) => node['Sort Key'] ?? []).filter((key) => key.includes('waiting_since'))).toEqual([]);
      expect(seqScanned(rows.nodes)).not.toContain('nomination_history');
      expect(seqScanned(rows.nodes)).not.toContain('nominations');
      expect(seqScanned(count.nodes)).not.toContain('nominations');
      expect(new Set(relationsOf(count.nodes))).toEqual(new Set(['nominations']));
    }
  });

  it("searches nominations by their nominee unit's or person's name through the trigram indexes", async () => {
    for (const q of ['thủy lợi số 17', 'nguyen van thu 123']) {
      const { db, plans } = explaining(t, true);
      const query = { page: 1, pageSize: 20, sort: '-createdAt', q } as ListNominationsQuery;
      await new NominationRepository(db).list(STAFF, query);
      expect(plans).toHaveLength(2);
      for (const { nodes } of plans) {
        // The names by their trigram indexes, then the nominations by nominee unit and by nominee.
        expect(nodes.map((node) => node['Index Name'])).toEqual(
          expect.arrayContaining([
            'organization_names_search_key_idx',
            'people_search_key_idx',
            'nominations_nominee_idx',
            'nominations_nominee_organization_idx',
          ]),
        );
        expect(seqScanned(nodes)).toEqual([]);
      }
    }
  });

  it("counts a year's nominations for the national overview from the index led by the year", async () => {
    const { db, plans } = explaining(t);
    await loadNationalFacts(db, 2023, 2019);
    const nodes = plans.flatMap((plan) => plan.nodes);
    expect(nodes.map((node) => node['Index Name'])).toContain('nominations_year_idx');
    expect(seqScanned(nodes)).not.toContain('nominations');
  });
});
