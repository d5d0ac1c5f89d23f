import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pino } from 'pino';
import type { DataSource } from 'typeorm';
import { runSeeds, type SeedOptions } from '../../seeds/run-seeds.js';
import { contentOf } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const quiet = pino({ level: 'silent' });
const SEEDED_TABLES = ['organizations', 'organization_names', 'clusters', 'cluster_memberships', 'cluster_terms', 'cluster_supervisors'];
const CLUSTER_3_IN_2023 = [
  'LHH-SON-LA',
  'LHH-DIEN-BIEN',
  'LHH-LAI-CHAU',
  'LHH-LAO-CAI',
  'LHH-YEN-BAI',
  'LHH-VINH-PHUC',
  'LHH-PHU-THO',
  'LHH-HOA-BINH',
];

/** The app on a fresh database that the seeds have run on once; call it inside a describe. */
function seededApp(options: SeedOptions): () => TestApp {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await runSeeds(t.dataSource, options, quiet);
  });
  afterAll(async () => {
    await t.close();
  });
  return () => t;
}

/** Row count and a digest of every column of every row, per seeded table. */
async function snapshot(dataSource: DataSource): Promise<Record<string, { rows: number; digest: string | null }>> {
  const entries = await Promise.all(
    SEEDED_TABLES.map(async (table) => {
      const [row] = await dataSource.query(
        `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t.id)) AS digest FROM ${table} t`,
      );
      return [table, row] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** The one item of a list endpoint (organizations or clusters) with this code, found by searching for it. */
async function findByCode(t: TestApp, list: string, code: string): Promise<{ id: string; code: string; name?: string }> {
  const response = await t.staff.get(`/api/v1/${list}`).query({ q: code }).expect(200);
  const found = response.body.items.filter((item: { code: string }) => item.code === code);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('npm run seed (reference and demo data)', () => {
  const app = seededApp({ demo: true });

  it('loads VUSTA, 63 provincial unions, the 23 unions the 2025 mergers made, and 9 clusters holding them', async () => {
    const tables = await snapshot(app().dataSource);
    expect(Object.fromEntries(Object.entries(tables).map(([table, { rows }]) => [table, rows]))).toEqual({
      organizations: 64 + 23,
      organization_names: 64 + 23,
      clusters: 9,
      cluster_memberships: 63 + 23,
      cluster_terms: 4,
      cluster_supervisors: 2,
    });
  });

  it('changes nothing when run a second time', async () => {
    const before = await snapshot(app().dataSource);
    await runSeeds(app().dataSource, { demo: true }, quiet);
    expect(await snapshot(app().dataSource)).toEqual(before);
  });

  it('lists the 63 provincial unions of 2023 and the 34 of 2026', async () => {
    const in2023 = await app()
      .staff.get('/api/v1/organizations')
      .query({ kind: 'provincial_union', activeIn: 2023, pageSize: 100 })
      .expect(200);
    expect(in2023.body.total).toBe(63);
    expect(in2023.body.items).toHaveLength(63);
    const in2026 = await app()
      .staff.get('/api/v1/organizations')
      .query({ kind: 'provincial_union', activeIn: 2026, pageSize: 100 })
      .expect(200);
    expect(in2026.body.total).toBe(34);
  });

  it('has exactly the 8 members of Cluster 3 in 2023', async () => {
    const cluster = await findByCode(app(), 'clusters', 'VUSTA-CUM-3');
    expect(cluster.name).toBe('Cụm thi đua số 3');
    const response = await app().staff.get(`/api/v1/clusters/${cluster.id}/members`).query({ year: 2023, pageSize: 50 }).expect(200);
    expect(response.body.total).toBe(8);
    expect(response.body.items.map((member: { code: string }) => member.code).sort()).toEqual([...CLUSTER_3_IN_2023].sort());
  });

  it('records the 1 July 2025 mergers: Cluster 3 has 5 members in 2026', async () => {
    const cluster = await findByCode(app(), 'clusters', 'VUSTA-CUM-3');
    const response = await app().staff.get(`/api/v1/clusters/${cluster.id}/members`).query({ year: 2026, pageSize: 50 }).expect(200);
    expect(response.body.total).toBe(5);
    expect(response.body.items.map((member: { code: string }) => member.code).sort()).toEqual(
      ['LHH-SON-LA', 'LHH-DIEN-BIEN', 'LHH-LAI-CHAU', 'LHH-LAO-CAI-2025', 'LHH-PHU-THO-2025'].sort(),
    );
    const in2024 = await app().staff.get(`/api/v1/clusters/${cluster.id}/members`).query({ year: 2024, pageSize: 50 }).expect(200);
    expect(in2024.body.total).toBe(8);
  });

  it("shows Yên Bái among Lào Cai's predecessors, in its lineage and its history", async () => {
    const laoCai = await findByCode(app(), 'organizations', 'LHH-LAO-CAI-2025');
    const lineage = await app().staff.get(`/api/v1/organizations/${laoCai.id}/lineage`).expect(200);
    expect(lineage.body.ancestors.map((unit: { code: string }) => unit.code).sort()).toEqual(['LHH-LAO-CAI', 'LHH-YEN-BAI']);
    expect(lineage.body.ancestors).toContainEqual(
      expect.objectContaining({
        code: 'LHH-YEN-BAI',
        shortName: 'LHH Yên Bái',
        event: 'merger',
        effectiveDate: '2025-07-01',
        legalBasis: 'Nghị quyết 202/2025/QH15',
      }),
    );
    const history = await app().staff.get(`/api/v1/organizations/${laoCai.id}/history`).expect(200);
    const year2023 = history.body.years.find((year: { year: number }) => year.year === 2023);
    expect(year2023.memberships.map((entry: { unit: { code: string } }) => entry.unit.code).sort()).toEqual(['LHH-LAO-CAI', 'LHH-YEN-BAI']);
  });

  it('merges unions of two clusters into the cluster of the union that gives its name', async () => {
    const anGiang = await findByCode(app(), 'organizations', 'LHH-AN-GIANG-2025');
    const clusters = await app().staff.get('/api/v1/clusters').query({ memberId: anGiang.id, year: 2026 }).expect(200);
    expect(clusters.body.items.map((cluster: { code: string }) => cluster.code)).toEqual(['VUSTA-CUM-8']);
  });

  it('says Sơn La chaired Cluster 3 in 2023', async () => {
    const cluster = await findByCode(app(), 'clusters', 'VUSTA-CUM-3');
    const response = await app().staff.get(`/api/v1/clusters/${cluster.id}/terms/2023`).expect(200);
    expect(response.body).toMatchObject({
      year: 2023,
      chair: { code: 'LHH-SON-LA', fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La', shortName: 'LHH Sơn La' },
      viceChair: null,
      decidedBy: 'rotation',
    });
  });

  it("has Cluster 3's 2023 pact signed by the 8 unions, its criteria and self-scores led by Sơn La and Hòa Bình, once", async () => {
    const cluster = await findByCode(app(), 'clusters', 'VUSTA-CUM-3');
    const path = `/api/v1/emulation/clusters/${cluster.id}/years/2023`;
    const pact = await app().staff.get(`${path}/pact`).expect(200);
    expect(pact.body).toMatchObject({ signedCount: 8, memberCount: 8 });
    const criteria = await app().staff.get(`${path}/criteria`).expect(200);
    expect(criteria.body).toMatchObject({ locked: true, maxPoints: 100 });
    expect(criteria.body.groups.length).toBeGreaterThanOrEqual(3);
    const ranking = await app().staff.get(`${path}/ranking`).expect(200);
    expect(ranking.body.leaders.map((unit: { code: string }) => unit.code)).toEqual(['LHH-SON-LA', 'LHH-HOA-BINH']);
    const tables = ['emulation_pacts', 'emulation_pact_signatures', 'emulation_criteria', 'emulation_scores', 'emulation_score_tables'];
    const before = await contentOf(app().dataSource, ...tables);
    await runSeeds(app().dataSource, { demo: true }, quiet);
    expect(await contentOf(app().dataSource, ...tables)).toEqual(before);
  });

  it('finds Hòa Bình however it is spelt', async () => {
    for (const q of ['hoa binh', 'Hoà Bình', 'Hòa Bình']) {
      const response = await app().staff.get('/api/v1/organizations').query({ q }).expect(200);
      expect(response.body.items.map((unit: { code: string }) => unit.code)).toEqual(['LHH-HOA-BINH']);
    }
  });
});

describe('npm run seed -- --reference-only', () => {
  const app = seededApp({ demo: false });

  it('loads the units but no clusters', async () => {
    const organizations = await app().staff.get('/api/v1/organizations').query({ pageSize: 100 }).expect(200);
    expect(organizations.body.total).toBe(64);
    const clusters = await app().staff.get('/api/v1/clusters').expect(200);
    expect(clusters.body.total).toBe(0);
  });
});

describe('npm run seed after the registry has moved on', () => {
  const app = seededApp({ demo: true });

  it('leaves the 2025 mergers and what staff changed since as they are', async () => {
    const t = app();
    // The registry moves on: the new Lào Cai union takes a new name, Điện Biên leaves Cluster 3 after 2026.
    const laoCai = await findByCode(t, 'organizations', 'LHH-LAO-CAI-2025');
    await t.staff
      .post(`/api/v1/organizations/${laoCai.id}/names`)
      .send({ fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai (mới)', shortName: 'LHH Lào Cai', validFrom: '2026-01-01' })
      .expect(201);
    const cluster3 = await findByCode(t, 'clusters', 'VUSTA-CUM-3');
    await t.staff
      .post(`/api/v1/clusters/${cluster3.id}/members/${(await findByCode(t, 'organizations', 'LHH-DIEN-BIEN')).id}/end`)
      .send({ lastYear: 2026 })
      .expect(200);
    const moved = await snapshot(t.dataSource);

    await runSeeds(t.dataSource, { demo: true }, quiet);

    expect(await snapshot(t.dataSource)).toEqual(moved);
    const ended = await t.dataSource.query(
      `SELECT code, active_to::text FROM organizations WHERE code IN ('LHH-YEN-BAI', 'LHH-LAO-CAI') ORDER BY code`,
    );
    expect(ended).toEqual([
      { code: 'LHH-LAO-CAI', active_to: '2025-06-30' },
      { code: 'LHH-YEN-BAI', active_to: '2025-06-30' },
    ]);
    const members = await t.staff
      .get(`/api/v1/clusters/${(await findByCode(t, 'clusters', 'VUSTA-CUM-3')).id}/members`)
      .query({ year: 2023, pageSize: 50 })
      .expect(200);
    expect(members.body.items.map((member: { code: string }) => member.code).sort()).toEqual([...CLUSTER_3_IN_2023].sort());
  });
});
