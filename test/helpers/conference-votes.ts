import type { Cluster3Unit } from './registry-factories.js';
import { castBallots, type Conference, givenCluster3Conference, givenOpenVote } from './meeting-factories.js';
import type { TestApp } from './test-app.js';

export interface DecidedConference extends Conference {
  votes: { flag: string; viceChair: string; chair: string };
}

/**
 * The Cluster 3 conference of 27/11/2023 with its three votes held and closed through the API, as in
 * cluster3-conference-2023.e2e-spec.ts: Sơn La (7/8) and Hòa Bình (6/8) proposed for VUSTA's Emulation Flag,
 * Yên Bái elected vice-chair for 2024 (6/8), the 2024 chair handed to Lào Cai (8/8 yes). The source gives only
 * the outcome; the ballots' contents are invented. `beforeVotes` runs once the meeting is recorded.
 */
export async function givenCluster3ConferenceDecided(
  t: TestApp,
  beforeVotes?: (conference: Conference) => Promise<void>,
): Promise<DecidedConference> {
  const conference = await givenCluster3Conference(t);
  await beforeVotes?.(conference);
  return holdCluster3Votes(conference);
}

/** The three votes of the 2023 conference, held and closed through the API by the officers of `conference`. */
export async function holdCluster3Votes(conference: Conference): Promise<DecidedConference> {
  const { units } = conference.c3;
  const close = (id: string) => conference.secretariat.post(`/api/v1/votes/${id}/close`).expect(200);

  const flag = await givenOpenVote(conference, {
    subject: 'flag_proposal',
    title: 'Suy tôn đơn vị dẫn đầu đề nghị tặng Cờ thi đua năm 2023',
    method: 'electronic',
  });
  const both = { choices: [units.sonLa, units.hoaBinh] };
  await castBallots(conference, flag, [
    ['sonLa', both],
    ['dienBien', both],
    ['laiChau', both],
    ['laoCai', both],
    ['yenBai', both],
    ['vinhPhuc', { choices: [units.sonLa, units.phuTho] }],
    ['phuTho', { choices: [units.sonLa, units.laoCai] }],
    ['hoaBinh', { choices: [units.hoaBinh, units.yenBai] }],
  ]);
  await close(flag);

  const viceChair = await givenOpenVote(conference, {
    subject: 'vice_chair_election',
    title: 'Bầu Cụm phó năm 2024',
    method: 'electronic',
  });
  const yenBai = { choices: [units.yenBai] };
  await castBallots(conference, viceChair, [
    ['sonLa', yenBai],
    ['dienBien', yenBai],
    ['laiChau', yenBai],
    ['laoCai', yenBai],
    ['yenBai', { choices: [units.phuTho] }],
    ['vinhPhuc', yenBai],
    ['phuTho', yenBai],
    ['hoaBinh', { choices: [] }],
  ]);
  await close(viceChair);

  const chair = await givenOpenVote(conference, {
    subject: 'chair_handover',
    title: 'Chuyển trao nhiệm vụ Cụm trưởng năm 2024',
    method: 'electronic',
    proposedOrganizationId: units.laoCai,
  });
  await castBallots(
    conference,
    chair,
    (Object.keys(units) as Cluster3Unit[]).map((unit) => [unit, { answer: 'yes' }]),
  );
  await close(chair);
  return { ...conference, votes: { flag, viceChair, chair } };
}
