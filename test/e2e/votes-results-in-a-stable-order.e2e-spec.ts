import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { castBallots, type Conference, givenCluster3Conference, givenOpenVote } from '../helpers/meeting-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('lists results by votes, then by the unit short name in Vietnamese order, whatever order the ballot or the rows have', () => {
  let t: TestApp;
  let conference: Conference;
  let voteId: string;
  const names = (units: { shortName: string }[]) => units.map((unit) => unit.shortName);

  beforeAll(async () => {
    t = await startTestApp();
    conference = await givenCluster3Conference(t);
    const { sonLa, hoaBinh, phuTho, dienBien } = conference.c3.units;
    voteId = await givenOpenVote(conference, {
      subject: 'flag_proposal',
      title: 'Suy tôn đơn vị dẫn đầu năm 2023',
      method: 'electronic',
      candidateIds: [phuTho, sonLa, dienBien, hoaBinh],
    });
    const both = { choices: [sonLa, hoaBinh] };
    const others = { choices: [phuTho, dienBien] };
    await castBallots(conference, voteId, [
      ['sonLa', both],
      ['dienBien', both],
      ['laiChau', both],
      ['laoCai', others],
      ['yenBai', both],
      ['vinhPhuc', both],
      ['phuTho', others],
      ['hoaBinh', both],
    ]);
    await conference.secretariat.post(`/api/v1/votes/${voteId}/close`).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows Hòa Bình before Sơn La (6 votes each) and Điện Biên before Phú Thọ (2 each) in the result', async () => {
    const result = await conference.officers.dienBien.get(`/api/v1/votes/${voteId}/result`).expect(200);
    const [round] = result.body.rounds;
    expect(round.candidates.map((c: { unit: { shortName: string }; votes: number }) => [c.unit.shortName, c.votes])).toEqual([
      ['LHH Hòa Bình', 6],
      ['LHH Sơn La', 6],
      ['LHH Điện Biên', 2],
      ['LHH Phú Thọ', 2],
    ]);
    expect(names(round.chosen)).toEqual(['LHH Hòa Bình', 'LHH Sơn La']);
    expect(names(result.body.outcome.chosen)).toEqual(['LHH Hòa Bình', 'LHH Sơn La']);
  });

  it('lists the two flag proposals with equal votes in the same order, on every read', async () => {
    for (let read = 0; read < 3; read += 1) {
      const proposals = await conference.officers.laoCai
        .get('/api/v1/flag-proposals')
        .query({ meetingId: conference.meetingId })
        .expect(200);
      expect(proposals.body.items.map((p: { unit: { shortName: string }; votes: number }) => [p.unit.shortName, p.votes])).toEqual([
        ['LHH Hòa Bình', 6],
        ['LHH Sơn La', 6],
      ]);
    }
  });
});
