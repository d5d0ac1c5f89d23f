import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Conference, givenCluster3Conference, givenOpenVote } from '../helpers/meeting-factories.js';
import type { Cluster3 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** The eight unions present, each recorded as a unit only: the published account names no delegate. */
function unitsPresent(c3: Cluster3) {
  return Object.values(c3.units).map((organizationId) => ({ organizationId, present: true, votesForUnit: true }));
}

describe('records what the meeting did: units present without names, results by show of hands or unanimous, with no invented count', () => {
  let t: TestApp;
  let conference: Conference;

  beforeAll(async () => {
    t = await startTestApp();
    conference = await givenCluster3Conference(t, unitsPresent);
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps the eight unions present without a named delegate', async () => {
    const meeting = await conference.secretariat.get(`/api/v1/meetings/${conference.meetingId}`).expect(200);
    expect(meeting.body.delegates).toHaveLength(8);
    expect(meeting.body.delegates.every((d: { fullName: string | null }) => d.fullName === null)).toBe(true);
    expect(meeting.body.attendance).toMatchObject({ memberCount: 8, presentCount: 8, votingCount: 8 });
  });

  it('proposes Sơn La and Hòa Bình by show of hands, and shows no count for it anywhere', async () => {
    const { sonLa, hoaBinh, laoCai } = conference.c3.units;
    const voteId = await givenOpenVote(conference, { subject: 'flag_proposal', title: 'Suy tôn đơn vị dẫn đầu năm 2023', method: 'paper' });
    const refused = await conference.secretariat
      .put(`/api/v1/votes/${voteId}/declared-result`)
      .send({ form: 'show_of_hands', approved: true });
    expect([refused.status, refused.body.code]).toEqual([422, 'BALLOT.INVALID_DECLARED_RESULT']);
    const declared = await conference.secretariat
      .put(`/api/v1/votes/${voteId}/declared-result`)
      .send({ form: 'show_of_hands', chosenIds: [sonLa, hoaBinh] })
      .expect(200);
    expect(declared.body.rounds[0].counting).toBe('show_of_hands');
    await conference.secretariat.post(`/api/v1/votes/${voteId}/close`).expect(200);

    const result = await conference.officers.dienBien.get(`/api/v1/votes/${voteId}/result`).expect(200);
    const [round] = result.body.rounds;
    expect(result.body.method).toBe('paper');
    expect(round).toMatchObject({ counting: 'show_of_hands', ballotsValid: null, ballotsInvalid: null, threshold: null, paper: null });
    expect(round.candidates.slice(0, 2).map((c: { unit: { shortName: string } }) => c.unit.shortName)).toEqual([
      'LHH Hòa Bình',
      'LHH Sơn La',
    ]);
    for (const candidate of round.candidates) expect(candidate).toMatchObject({ votes: null, share: null, percent: null, rank: null });
    expect(round.candidates.find((c: { candidateId: string }) => c.candidateId === laoCai)).toMatchObject({
      passed: false,
      reasons: [{ code: 'DECLARED', text: 'Không được chọn, biểu quyết giơ tay, không ghi số phiếu.' }],
    });
    expect(result.body.outcome.chosen.map((u: { shortName: string }) => u.shortName)).toEqual(['LHH Hòa Bình', 'LHH Sơn La']);

    const proposals = await conference.officers.laoCai.get('/api/v1/flag-proposals').query({ meetingId: conference.meetingId }).expect(200);
    expect(proposals.body.items).toHaveLength(2);
    for (const proposal of proposals.body.items) expect(proposal).toMatchObject({ votes: null, share: null, percent: null, rank: null });
  });

  it('hands the 2024 chair to the unit the rotation proposes, by unanimous decision, with no yes count', async () => {
    const { sonLa, laoCai } = conference.c3.units;
    // 2023's vice-chair is Lào Cai: under "the vice-chair succeeds", the rotation proposes Lào Cai to chair 2024.
    await t.staff
      .put(`/api/v1/clusters/${conference.c3.cluster}/terms/2023`)
      .send({ chairId: sonLa, viceChairId: laoCai, decidedBy: 'rotation', version: 1 })
      .expect(200);
    const voteId = await givenOpenVote(conference, {
      subject: 'chair_handover',
      title: 'Chuyển trao nhiệm vụ Cụm trưởng năm 2024',
      method: 'paper',
    });
    const opened = await conference.secretariat.get(`/api/v1/votes/${voteId}`).expect(200);
    expect(opened.body.proposedOrganization).toMatchObject({ id: laoCai, shortName: 'LHH Lào Cai' });
    await conference.secretariat.put(`/api/v1/votes/${voteId}/declared-result`).send({ form: 'unanimous', approved: true }).expect(200);
    await conference.secretariat.post(`/api/v1/votes/${voteId}/close`).expect(200);

    const result = await conference.officers.dienBien.get(`/api/v1/votes/${voteId}/result`).expect(200);
    expect(result.body.rounds[0]).toMatchObject({
      counting: 'unanimous',
      answers: {
        yes: null,
        no: null,
        abstain: null,
        passed: true,
        reasons: [{ code: 'APPROVED', text: 'Được thông qua, biểu quyết nhất trí.' }],
      },
    });
    const term = await conference.officers.dienBien.get(`/api/v1/clusters/${conference.c3.cluster}/terms/2024`).expect(200);
    expect(term.body).toMatchObject({ chair: { id: laoCai }, decidedBy: 'election' });
  });
});
