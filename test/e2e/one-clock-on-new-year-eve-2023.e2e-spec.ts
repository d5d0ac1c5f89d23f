import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Clock } from '../../src/platform/time/clock.js';
import { type Conference, givenCluster3Conference, givenOpenVote } from '../helpers/meeting-factories.js';
import { givenAwardCatalog } from '../helpers/nomination-factories.js';
import { type Cluster3, givenMembers, givenProvincialUnion, givenRename } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * 23:30 on 31/12/2023 in Hà Nội is 16:30 UTC: a server in UTC is still in 2023 too, but one hour later Vietnam is in
 * 2024 and UTC is not. Every default day and year comes from the one Vietnam-time clock: the registry, the meetings'
 * clusters, the nominations and the reports all still say 31/12/2023 and 2023.
 */
describe('the app at 23:30 on New Year’s Eve 2023 in Hà Nội (16:30 UTC)', () => {
  let t: TestApp;
  let c3: Cluster3;
  let joinsIn2024: string;
  let conference: Conference;
  const VOTE_TITLE = 'Suy tôn đơn vị dẫn đầu đề nghị tặng Cờ thi đua năm 2023';

  beforeAll(async () => {
    t = await startTestApp();
    conference = await givenCluster3Conference(t);
    c3 = conference.c3;
    await givenOpenVote(conference, { subject: 'flag_proposal', title: VOTE_TITLE, method: 'electronic' });
    // Renamed from the first day of 2024, and a union that joins Cluster 3 that day: neither may show yet.
    await givenRename(t.dataSource, c3.units.sonLa, {
      fullName: 'Liên hiệp Hội tỉnh Sơn La (tên mới)',
      shortName: 'LHH Sơn La mới',
      from: '2024-01-01',
    });
    joinsIn2024 = await givenProvincialUnion(t.dataSource, 'LHH-HA-GIANG', 'Hà Giang');
    await givenMembers(t.dataSource, c3.cluster, [joinsIn2024], 2024);
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2023-12-31T16:30:00Z'));
  });
  afterAll(async () => {
    await t.close();
  });

  it('names a unit as it is named on 31/12/2023', async () => {
    const unit = await t.staff.get(`/api/v1/organizations/${c3.units.sonLa}`).expect(200);
    expect(unit.body.shortName).not.toBe('LHH Sơn La mới');
  });

  it('shows a cluster and its members as they are in 2023', async () => {
    const cluster = await t.staff.get(`/api/v1/clusters/${c3.cluster}`).expect(200);
    expect(cluster.body.year).toBe(2023);
    const members = await t.staff.get(`/api/v1/clusters/${c3.cluster}/members`).expect(200);
    expect(members.body.total).toBe(8);
    expect(members.body.items.map((m: { organization?: { id: string }; id?: string }) => m.organization?.id ?? m.id)).not.toContain(
      joinsIn2024,
    );
  });

  it('shows a member the open votes of its cluster’s 2023 meetings as this year’s', async () => {
    const home = await conference.officers.laoCai.get('/').expect(200);
    expect(home.text).toContain(VOTE_TITLE);
  });

  it('judges a draft nomination as of 31/12/2023', async () => {
    const awards = await givenAwardCatalog(t);
    const sonLa = conference.secretariat;
    const nomination = await sonLa
      .post('/api/v1/nominations')
      .send({
        awardTypeId: awards.LHHVN_BANG_KHEN,
        year: 2023,
        nominee: { organizationId: c3.units.sonLa },
        proposingOrganizationId: c3.units.sonLa,
        clusterId: c3.cluster,
      })
      .expect(201);
    // The catalogue's first rule set (Decree 98/2023) applies from 01/01/2024: one hour too early for it.
    const judged = await sonLa.get(`/api/v1/nominations/${nomination.body.id}/eligibility`).expect(422);
    expect(judged.body.code).toBe('AWARD_TYPE.NO_RULE_SET_IN_FORCE');
    expect(judged.body.title).toContain('vào ngày 31/12/2023');
  });

  it('refuses an award decision dated 01/01/2024 as a day still to come', async () => {
    const refused = await t.staff.post('/api/v1/award-decisions').send({
      number: '1/QĐ-LHHVN',
      decidedOn: '2024-01-01',
      signerName: 'Phan Xuân Dũng',
      signerPosition: 'Chủ tịch',
      nominationIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('AWARD_DECISION.DATE_INVALID');
  });

  it('opens the national overview of 2023', async () => {
    const opened = await t.staff.get('/reports/years').expect(303);
    expect(opened.headers.location).toBe('/reports/years/2023');
  });

  it('has turned to 2024 one hour later (00:30 in Hà Nội, still 2023 in UTC)', async () => {
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date('2023-12-31T17:30:00Z'));
    expect((await t.staff.get(`/api/v1/clusters/${c3.cluster}`).expect(200)).body.year).toBe(2024);
    expect((await t.staff.get(`/api/v1/organizations/${c3.units.sonLa}`).expect(200)).body.shortName).toBe('LHH Sơn La mới');
    expect((await conference.officers.laoCai.get('/').expect(200)).text).not.toContain(VOTE_TITLE);
    expect((await t.staff.get('/reports/years').expect(303)).headers.location).toBe('/reports/years/2024');
  });
});
