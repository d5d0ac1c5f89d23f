import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { councilBallots, councilVote, givenCouncil } from '../helpers/award-factories.js';
import { type Caller, givenAwardCatalog, givenDossier, onDay, transition, officerOf } from '../helpers/nomination-factories.js';
import { type Cluster3, type Cluster3Unit, givenCluster3In2023 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * VUSTA's flag takes at most 25 % of a cluster's members, rounded down (catalog, UNVERIFIED): 2 of
 * Cluster 3's 8 in 2024. Lào Cai, the 2024 chair, proposes the three units its conference voted for.
 */
describe('two racing submissions that would break a quota give one success and one clear refusal', () => {
  let t: TestApp;
  let c3: Cluster3;
  let laoCai: Caller;
  const flags = {} as Record<'laoCai' | 'sonLa' | 'hoaBinh', string>;

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    const awards = await givenAwardCatalog(t);
    await t.staff
      .put(`/api/v1/clusters/${c3.cluster}/terms/2024`)
      .send({ chairId: c3.units.laoCai, viceChairId: c3.units.yenBai, decidedBy: 'election' })
      .expect(201);
    laoCai = await officerOf(t, c3, 'laoCai');
    onDay(t, '2024-12-05');
    for (const unit of ['laoCai', 'sonLa', 'hoaBinh'] as const satisfies readonly Cluster3Unit[]) {
      const created = await laoCai
        .post('/api/v1/nominations')
        .send({
          awardTypeId: awards.LHHVN_CO_THI_DUA,
          year: 2024,
          nominee: { organizationId: c3.units[unit] },
          proposingOrganizationId: c3.units.laoCai,
          clusterId: c3.cluster,
          basis: {
            reference: 'Biên bản Hội nghị tổng kết Cụm thi đua số 3 năm 2024',
            organizationId: c3.units[unit],
            clusterId: c3.cluster,
            year: 2024,
            passed: true,
            votesInFavour: 7,
            votesCast: 8,
          },
        })
        .expect(201);
      flags[unit] = created.body.id;
      await givenDossier(laoCai, created.body.id);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  async function waitForLockWaiters(count: number): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const [{ waiting }]: { waiting: number }[] = await t.dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (waiting >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`${count} transactions never waited on a lock`);
  }

  it('explains the quota before anyone submits', async () => {
    const eligibility = await laoCai.get(`/api/v1/nominations/${flags.sonLa}/eligibility`).expect(200);
    expect(eligibility.body.eligible).toBe(true);
    expect(eligibility.body.checks.find((c: { check: string }) => c.check === 'QUOTA').reason).toBe(
      'Cụm thi đua số 3 năm 2024 được 25% số thành viên (8), làm tròn xuống: 2 đề nghị; theo thực tiễn của Liên hiệp Hội, chưa được văn bản xác nhận; đề nghị này là suất thứ 1.',
    );
  });

  it('lets the first flag take a place, then gives the last place to exactly one of two racing submissions', async () => {
    await transition(laoCai, flags.laoCai, 'submit').expect(200);
    // The audit trail is written last in a submission's transaction. Holding it makes both submissions
    // reach that point (or wait for the quota before it) before either commits: a real race, every run.
    const blocker = t.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('LOCK TABLE audit_events IN EXCLUSIVE MODE');
    const racing = Promise.all([transition(laoCai, flags.sonLa, 'submit'), transition(laoCai, flags.hoaBinh, 'submit')]);
    await waitForLockWaiters(2);
    await blocker.commitTransaction();
    await blocker.release();
    const race = await racing;
    expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
    const refusal = race.find((r) => r.status === 409)!.body;
    expect(refusal).toMatchObject({
      code: 'NOMINATION.QUOTA_EXCEEDED',
      title: 'Chưa thể nộp hồ sơ: cụm đã dùng hết số suất của loại khen thưởng này trong năm.',
      errors: [
        {
          field: 'clusterId',
          message:
            'Cụm thi đua số 3 năm 2024 đã dùng hết 2 suất (25% số thành viên (8), làm tròn xuống: 2 đề nghị; theo thực tiễn của Liên hiệp Hội, chưa được văn bản xác nhận); đã có 2 đề nghị khác.',
        },
      ],
    });
    const states: { state: string; count: number }[] = await t.dataSource.query(
      `SELECT state, count(*)::int AS count FROM nominations WHERE cluster_id = $1 AND year = 2024 GROUP BY state ORDER BY state`,
      [c3.cluster],
    );
    expect(states).toEqual([
      { state: 'draft', count: 1 },
      { state: 'submitted', count: 2 },
    ]);
  });

  it('frees the place when a flag is rejected, so the one refused may then be submitted', async () => {
    const [{ id: waiting }] = await t.dataSource.query(`SELECT id FROM nominations WHERE state = 'draft' AND year = 2024`);
    const council = await givenCouncil(t, 9, '2024-01-01');
    await transition(t.staff, flags.laoCai, 'forward_to_council').expect(200);
    const rejected = await councilVote(t.staff, flags.laoCai, '2024-12-05', councilBallots(council, { inFavour: 7, against: 2 })).expect(
      201,
    );
    expect(rejected.body).toMatchObject({ nominationState: 'rejected', passed: false });
    const submitted = await transition(laoCai, waiting, 'submit').expect(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', legalBasis: { code: 'ND-98-2023' } });
  });
});
