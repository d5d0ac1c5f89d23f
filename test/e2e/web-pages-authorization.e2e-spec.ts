import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response, Test } from 'supertest';
import { givenSignedInUser, signIn, type SignedInUser, TEST_PASSWORD } from '../helpers/auth.js';
import { conference2023 } from '../helpers/meeting-factories.js';
import { type Cluster3, givenCluster3In2023 } from '../helpers/registry-factories.js';
import { registeredRoutes } from '../helpers/routes.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Every web page, requested as every kind of caller, like the API's authorization matrix. A page
 * refuses with 403 (an HTML page), or sends someone not signed in to the sign-in page (a redirect
 * with a return address for a read, the sign-in form with 401 for a post). Forms carry the CSRF
 * token of an anonymous visit, as a browser would.
 */
const ACTORS = ['anonymous', 'officer', 'staff', 'admin'] as const;
type ActorName = (typeof ACTORS)[number];

const EVERYONE: ActorName[] = [...ACTORS];
const SIGNED_IN: ActorName[] = ['officer', 'staff', 'admin'];
const STAFF: ActorName[] = ['staff', 'admin'];
const ADMIN: ActorName[] = ['admin'];
const OFFICERS: ActorName[] = ['officer'];

/** A nomination or file that does not exist: the policy is judged before the record (a 404 passes it). */
const NO_ID = '00000000-0000-4000-8000-000000000000';

interface World {
  t: TestApp;
  c3: Cluster3;
  users: Record<Exclude<ActorName, 'anonymous'>, SignedInUser>;
  csrf: { cookie: string; token: string };
}

interface Case {
  route: string;
  allowed: ActorName[];
  call: (world: World, as: (request: Test) => Test, actor: ActorName) => PromiseLike<Response>;
}

/** A form post as a browser sends it: urlencoded, with the CSRF cookie and its token. */
function post(world: World, path: string, fields: Record<string, string> = {}): Test {
  return world.t.http
    .post(path)
    .set('cookie', world.csrf.cookie)
    .type('form')
    .send({ ...fields, _csrf: world.csrf.token });
}

/**
 * The Cluster 3 conference as the meeting pages see it: recorded by national staff with no delegate yet, and one
 * paper vote set up on it (created once, on the first row that needs them).
 */
let conference: Promise<{ meeting: string; vote: string }> | undefined;
function conferenceOf({ t, c3 }: World): Promise<{ meeting: string; vote: string }> {
  conference ??= (async () => {
    const meeting = await t.staff.post('/api/v1/meetings').send(conference2023(c3)).expect(201);
    const vote = await t.staff
      .post(`/api/v1/meetings/${meeting.body.id}/votes`)
      .send({ subject: 'question', title: 'Thông qua biên bản', method: 'paper' })
      .expect(201);
    return { meeting: meeting.body.id as string, vote: vote.body.id as string };
  })();
  return conference;
}

const meetingPage =
  (suffix = '') =>
  async (world: World, as: (request: Test) => Test) =>
    as(world.t.http.get(`/meetings/${(await conferenceOf(world)).meeting}${suffix}`));
const meetingPost =
  (suffix: string, fields: Record<string, string> = {}) =>
  async (world: World, as: (request: Test) => Test) =>
    as(post(world, `/meetings/${(await conferenceOf(world)).meeting}${suffix}`, fields));
const votePage =
  (suffix = '') =>
  async (world: World, as: (request: Test) => Test) =>
    as(world.t.http.get(`/votes/${(await conferenceOf(world)).vote}${suffix}`));
const votePost =
  (suffix: string, fields: Record<string, string> = {}) =>
  async (world: World, as: (request: Test) => Test) =>
    as(post(world, `/votes/${(await conferenceOf(world)).vote}${suffix}`, fields));
/** A code that was never issued: the ballot pages answer with the code form again, to anyone. */
const WRONG_CODE = { code: 'AAAA-BBBB-CCCC-DDDD' };

/**
 * The secretariat's pages (here: national staff, since the officer is Điện Biên's, not the 2023 chair's) and the
 * delegates' ballot pages. A unit's own ballot page refuses everyone here: no unit of this meeting has a ballot.
 * Posts that would change something carry a stale version or a refused value, so that each row leaves the record
 * as the next one expects it.
 */
const MEETING_PAGE_CASES: Case[] = [
  {
    route: 'GET /clusters/:id/years/:year',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, as) => as(t.http.get(`/clusters/${c3.cluster}/years/2023`)),
  },
  {
    route: 'GET /meetings/new',
    allowed: STAFF,
    call: ({ t, c3 }, as) => as(t.http.get(`/meetings/new?clusterId=${c3.cluster}&year=2023`)),
  },
  {
    route: 'POST /meetings',
    allowed: STAFF,
    call: (world, as) => as(post(world, '/meetings', { clusterId: world.c3.cluster, year: '2023' })),
  },
  { route: 'GET /meetings/:id', allowed: SIGNED_IN, call: meetingPage() },
  { route: 'GET /meetings/:id/edit', allowed: STAFF, call: meetingPage('/edit') },
  { route: 'POST /meetings/:id/edit', allowed: STAFF, call: meetingPost('/edit', { version: '999' }) },
  { route: 'POST /meetings/:id/finalize', allowed: STAFF, call: meetingPost('/finalize', { version: '999' }) },
  { route: 'GET /meetings/:id/amend', allowed: STAFF, call: meetingPage('/amend') },
  { route: 'POST /meetings/:id/amend', allowed: STAFF, call: meetingPost('/amend', { version: '999' }) },
  { route: 'GET /meetings/:id/votes/new', allowed: STAFF, call: meetingPage('/votes/new?subject=flag_proposal') },
  { route: 'POST /meetings/:id/votes', allowed: STAFF, call: meetingPost('/votes', { subject: 'question' }) },
  { route: 'GET /votes/:id', allowed: SIGNED_IN, call: votePage() },
  { route: 'GET /votes/:id/turnout', allowed: SIGNED_IN, call: votePage('/turnout') },
  { route: 'GET /votes/:id/projector', allowed: SIGNED_IN, call: votePage('/projector') },
  { route: 'GET /votes/:id/receipts', allowed: SIGNED_IN, call: votePage('/receipts') },
  { route: 'POST /votes/:id/open', allowed: STAFF, call: votePost('/open') },
  { route: 'POST /votes/:id/close', allowed: STAFF, call: votePost('/close') },
  { route: 'POST /votes/:id/next-round', allowed: STAFF, call: votePost('/next-round') },
  { route: 'POST /votes/:id/cancel', allowed: STAFF, call: votePost('/cancel', { reason: 'x'.repeat(2001) }) },
  { route: 'POST /votes/:id/ballot-codes', allowed: STAFF, call: votePost('/ballot-codes') },
  { route: 'GET /votes/:id/paper-totals', allowed: STAFF, call: votePage('/paper-totals') },
  { route: 'POST /votes/:id/paper-totals', allowed: STAFF, call: votePost('/paper-totals') },
  { route: 'GET /votes/:id/declared-result', allowed: STAFF, call: votePage('/declared-result') },
  { route: 'POST /votes/:id/declared-result', allowed: STAFF, call: votePost('/declared-result', { form: 'unanimous' }) },
  { route: 'GET /vote-rule-sets', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/vote-rule-sets?on=2023-11-27')) },
  { route: 'GET /vote-rule-sets/new', allowed: STAFF, call: ({ t }, as) => as(t.http.get('/vote-rule-sets/new')) },
  { route: 'POST /vote-rule-sets', allowed: STAFF, call: (world, as) => as(post(world, '/vote-rule-sets', { maxRounds: '2' })) },
  { route: 'GET /votes/:id/fallback-decision', allowed: STAFF, call: votePage('/fallback-decision') },
  { route: 'POST /votes/:id/fallback-decision', allowed: STAFF, call: votePost('/fallback-decision') },
  { route: 'GET /votes/:id/ballot', allowed: [], call: votePage('/ballot') },
  { route: 'POST /votes/:id/ballot/review', allowed: [], call: votePost('/ballot/review') },
  { route: 'POST /votes/:id/ballot/change', allowed: [], call: votePost('/ballot/change') },
  { route: 'POST /votes/:id/ballot/cast', allowed: [], call: votePost('/ballot/cast', { answer: 'yes' }) },
  { route: 'GET /ballot', allowed: EVERYONE, call: ({ t }, as) => as(t.http.get('/ballot?code=AAAA-BBBB-CCCC-DDDD')) },
  { route: 'GET /ballot/done', allowed: EVERYONE, call: ({ t }, as) => as(t.http.get('/ballot/done')) },
  { route: 'POST /ballot', allowed: EVERYONE, call: (world, as) => as(post(world, '/ballot', WRONG_CODE)) },
  { route: 'POST /ballot/review', allowed: EVERYONE, call: (world, as) => as(post(world, '/ballot/review', WRONG_CODE)) },
  { route: 'POST /ballot/change', allowed: EVERYONE, call: (world, as) => as(post(world, '/ballot/change', WRONG_CODE)) },
  { route: 'POST /ballot/cast', allowed: EVERYONE, call: (world, as) => as(post(world, '/ballot/cast', WRONG_CODE)) },
  {
    route: 'GET /ballot/receipts/:id',
    allowed: EVERYONE,
    call: async (world, as) => as(world.t.http.get(`/ballot/receipts/${(await conferenceOf(world)).vote}`)),
  },
  {
    route: 'POST /ballot/receipts/:id',
    allowed: EVERYONE,
    call: async (world, as) => as(post(world, `/ballot/receipts/${(await conferenceOf(world)).vote}`, { receipt: 'K7QM2XRD9H' })),
  },
];

/** The emulation year of Cluster 3 in 2023 (nothing recorded yet: no pact, no criteria, the score table open). */
const emulation = (world: World, suffix = '') => `/clusters/${world.c3.cluster}/years/2023/emulation${suffix}`;
const emulationPage =
  (suffix = '') =>
  (world: World, as: (request: Test) => Test) =>
    as(world.t.http.get(emulation(world, suffix)));
const emulationPost =
  (suffix: string, fields: Record<string, string> = {}) =>
  (world: World, as: (request: Test) => Test) =>
    as(post(world, emulation(world, suffix), fields));

/**
 * The emulation pages. The officer is Điện Biên's, a member but not the 2023 chair: it reads the year, the pact and
 * the registrations, but not Sơn La's sheet nor the ranking before they are published, and changes nothing of the
 * secretariat's. Posts carry a stale version or an incomplete form, so that no row changes what the next expects.
 */
const EMULATION_PAGE_CASES: Case[] = [
  { route: 'GET /emulation/movements', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/emulation/movements')) },
  { route: 'GET /emulation/movements/new', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/emulation/movements/new')) },
  {
    route: 'POST /emulation/movements',
    allowed: SIGNED_IN,
    call: (world, as) => as(post(world, '/emulation/movements', { kind: 'regular' })),
  },
  {
    route: 'GET /emulation/movements/documents/:id',
    allowed: SIGNED_IN,
    call: ({ t }, as) => as(t.http.get(`/emulation/movements/documents/${NO_ID}`)),
  },
  { route: 'GET /emulation/movements/:id', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get(`/emulation/movements/${NO_ID}`)) },
  {
    route: 'GET /emulation/movements/:id/edit',
    allowed: SIGNED_IN,
    call: ({ t }, as) => as(t.http.get(`/emulation/movements/${NO_ID}/edit`)),
  },
  {
    route: 'POST /emulation/movements/:id/edit',
    allowed: SIGNED_IN,
    call: (world, as) => as(post(world, `/emulation/movements/${NO_ID}/edit`, { version: '999' })),
  },
  {
    route: 'POST /emulation/movements/:id/documents',
    allowed: SIGNED_IN,
    call: (world, as) => as(post(world, `/emulation/movements/${NO_ID}/documents`, { title: 'Kế hoạch' })),
  },
  // VUSTA's criteria template: national staff only. The post misses a title: refused, nothing changes.
  {
    route: 'GET /emulation/criteria-templates/:year',
    allowed: STAFF,
    call: ({ t }, as) => as(t.http.get('/emulation/criteria-templates/2023')),
  },
  {
    route: 'GET /emulation/criteria-templates/:year/edit',
    allowed: STAFF,
    call: ({ t }, as) => as(t.http.get('/emulation/criteria-templates/2023/edit')),
  },
  {
    route: 'POST /emulation/criteria-templates/:year/edit',
    allowed: STAFF,
    call: (world, as) => as(post(world, '/emulation/criteria-templates/2023/edit', { 'code.0': '1' })),
  },
  { route: 'GET /clusters/:id/years/:year/emulation', allowed: SIGNED_IN, call: emulationPage() },
  { route: 'GET /clusters/:id/years/:year/emulation/cross-pairs', allowed: STAFF, call: emulationPage('/cross-pairs') },
  {
    route: 'POST /clusters/:id/years/:year/emulation/cross-pairs',
    allowed: STAFF,
    call: emulationPost('/cross-pairs', { 'scorer.x': 'y' }),
  },
  { route: 'GET /clusters/:id/years/:year/emulation/pact', allowed: SIGNED_IN, call: emulationPage('/pact') },
  // Validated before the service: an incomplete signature is refused with its errors, to anyone signed in.
  { route: 'POST /clusters/:id/years/:year/emulation/pact/signatures', allowed: SIGNED_IN, call: emulationPost('/pact/signatures') },
  { route: 'GET /clusters/:id/years/:year/emulation/pact/edit', allowed: STAFF, call: emulationPage('/pact/edit') },
  { route: 'POST /clusters/:id/years/:year/emulation/pact/edit', allowed: STAFF, call: emulationPost('/pact/edit', { version: '999' }) },
  { route: 'GET /clusters/:id/years/:year/emulation/registrations', allowed: SIGNED_IN, call: emulationPage('/registrations') },
  {
    route: 'POST /clusters/:id/years/:year/emulation/registrations/deadline',
    allowed: STAFF,
    call: emulationPost('/registrations/deadline', { deadline: '2023-03-31' }),
  },
  {
    route: 'GET /clusters/:id/years/:year/emulation/registrations/:organizationId',
    allowed: SIGNED_IN,
    call: (world, as) => emulationPage(`/registrations/${world.c3.units.sonLa}`)(world, as),
  },
  {
    route: 'POST /clusters/:id/years/:year/emulation/registrations/:organizationId',
    allowed: STAFF,
    call: (world, as) => emulationPost(`/registrations/${world.c3.units.sonLa}`, { version: '999' })(world, as),
  },
  { route: 'GET /clusters/:id/years/:year/emulation/criteria', allowed: SIGNED_IN, call: emulationPage('/criteria') },
  { route: 'GET /clusters/:id/years/:year/emulation/criteria/edit', allowed: STAFF, call: emulationPage('/criteria/edit') },
  { route: 'POST /clusters/:id/years/:year/emulation/criteria/edit', allowed: STAFF, call: emulationPost('/criteria/edit') },
  {
    route: 'POST /clusters/:id/years/:year/emulation/criteria/copy-template',
    allowed: STAFF,
    call: emulationPost('/criteria/copy-template'),
  },
  { route: 'POST /clusters/:id/years/:year/emulation/criteria/import', allowed: STAFF, call: emulationPost('/criteria/import') },
  {
    route: 'GET /clusters/:id/years/:year/emulation/scores/:organizationId',
    allowed: STAFF,
    call: (world, as) => emulationPage(`/scores/${world.c3.units.sonLa}`)(world, as),
  },
  ...(['self', 'cross', 'agreed', 'evidence'] as const).map((action): Case => ({
    route: `POST /clusters/:id/years/:year/emulation/scores/:organizationId/${action}`,
    allowed: STAFF,
    call: (world, as) => emulationPost(`/scores/${world.c3.units.sonLa}/${action}`)(world, as),
  })),
  {
    // Only a unit imports its own self-scores: Điện Biên's officer for Điện Biên, nobody else.
    route: 'POST /clusters/:id/years/:year/emulation/scores/:organizationId/import',
    allowed: OFFICERS,
    call: (world, as) => emulationPost(`/scores/${world.c3.units.dienBien}/import`)(world, as),
  },
  {
    route: 'POST /emulation/evidence/:id/delete',
    allowed: SIGNED_IN,
    call: (world, as) => as(post(world, `/emulation/evidence/${NO_ID}/delete`)),
  },
  { route: 'GET /emulation/evidence/:id', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get(`/emulation/evidence/${NO_ID}`)) },
  { route: 'GET /clusters/:id/years/:year/emulation/ranking', allowed: STAFF, call: emulationPage('/ranking') },
  { route: 'GET /clusters/:id/years/:year/emulation/ranking.xlsx', allowed: STAFF, call: emulationPage('/ranking.xlsx') },
  {
    route: 'POST /clusters/:id/years/:year/emulation/ranking/publish',
    allowed: STAFF,
    call: emulationPost('/ranking/publish', { version: '999' }),
  },
  {
    route: 'POST /clusters/:id/years/:year/emulation/ranking/settings',
    allowed: STAFF,
    call: emulationPost('/ranking/settings', { version: '999', 'bands.excellent': '90', 'bands.good': '80', 'bands.fair': '65' }),
  },
  {
    route: 'POST /clusters/:id/years/:year/emulation/ranking/fix',
    allowed: STAFF,
    call: emulationPost('/ranking/fix', { version: '999' }),
  },
];

const CASES: Case[] = [
  { route: 'GET /', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/')) },
  { route: 'GET /sign-in', allowed: EVERYONE, call: ({ t }, as) => as(t.http.get('/sign-in')) },
  {
    route: 'POST /sign-in',
    allowed: EVERYONE,
    call: (world, as) => as(post(world, '/sign-in', { username: 'matrix.web', password: TEST_PASSWORD, next: '/' })),
  },
  {
    route: 'POST /sign-out',
    allowed: EVERYONE,
    // A second sign-in of the same user, so that signing it out leaves the matrix's own session alive.
    call: async (world, as, actor) => {
      if (actor === 'anonymous') return as(post(world, '/sign-out'));
      const spare = await signIn(world.t, world.users[actor].username);
      return post(world, '/sign-out').set('authorization', spare.bearer);
    },
  },
  { route: 'GET /account/password', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/account/password')) },
  {
    route: 'POST /account/password',
    allowed: SIGNED_IN,
    call: (world, as) => as(post(world, '/account/password', { currentPassword: 'sai-mat-khau-1', newPassword: 'Mat-khau-moi-2025' })),
  },
  { route: 'GET /language/:locale', allowed: EVERYONE, call: ({ t }, as) => as(t.http.get('/language/en?next=/')) },
  { route: 'GET /organizations', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/organizations?q=son')) },
  { route: 'GET /organizations/:id', allowed: SIGNED_IN, call: ({ t, c3 }, as) => as(t.http.get(`/organizations/${c3.units.sonLa}`)) },
  { route: 'GET /organizations/new', allowed: STAFF, call: ({ t }, as) => as(t.http.get('/organizations/new')) },
  { route: 'POST /organizations', allowed: STAFF, call: (world, as) => as(post(world, '/organizations', { code: 'x' })) },
  {
    route: 'GET /organizations/:id/edit',
    allowed: STAFF,
    call: ({ t, c3 }, as) => as(t.http.get(`/organizations/${c3.units.sonLa}/edit`)),
  },
  {
    route: 'POST /organizations/:id',
    allowed: STAFF,
    call: (world, as) => as(post(world, `/organizations/${world.c3.units.sonLa}`, { province: 'Sơn La', version: '999' })),
  },
  {
    route: 'POST /organizations/:id/names',
    allowed: STAFF,
    call: (world, as) => as(post(world, `/organizations/${world.c3.units.sonLa}/names`)),
  },
  { route: 'GET /mergers/new', allowed: STAFF, call: ({ t }, as) => as(t.http.get('/mergers/new')) },
  { route: 'POST /mergers/preview', allowed: STAFF, call: (world, as) => as(post(world, '/mergers/preview')) },
  { route: 'POST /mergers', allowed: STAFF, call: (world, as) => as(post(world, '/mergers')) },
  { route: 'GET /clusters', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/clusters')) },
  { route: 'GET /clusters/:id', allowed: SIGNED_IN, call: ({ t, c3 }, as) => as(t.http.get(`/clusters/${c3.cluster}?year=2023`)) },
  { route: 'GET /users', allowed: STAFF, call: ({ t }, as) => as(t.http.get('/users')) },
  { route: 'GET /users/new', allowed: ADMIN, call: ({ t }, as) => as(t.http.get('/users/new')) },
  { route: 'POST /users', allowed: ADMIN, call: (world, as) => as(post(world, '/users', { username: 'x' })) },
  { route: 'GET /users/:id', allowed: ADMIN, call: ({ t, users }, as) => as(t.http.get(`/users/${users.officer.id}`)) },
  {
    route: 'POST /users/:id',
    allowed: ADMIN,
    call: (world, as) => as(post(world, `/users/${world.users.officer.id}`, { displayName: 'x', roles: 'unit_officer', version: '999' })),
  },
  { route: 'POST /users/:id/unlock', allowed: ADMIN, call: (world, as) => as(post(world, `/users/${world.users.officer.id}/unlock`)) },
  { route: 'GET /audit', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/audit?entityType=user')) },
  ...MEETING_PAGE_CASES,
  ...EMULATION_PAGE_CASES,
  { route: 'GET /nominations', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/nominations?year=2025')) },
  { route: 'GET /nominations/new', allowed: OFFICERS, call: ({ t }, as) => as(t.http.get('/nominations/new')) },
  { route: 'POST /nominations/new', allowed: OFFICERS, call: (world, as) => as(post(world, '/nominations/new', { step: '1', go: '2' })) },
  { route: 'GET /nominations/files/:fileId', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get(`/nominations/files/${NO_ID}`)) },
  { route: 'GET /nominations/:id', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get(`/nominations/${NO_ID}`)) },
  { route: 'GET /nominations/:id/edit', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get(`/nominations/${NO_ID}/edit`)) },
  {
    route: 'POST /nominations/:id/edit',
    allowed: SIGNED_IN,
    call: (world, as) => as(post(world, `/nominations/${NO_ID}/edit`, { version: '1' })),
  },
  {
    route: 'POST /nominations/:id/transitions',
    allowed: SIGNED_IN,
    call: (world, as) => as(post(world, `/nominations/${NO_ID}/transitions`, { action: 'submit' })),
  },
  {
    route: 'POST /nominations/:id/files',
    allowed: SIGNED_IN,
    call: (world, as) => as(post(world, `/nominations/${NO_ID}/files`, { kind: 'to_trinh' })),
  },
  {
    route: 'POST /nominations/:id/files/:fileId/delete',
    allowed: SIGNED_IN,
    call: (world, as) => as(post(world, `/nominations/${NO_ID}/files/${NO_ID}/delete`)),
  },
  {
    route: 'POST /nominations/:id/review',
    allowed: STAFF,
    call: (world, as) => as(post(world, `/nominations/${NO_ID}/review`, { outcome: 'return', reasons: 'Lý do' })),
  },
  { route: 'GET /reviews', allowed: STAFF, call: ({ t }, as) => as(t.http.get('/reviews')) },
  { route: 'GET /nominations/:id/council-vote', allowed: STAFF, call: ({ t }, as) => as(t.http.get(`/nominations/${NO_ID}/council-vote`)) },
  {
    route: 'POST /nominations/:id/council-vote',
    allowed: STAFF,
    call: (world, as) => as(post(world, `/nominations/${NO_ID}/council-vote`, { heldOn: '2025-08-05' })),
  },
  { route: 'GET /award-decisions', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/award-decisions')) },
  { route: 'GET /award-decisions/new', allowed: STAFF, call: ({ t }, as) => as(t.http.get('/award-decisions/new')) },
  { route: 'POST /award-decisions', allowed: STAFF, call: (world, as) => as(post(world, '/award-decisions', { number: '1/QĐ-LHHVN' })) },
  { route: 'GET /award-decisions/:id', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get(`/award-decisions/${NO_ID}`)) },
  { route: 'GET /award-register', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/award-register?personName=mai')) },
  { route: 'GET /award-register/import', allowed: STAFF, call: ({ t }, as) => as(t.http.get('/award-register/import')) },
  { route: 'POST /award-register/import', allowed: STAFF, call: (world, as) => as(post(world, '/award-register/import')) },
  { route: 'GET /proceedings', allowed: STAFF, call: ({ t }, as) => as(t.http.get('/proceedings?kind=discipline')) },
  { route: 'GET /proceedings/new', allowed: STAFF, call: ({ t }, as) => as(t.http.get('/proceedings/new')) },
  { route: 'POST /proceedings', allowed: STAFF, call: (world, as) => as(post(world, '/proceedings', { kind: 'discipline' })) },
  { route: 'GET /council-members', allowed: STAFF, call: ({ t }, as) => as(t.http.get('/council-members?on=2024-02-20')) },
  { route: 'GET /council-members/new', allowed: STAFF, call: ({ t }, as) => as(t.http.get('/council-members/new')) },
  { route: 'POST /council-members', allowed: STAFF, call: (world, as) => as(post(world, '/council-members', { fullName: '' })) },
  { route: 'GET /council-members/:id/end', allowed: STAFF, call: ({ t }, as) => as(t.http.get(`/council-members/${NO_ID}/end`)) },
  {
    route: 'POST /council-members/:id/end',
    allowed: STAFF,
    call: (world, as) => as(post(world, `/council-members/${NO_ID}/end`, { memberTo: '2025-12-31', version: '1' })),
  },
  {
    route: 'GET /clusters/:id/years/:year/report',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, as) => as(t.http.get(`/clusters/${c3.cluster}/years/2023/report`)),
  },
  {
    route: 'GET /clusters/:id/years/:year/report/sections',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, as) => as(t.http.get(`/clusters/${c3.cluster}/years/2023/report/sections`)),
  },
  {
    // The secretariat of 2023 is Sơn La's staff: Điện Biên's officer may read the sections, not write them.
    route: 'POST /clusters/:id/years/:year/report/sections/:section',
    allowed: STAFF,
    call: (world, as) =>
      as(
        post(world, `/clusters/${world.c3.cluster}/years/2023/report/sections/situation`, {
          situation: 'Thuận lợi, khó khăn.',
          version: '',
        }),
      ),
  },
  {
    route: 'GET /clusters/:id/years/:year/report/issuance',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, as) => as(t.http.get(`/clusters/${c3.cluster}/years/2023/report/issuance`)),
  },
  {
    // As for the sections: the secretariat of 2023 (Sơn La's staff) or national staff.
    route: 'POST /clusters/:id/years/:year/report/issuance/:scope',
    allowed: STAFF,
    call: (world, as) => as(post(world, `/clusters/${world.c3.cluster}/years/2023/report/issuance/year`, { symbol: 'LHH', version: '' })),
  },
  {
    route: 'GET /clusters/:id/years/:year/documents/:document',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, as) => as(t.http.get(`/clusters/${c3.cluster}/years/2023/documents/summary-report`)),
  },
  {
    route: 'GET /clusters/:id/years/:year/documents/:document.:format',
    allowed: SIGNED_IN,
    call: ({ t, c3 }, as) => as(t.http.get(`/clusters/${c3.cluster}/years/2023/documents/summary-report.docx`)),
  },
  { route: 'GET /reports/reports.css', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/reports/reports.css')) },
  { route: 'GET /reports/years', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/reports/years?year=2023')) },
  { route: 'GET /reports/years/:year', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/reports/years/2023')) },
  { route: 'GET /reports/years/:year.xlsx', allowed: SIGNED_IN, call: ({ t }, as) => as(t.http.get('/reports/years/2023.xlsx')) },
];

/** Refused: 401/403, or sent to sign in (a redirect carrying the return address). */
function isDenied(response: Response): boolean {
  if (response.status === 401 || response.status === 403) return true;
  return response.status === 303 && String(response.headers.location).startsWith('/sign-in?next=');
}

describe('web pages: every page, as every kind of caller', () => {
  let world: World;

  beforeAll(async () => {
    const t = await startTestApp();
    const c3 = await givenCluster3In2023(t.dataSource);
    await givenSignedInUser(t, { username: 'matrix.web', roles: ['national_staff'] });
    const signInPage = await t.http.get('/sign-in').expect(200);
    const cookie = (signInPage.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('thidua_csrf='))!.split(';')[0];
    const token = /name="_csrf" value="([^"]+)"/.exec(signInPage.text)![1];
    world = {
      t,
      c3,
      csrf: { cookie, token },
      users: {
        officer: await givenSignedInUser(t, { username: 'dienbien.canbo', roles: ['unit_officer'], organizationId: c3.units.dienBien }),
        staff: await givenSignedInUser(t, { username: 'vusta.canbo', roles: ['national_staff'] }),
        admin: await givenSignedInUser(t, { username: 'quantri', roles: ['system_admin'] }),
      },
    };
  });
  afterAll(async () => {
    await world.t.close();
  });

  it('has a row for every page Nest registered, and no row for a page that does not exist', () => {
    const registered = registeredRoutes(world.t.app)
      .filter((r) => r.page)
      .map((r) => `${r.method} ${r.path}`);
    expect(CASES.map((c) => c.route).sort()).toEqual([...registered].sort());
  });

  it.each(CASES.map((c) => [c.route, c] as const))('%s', async (_route, { allowed, call }) => {
    const outcome: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const actor of ACTORS) {
      const as = (request: Test) => (actor === 'anonymous' ? request : request.set('authorization', world.users[actor].bearer));
      const response = await call(world, as, actor);
      expect(response.status).toBeLessThan(500);
      outcome[actor] = isDenied(response) ? 'denied' : 'allowed';
      expected[actor] = allowed.includes(actor) ? 'allowed' : 'denied';
      if (outcome[actor] === 'denied' && response.status !== 303) expect(response.text).toMatch(/đăng nhập|quyền/i);
    }
    expect(outcome).toEqual(expected);
  });
});
