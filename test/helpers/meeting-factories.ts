import { expect } from '@jest/globals';
import supertest, { type Response } from 'supertest';
import type { DataSource } from 'typeorm';
import { givenSignedInUser } from './auth.js';
import { type Cluster3, type Cluster3Unit, contentOf, givenCluster3In2023 } from './registry-factories.js';
import type { TestApp } from './test-app.js';

/** The Cluster 3 year-end conference of 27/11/2023 in Sơn La, as the published news item describes it. */
export function conference2023(c3: Cluster3) {
  return {
    clusterId: c3.cluster,
    year: 2023,
    kind: 'year_end_summary',
    title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023',
    startsAt: '2023-11-27T08:00:00+07:00',
    endsAt: '2023-11-27T11:30:00+07:00',
    place: 'Thành phố Sơn La, tỉnh Sơn La',
    hostOrganizationId: c3.units.sonLa,
    agenda: [
      'Báo cáo tổng kết công tác thi đua, khen thưởng năm 2023 của Cụm thi đua số 3',
      'Bình xét, suy tôn đơn vị dẫn đầu đề nghị tặng Cờ thi đua',
      'Bầu Cụm phó năm 2024; chuyển giao nhiệm vụ Cụm trưởng năm 2024',
    ],
  };
}

/** Who chaired the 2023 conference and kept its minutes: what finalizing the minutes needs. */
export const SIGNATORIES_2023 = { presiding: 'Chủ tịch LHH Sơn La, Cụm trưởng năm 2023', secretary: 'Chánh Văn phòng LHH Sơn La' };

/**
 * Another 2023 meeting of Cluster 3, with its chair and secretary recorded: a cluster holds one year-end summary
 * conference a year, so tests that need many meetings record working meetings.
 */
export function workingMeeting2023(c3: Cluster3) {
  return { ...conference2023(c3), kind: 'extraordinary', title: 'Họp Cụm thi đua số 3', ...SIGNATORIES_2023 };
}

/** One delegate per union of Cluster 3, present and carrying the unit's vote (the source names no delegate). */
export function cluster3Delegates(c3: Cluster3) {
  return Object.entries(c3.units).map(([key, organizationId]) => ({
    organizationId,
    fullName: `Trưởng đoàn ${key}`,
    position: 'Chủ tịch',
    present: true,
    votesForUnit: true,
  }));
}

/** The guests the news item names. */
export const GUESTS_2023 = [
  { agency: 'Ban Tuyên giáo Tỉnh ủy Sơn La', position: 'Đại diện lãnh đạo' },
  { agency: 'Ban Dân vận Tỉnh ủy Sơn La', position: 'Đại diện lãnh đạo' },
  { agency: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', position: 'Đại diện lãnh đạo' },
];

/** Everything a meeting request can write, the audit trail included. */
export const MEETING_TABLES = ['meetings', 'meeting_delegates', 'meeting_guests', 'meeting_amendments', 'audit_events'];

/** Runs a request that must be refused with a 4xx, and proves it left every meeting table as it was. */
export async function meetingRefusedWithoutChange(dataSource: DataSource, request: () => PromiseLike<Response>): Promise<Response> {
  const before = await contentOf(dataSource, ...MEETING_TABLES);
  const response = await request();
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(await contentOf(dataSource, ...MEETING_TABLES)).toEqual(before);
  return response;
}

type Agent = ReturnType<typeof supertest.agent>;

/**
 * A meeting recorded through the meetings API by `as` (its secretariat or national staff): the meeting, then its
 * delegates and, if given, its guests. Returns its id.
 */
export async function givenMeeting(as: Agent, meeting: object, delegates: object[], guests?: object[]): Promise<string> {
  const created = await as.post('/api/v1/meetings').send(meeting).expect(201);
  const id = created.body.id as string;
  const withDelegates = await as.put(`/api/v1/meetings/${id}/delegates`).send({ delegates, version: created.body.version }).expect(200);
  if (guests) await as.put(`/api/v1/meetings/${id}/guests`).send({ guests, version: withDelegates.body.version }).expect(200);
  return id;
}

/** The 2023 conference of Cluster 3 with one signed-in officer per union, each acting through its own agent. */
export interface Conference {
  c3: Cluster3;
  meetingId: string;
  /** Sơn La's officer: the cluster secretariat of 2023. */
  secretariat: Agent;
  officers: Record<Cluster3Unit, Agent>;
}

/**
 * Cluster 3 on 27/11/2023 with an officer of each union signed in, and the conference recorded by Sơn La's officer
 * with `delegates` (default: every union present with its voting delegate).
 */
export async function givenCluster3Conference(t: TestApp, delegates: (c3: Cluster3) => object[] = cluster3Delegates): Promise<Conference> {
  const c3 = await givenCluster3In2023(t.dataSource);
  const officers = {} as Record<Cluster3Unit, Agent>;
  for (const [key, organizationId] of Object.entries(c3.units)) {
    const user = await givenSignedInUser(t, { username: `${key}.canbo`, roles: ['unit_officer'], organizationId });
    officers[key as Cluster3Unit] = supertest.agent(t.app.getHttpServer()).set('authorization', user.bearer);
  }
  const meetingId = await givenMeeting(officers.sonLa, conference2023(c3), delegates(c3), GUESTS_2023);
  return { c3, meetingId, secretariat: officers.sonLa, officers };
}

/** Each union's officer casts its ballot, one after the other; every ballot must be accepted. */
export async function castBallots(conference: Conference, voteId: string, ballots: [Cluster3Unit, object][]): Promise<void> {
  for (const [unit, ballot] of ballots) {
    await conference.officers[unit].post(`/api/v1/votes/${voteId}/ballots`).send(ballot).expect(201);
  }
}

/** A vote created and opened by the secretariat; returns its id. */
export async function givenOpenVote(conference: Conference, body: object): Promise<string> {
  const created = await conference.secretariat.post(`/api/v1/meetings/${conference.meetingId}/votes`).send(body).expect(201);
  await conference.secretariat.post(`/api/v1/votes/${created.body.id}/open`).expect(200);
  return created.body.id as string;
}
