import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  castBallots,
  cluster3Delegates,
  type Conference,
  conference2023,
  givenCluster3Conference,
  givenMeeting,
  givenOpenVote,
  SIGNATORIES_2023,
} from '../helpers/meeting-factories.js';
import { as, type Caller, givenAwardCatalog, givenCluster3FlagVote, onDay } from '../helpers/nomination-factories.js';
import { givenSignedInUser } from '../helpers/auth.js';
import { givenTerm } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** What the catalog says of the flag's quota, which rests on VUSTA's practice and not on the decree. */
const UNVERIFIED = 'theo thực tiễn của Liên hiệp Hội, chưa được văn bản xác nhận';

interface Check {
  check: string;
  passed: boolean;
  reason: string;
}

/**
 * Issue 11, item 7: the vote that proposes a unit for VUSTA's flag and the nomination it makes read the same dated
 * rule set of the award catalog, so they cite the same instrument (Decree 98/2023 for the conference of 2023, Decree
 * 152/2025 for the one of 2026), and both say that the 25 % quota is VUSTA's practice, not the decree's.
 */
describe('a flag vote and the nomination it makes cite one legal basis, with the unverified quota labelled', () => {
  let t: TestApp;
  let conference: Conference;
  let sonLa: Caller;
  let voteOf2026: string;

  /** The flag vote's quota basis and the eligibility of the Sơn La nomination it made, looked at on `day`. */
  const citedBy = async (voteId: string, year: number, day: string) => {
    const vote = await conference.secretariat.get(`/api/v1/votes/${voteId}`).expect(200);
    const [row] = await t.dataSource.query('SELECT id FROM nominations WHERE nominee_organization_id = $1 AND year = $2', [
      conference.c3.units.sonLa,
      year,
    ]);
    onDay(t, day);
    const eligibility = await sonLa.get(`/api/v1/nominations/${row.id}/eligibility`).expect(200);
    const quota = (eligibility.body.checks as Check[]).find((c) => c.check === 'QUOTA') as Check;
    return { quotaBasis: vote.body.quotaBasis as string, legalBasis: eligibility.body.legalBasis, quota };
  };

  beforeAll(async () => {
    t = await startTestApp();
    conference = await givenCluster3Conference(t);
    sonLa = as(
      t,
      await givenSignedInUser(t, { username: 'sonla.vanthu', roles: ['unit_officer'], organizationId: conference.c3.units.sonLa }),
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('2023: the vote and the nomination both cite Decree 98/2023, and both label the quota as unverified practice', async () => {
    const voteId = await givenCluster3FlagVote(conference);
    const cited = await citedBy(voteId, 2023, '2024-01-10');
    expect(cited.legalBasis).toEqual({ code: 'ND-98-2023', citation: 'Nghị định 98/2023/NĐ-CP' });
    expect(cited.quotaBasis).toContain(`theo ${cited.legalBasis.citation}`);
    expect(cited.quotaBasis).toContain(UNVERIFIED);
    expect(cited.quota.reason).toContain(UNVERIFIED);
  });

  it('2026: the vote and the nomination both cite Decree 152/2025, and both label the quota as unverified practice', async () => {
    const { c3 } = conference;
    const { units } = c3;
    onDay(t, '2026-11-20');
    await givenTerm(t.dataSource, { clusterId: c3.cluster, year: 2026, chairId: units.sonLa, viceChairId: null });
    const meeting = {
      ...conference2023(c3),
      ...SIGNATORIES_2023,
      year: 2026,
      title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026',
      startsAt: '2026-11-26T08:00:00+07:00',
      endsAt: '2026-11-26T11:30:00+07:00',
    };
    const meetingId = await givenMeeting(conference.secretariat, meeting, cluster3Delegates(c3));
    const voteId = await givenOpenVote(
      { ...conference, meetingId },
      { subject: 'flag_proposal', title: 'Suy tôn đơn vị dẫn đầu đề nghị tặng Cờ thi đua năm 2026', method: 'electronic' },
    );
    const both = { choices: [units.sonLa, units.dienBien] };
    await castBallots(conference, voteId, [
      ['sonLa', both],
      ['dienBien', both],
      ['laiChau', both],
      ['laoCai', both],
      ['yenBai', both],
      ['vinhPhuc', both],
      ['phuTho', both],
      ['hoaBinh', both],
    ]);
    await conference.secretariat.post(`/api/v1/votes/${voteId}/close`).expect(200);
    const cited = await citedBy(voteId, 2026, '2026-12-01');
    expect(cited.legalBasis).toEqual({ code: 'ND-152-2025', citation: 'Nghị định 152/2025/NĐ-CP' });
    expect(cited.quotaBasis).toBe(
      `Chỉ tiêu 25% số thành viên (8), làm tròn xuống: 2 đề nghị, theo Nghị định 152/2025/NĐ-CP; ${UNVERIFIED}.`,
    );
    expect(cited.quota.reason).toContain(UNVERIFIED);
    voteOf2026 = voteId;
  });

  it('keeps citing the record the vote cited when a rule set dated before the meeting is added afterwards', async () => {
    const catalog = await givenAwardCatalog(t);
    await t.staff
      .post(`/api/v1/award-types/${catalog.LHHVN_CO_THI_DUA}/rule-sets`)
      .send({
        legalBasis: { code: 'ND-XX-2026', citation: { vi: 'Nghị định giả định năm 2026', en: 'A hypothetical 2026 decree' } },
        effectiveFrom: '2026-11-01',
        needsClusterVote: true,
        quota: { kind: 'at_most', count: 3 },
        councilThreshold: { numerator: 4, denominator: 5 },
        prerequisites: [],
        submissionWindow: null,
        requiredDocuments: ['proposal_letter', 'achievement_report', 'evaluation_minutes'],
        cashReward: null,
      })
      .expect(201);
    const cited = await citedBy(voteOf2026, 2026, '2026-12-02');
    expect(cited.legalBasis).toEqual({ code: 'ND-152-2025', citation: 'Nghị định 152/2025/NĐ-CP' });
    expect(cited.quotaBasis).toContain(`theo ${cited.legalBasis.citation}`);
  });
});
