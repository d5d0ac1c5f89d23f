import supertest from 'supertest';
import { DEMO_PASSWORD } from '../../../seeds/demo/users.js';
import { type DecidedConference, holdCluster3Votes } from '../../helpers/conference-votes.js';
import { cluster3Delegates, type Conference, conference2023, givenMeeting, GUESTS_2023 } from '../../helpers/meeting-factories.js';
import { CLUSTER_3_PROVINCES, type Cluster3, type Cluster3Unit } from '../../helpers/registry-factories.js';
import type { BrowserApp } from './browser-app.js';

type Agent = ReturnType<typeof supertest.agent>;

/** An API client signed in as a demo account with its bearer token (no cookie, so no CSRF token needed). */
async function demoAgent(server: BrowserApp, username: string): Promise<Agent> {
  const response = await supertest(server.app.getHttpServer()).post('/api/v1/auth/login').send({ username, password: DEMO_PASSWORD });
  if (response.status !== 200) throw new Error(`login of ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return supertest.agent(server.app.getHttpServer()).set('authorization', `Bearer ${response.body.accessToken}`);
}

/** The demo data's Cluster 3 (ids from the API) and an API client for each union's demo officer. */
export async function demoCluster3(server: BrowserApp): Promise<{ c3: Cluster3; officers: Record<Cluster3Unit, Agent> }> {
  const staff = await demoAgent(server, 'vusta.canbo');
  const clusters = await staff.get('/api/v1/clusters').query({ pageSize: 100 }).expect(200);
  const cluster = (clusters.body.items as { id: string; number: number; kind: string; owner: { id: string } }[]).find(
    (c) => c.kind === 'cluster' && c.number === 3,
  );
  if (!cluster) throw new Error('The demo data has no Cluster 3');
  const members = await staff.get(`/api/v1/clusters/${cluster.id}/members`).query({ year: 2023, pageSize: 100 }).expect(200);
  const idByCode = new Map((members.body.items as { organizationId: string; code: string }[]).map((m) => [m.code, m.organizationId]));
  const units = {} as Record<Cluster3Unit, string>;
  const officers = {} as Record<Cluster3Unit, Agent>;
  for (const [key, [code]] of Object.entries(CLUSTER_3_PROVINCES)) {
    const id = idByCode.get(code);
    if (!id) throw new Error(`${code} is not a member of the demo Cluster 3 in 2023`);
    units[key as Cluster3Unit] = id;
    officers[key as Cluster3Unit] = await demoAgent(server, `${key.toLowerCase()}.canbo`);
  }
  return { c3: { vusta: cluster.owner.id, cluster: cluster.id, units }, officers };
}

/** The 27/11/2023 conference of the demo Cluster 3, recorded through the API by `sonla.canbo`, without its votes. */
export async function recordDemoCluster3Meeting(server: BrowserApp): Promise<Conference> {
  const { c3, officers } = await demoCluster3(server);
  const meetingId = await givenMeeting(officers.sonLa, conference2023(c3), cluster3Delegates(c3), GUESTS_2023);
  return { c3, meetingId, secretariat: officers.sonLa, officers };
}

/**
 * The demo Cluster 3 conference (recordDemoCluster3Meeting) with its three votes held by the demo officers, as the
 * e2e tests do it (conference-votes.ts): Sơn La and Hòa Bình proposed for the Flag, Yên Bái elected vice-chair,
 * Lào Cai the 2024 chair.
 */
export async function recordDemoCluster3Conference(server: BrowserApp): Promise<DecidedConference> {
  return holdCluster3Votes(await recordDemoCluster3Meeting(server));
}
